import { expect } from 'vitest';

/**
 * Check mode shared by every benchmark: `BENCH_CHECK=1` (or `npm run bench:check`) makes a benchmark fail when a
 * figure misses its target; without it the figures are only printed. Checks use the process's CPU time (or the
 * browser main thread's, or a ratio between two solvers on the same instances) and allow CPU_MARGIN on top of the
 * target, so that a busy shared machine does not fail a run that meets the target on an idle one.
 */
export const CHECK = process.env.BENCH_CHECK === '1';

/** Allowance on top of a time target in check mode: 25%. */
export const CPU_MARGIN = 1.25;

/** CPU time (user + system) this process has used, in ms. Suitable as a SearchLimits clock. */
export const cpuNow = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

export interface Measured<T> {
  value: T;
  wallMs: number;
  cpuMs: number;
}

/** Runs `run` and returns its value, wall-clock time and process CPU time. */
export function measure<T>(run: () => T): Measured<T> {
  const c0 = cpuNow();
  const t0 = performance.now();
  const value = run();
  return { value, wallMs: performance.now() - t0, cpuMs: cpuNow() - c0 };
}

/** As `measure`, for asynchronous work (CPU time of the whole process while it runs). */
export async function measureAsync<T>(run: () => Promise<T> | T): Promise<Measured<T>> {
  const c0 = cpuNow();
  const t0 = performance.now();
  const value = await run();
  return { value, wallMs: performance.now() - t0, cpuMs: cpuNow() - c0 };
}

/** The time check mode judges when a wall and a CPU time of one run are both taken: the smaller (see checkTime). */
export const judgedMs = (wallMs: number, cpuMs: number): number => Math.min(wallMs, cpuMs);

/**
 * In check mode, fails when `measured` exceeds `targetMs` × CPU_MARGIN; otherwise does nothing. `measured` is a CPU
 * time (ms), or a wall and a CPU time of the same run, judged on the smaller: on a quiet machine that is the wall time
 * the person waits (the CPU time also counts V8's garbage-collector and compiler threads, which run beside the work:
 * the business cases of 5,000 candidates took 58 ms on 68 ms of CPU), on a busy one the CPU time, which the other jobs
 * hardly change (as in app/targets.ts). The message names the figure, its value, the target and the margin.
 */
export function checkTime(label: string, measured: number | { wallMs: number; cpuMs: number }, targetMs: number): void {
  if (!CHECK) return;
  const judged = typeof measured === 'number' ? measured : judgedMs(measured.wallMs, measured.cpuMs);
  const what = typeof measured === 'number' ? `${measured.toFixed(1)} ms` : `${measured.wallMs.toFixed(1)} ms wall, ${measured.cpuMs.toFixed(1)} ms CPU`;
  expect(judged, `${label}: ${what} against a target of ${targetMs} ms (+${Math.round((CPU_MARGIN - 1) * 100)}% margin)`).toBeLessThanOrEqual(targetMs * CPU_MARGIN);
}

/** The line that says how a check-mode run judges the figures (printed by each benchmark). */
export const checkModeLine = (): string =>
  CHECK
    ? `check mode: a miss fails the run (CPU time, or the smaller of wall and CPU time where both are taken; +${Math.round((CPU_MARGIN - 1) * 100)}% margin on time targets)`
    : 'figures only (BENCH_CHECK=1 fails the run on a miss)';
