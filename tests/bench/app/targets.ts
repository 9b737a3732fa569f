import { expect } from 'vitest';
import { CHECK, CPU_MARGIN, judgedMs } from '../benchCheck';
import type { Timed } from './probe';

/**
 * The whole-app targets of issue 11 and how a check-mode run judges them.
 * - Time targets: every figure is printed as the wall-clock time the person waits and as the CPU time the page's
 *   renderer process (main thread, funding worker, and the engine's own threads: V8's compilers and garbage
 *   collector, the compositor, raster) used over the same span. The wall time is what the target is about; on a busy
 *   shared machine it mostly measures the other jobs, which the CPU time hardly sees. Check mode judges the smaller of
 *   the two, with CPU_MARGIN (25%) on top: on a quiet machine that is the wall time itself (the CPU time is larger
 *   there, as the threads run at once on both cores: the link to the portfolio at 1,000 candidates took 273 ms while
 *   the process used 700 ms of CPU, 238 ms of it on the main thread); on a busy one the CPU time, which stands for
 *   the wall time the app would take alone. (Judging the CPU time alone failed figures the person never waits for:
 *   the slider step at 42 ms against 50 on 70 ms of CPU.) What the CPU time leaves out is work outside the renderer:
 *   the browser process's IndexedDB backend stores an import's records, so on a busy machine the import is judged on
 *   the renderer's part only.
 * - The demo's cold start is judged as a ratio of wall times to a blank page served the same way (+25%).
 * - The heap is not slowed by a busy machine: HEAP_MARGIN (10%).
 * - A slower machine: the same blank page is the yardstick of the machine's speed. The targets were met on a machine
 *   of this kind where the blank page took 73–89 ms (REFERENCE_BLANK_MS: 90); on one where it takes longer, CPU time
 *   is slower too (the code of an earlier session, run beside the current one on such a machine, missed by as much),
 *   so check mode judges each time against its target × (this run's blank page ÷ 90 ms), never below × 1 and at most
 *   × MAX_MACHINE_FACTOR. The printed verdicts ("within target", "OVER TARGET") stay against the targets themselves.
 */
export const HEAP_MARGIN = 1.1;
export const COLD_START_RATIO = 2;
export const REFERENCE_BLANK_MS = 90;
export const MAX_MACHINE_FACTOR = 4;

let machineFactor = 1;
/** Sets the factor check mode allows for this machine from the median blank page of this run (see above); returns it. */
export function setMachineSpeed(blankMs: number): number {
  machineFactor = Math.min(MAX_MACHINE_FACTOR, Math.max(1, blankMs / REFERENCE_BLANK_MS));
  return machineFactor;
}

export interface SizeTargets {
  readyMs: number;
  budgetMs: number;
  sliderMs: number;
  importMs: number | null;
  heapMb: number;
}

export const TARGETS: Record<number, SizeTargets> = {
  1000: { readyMs: 500, budgetMs: 150, sliderMs: 50, importMs: null, heapMb: 60 },
  5000: { readyMs: 1500, budgetMs: 500, sliderMs: 150, importMs: 1500, heapMb: 200 },
};

const pct = (m: number) => `+${Math.round((m - 1) * 100)}%`;
const fmt = (ms: number) => (Number.isNaN(ms) ? 'n/a' : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);

/** Every figure printed, and each miss (in check mode these fail the run at the end, after everything is printed). */
export class Report {
  readonly lines: string[] = [];
  readonly misses: string[] = [];

  constructor(readonly title: string) {}

  private line(name: string, figure: string, target: string, met: boolean | null, extra: string): void {
    const verdict = met === null ? '' : met ? 'within target' : 'OVER TARGET';
    this.lines.push(`  ${name.padEnd(58)} ${figure.padStart(36)}   ${target.padEnd(17)} ${verdict.padEnd(13)} ${extra}`.trimEnd());
  }

  /** A time against its target (null = the issue sets none for this figure); check mode judges the smaller of the wall and CPU times, with the margin. */
  time(name: string, t: Timed, targetMs: number | null, extra = ''): void {
    const figure = `${fmt(t.ms)} (CPU ${fmt(t.cpuMs)}, main ${fmt(t.mainMs)})`;
    if (targetMs === null) return this.line(name, figure, 'no target', null, extra);
    this.line(name, figure, `target < ${fmt(targetMs)}`, t.ms < targetMs, extra);
    const allowed = targetMs * CPU_MARGIN * machineFactor;
    if (judgedMs(t.ms, t.cpuMs) > allowed) this.misses.push(`${this.title} — ${name}: wall ${fmt(t.ms)}, CPU ${fmt(t.cpuMs)}, against ${fmt(targetMs)} (${pct(CPU_MARGIN)} margin, × ${machineFactor.toFixed(2)} for this machine: ${fmt(allowed)})`);
  }

  ratio(name: string, ratio: number, target: number, extra = ''): void {
    this.line(name, `${ratio.toFixed(2)}×`, `target ≤ ${target}×`, ratio <= target, extra);
    if (ratio > target * CPU_MARGIN) this.misses.push(`${this.title} — ${name}: ${ratio.toFixed(2)}× against ${target}× (${pct(CPU_MARGIN)} margin)`);
  }

  heap(name: string, mb: number, targetMb: number): void {
    this.line(name, `${mb.toFixed(0)} MB`, `target < ${targetMb} MB`, mb < targetMb, '');
    if (mb > targetMb * HEAP_MARGIN) this.misses.push(`${this.title} — ${name}: ${mb.toFixed(0)} MB against ${targetMb} MB (${pct(HEAP_MARGIN)} margin)`);
  }

  info(name: string, figure: string, extra = ''): void {
    this.line(name, figure, '', null, extra);
  }

  print(): void {
    console.info([`\n${this.title}`, ...this.lines].join('\n'));
  }
}

export const checkLine = (): string =>
  CHECK
    ? `check mode: a miss fails the run (times judged on the smaller of the wall and renderer CPU times ${pct(CPU_MARGIN)}, × this machine's blank page ÷ ${REFERENCE_BLANK_MS} ms when slower; cold-start ratio ${pct(CPU_MARGIN)}; heap ${pct(HEAP_MARGIN)})`
    : 'figures only (BENCH_CHECK=1 fails the run on a miss)';

/** In check mode, fails with every miss of every report; otherwise does nothing. */
export function checkReports(reports: Report[]): void {
  if (!CHECK) return;
  const misses = reports.flatMap((r) => r.misses);
  expect(misses, misses.join('\n')).toEqual([]);
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
