import type { GLPK } from 'glpk.js/node';
import { describe, expect, it } from 'vitest';
import type { ExactEngine, FundingResult } from '@shared/portfolio';
import { meetsRules } from '../unit/portfolio/fundingOracle';
import { fundingMilp, loadGlpk } from '../unit/portfolio/glpkReference';
import { loadHighsEngine } from '../unit/portfolio/highsNode';
import { builtPortfolio } from './builtShared';
import { CHECK, CPU_MARGIN, checkModeLine, cpuNow, measure, type Measured } from './benchCheck';
import { FAMILIES, familyInstance, type Family, type FamilyInstance } from './fundingFamilies';

/**
 * The funding optimiser against glpk.js on the same instances, per knapsack family (issue 11, item 2): uncorrelated,
 * weakly / strongly / inversely / almost-strongly correlated and subset-sum, each with one-per-problem groups, yearly
 * caps, a minimum value-creation share, forced in / out and unfundable giants (tests/bench/fundingFamilies.ts).
 *
 * Ours runs as the app runs it: our search first (the fast path), then HiGHS (WebAssembly, as in the funding worker) for
 * the rest of the 5 s limit; BENCH_ENGINE=0 runs our search alone. Our search runs on the process's CPU clock, so a
 * busy machine does not cut it short (HiGHS's own limit is wall time); all times below are CPU times of the call, the
 * fastest of BENCH_REPEAT runs (default 3; runs over 1 s are not repeated). glpk.js (exact, mip gap 0, its presolve on)
 * gets 10 s (BENCH_GLPK_LIMIT_S; a stop there is listed as 'glpk unproven').
 * Targets: proven optimal within 1 s on ≥ 99% of the instances and within 5 s on all; our median ≤ glpk.js's in every
 * family; never a set worth less than glpk.js's optimum. Check mode (BENCH_CHECK=1) fails on a miss: the 1 s test
 * counts CPU time with CPU_MARGIN, the median test allows the ratio CPU_MARGIN (or 0.5 ms when both are tiny).
 *
 * Default: sizes 10, 40, 100, 200, 300 × 5 seeds per family (150 instances, about 3 minutes on 2 cores; the issue's
 * figures are over these 25 per family: with one seed, a family's median is a single instance).
 * BENCH_SIZE=50,300 picks the sizes; BENCH_RUNS=10 the seeds per size and family (seeds 0..RUNS-1, so a bigger run
 * contains the default one).
 */
const SIZES = (process.env.BENCH_SIZE ?? '10,40,100,200,300').split(',').map(Number).filter((n) => n >= 3);
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
/** BENCH_FAMILY=uncorrelated,subset-sum measures only those families (default: all). */
const MEASURED = FAMILIES.filter((f) => !process.env.BENCH_FAMILY || process.env.BENCH_FAMILY.split(',').includes(f));
const TIME_LIMIT_MS = 5_000;
const GLPK_LIMIT_S = Number(process.env.BENCH_GLPK_LIMIT_S ?? 10);
const FAST_MS = 1_000;
const FAST_SHARE = 0.99;
const RATIO_FLOOR_MS = 0.5;
const USE_ENGINE = process.env.BENCH_ENGINE !== '0';
/**
 * Each solver runs each instance up to BENCH_REPEAT times (default 3) and keeps its fastest run (CPU time): on a shared
 * machine a single run of a few ms is as much noise as figure. A run over REPEAT_BELOW_MS is not repeated.
 */
const REPEAT = Math.max(1, Number(process.env.BENCH_REPEAT ?? 3));
const REPEAT_BELOW_MS = 1_000;
/** Tuning knobs for the hand-over (default: the app's, FAST_PATH_NODES / FAST_PATH_MS). */
const FAST = { fastPathNodes: process.env.BENCH_FAST_NODES ? Number(process.env.BENCH_FAST_NODES) : undefined, fastPathMs: process.env.BENCH_FAST_MS ? Number(process.env.BENCH_FAST_MS) : undefined };

type Optimise = Awaited<ReturnType<typeof builtPortfolio>>['optimiseFunding'];

interface Row {
  instance: FamilyInstance;
  ours: FundingResult;
  oursMs: number;
  oursWallMs: number;
  glpkStatus: 'optimal' | 'infeasible' | 'unproven';
  glpkValue: number | null;
  glpkMs: number;
}

/** The fastest of up to REPEAT runs (by CPU time); a slow first run is not repeated. */
function fastest<T>(run: () => T): Measured<T> {
  let best = measure(run);
  for (let i = 1; i < REPEAT && best.cpuMs < REPEAT_BELOW_MS; i++) {
    const again = measure(run);
    if (again.cpuMs < best.cpuMs) best = again;
  }
  return best;
}

function runGlpk(glpk: GLPK, x: FamilyInstance): Pick<Row, 'glpkStatus' | 'glpkValue' | 'glpkMs'> {
  const lp = fundingMilp(glpk, x.candidates, x.constraints);
  const r = fastest(() => glpk.solve(lp, { msglev: glpk.GLP_MSG_OFF, mipgap: 0, presol: true, tmlim: GLPK_LIMIT_S }).result);
  const status = r.value.status === glpk.GLP_OPT ? 'optimal' : r.value.status === glpk.GLP_NOFEAS ? 'infeasible' : 'unproven';
  return { glpkStatus: status, glpkValue: status === 'optimal' ? r.value.z : null, glpkMs: r.cpuMs };
}

function runOurs(optimiseFunding: Optimise, x: FamilyInstance, engine: ExactEngine | undefined): Pick<Row, 'ours' | 'oursMs' | 'oursWallMs'> {
  const r = fastest(() => optimiseFunding(x.candidates, x.constraints, { clock: cpuNow, timeLimitMs: TIME_LIMIT_MS, engine, ...FAST }));
  return { ours: r.value, oursMs: r.cpuMs, oursWallMs: r.wallMs };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length === 0 ? Number.NaN : s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const max = (xs: number[]): number => (xs.length ? Math.max(...xs) : Number.NaN);
const tol = (v: number) => 1e-6 * Math.max(1, Math.abs(v));
const proven = (r: Row) => r.ours.status === 'optimal' || r.ours.status === 'infeasible';
const below = (r: Row) => r.glpkValue !== null && r.ours.totalValue < r.glpkValue - tol(r.glpkValue);
const ms = (v: number) => (v < 10 ? v.toFixed(2) : v.toFixed(0));
const pct = (part: number, all: number) => `${((100 * part) / Math.max(1, all)).toFixed(1)}%`;

interface Summary {
  family: Family;
  count: number;
  fast: number;
  within5: number;
  oursMedian: number;
  oursMax: number;
  glpkMedian: number;
  glpkMax: number;
  ratio: number;
  below: number;
  glpkUnproven: number;
}

function summarise(family: Family, rows: Row[]): Summary {
  const ours = rows.map((r) => r.oursMs);
  const theirs = rows.map((r) => r.glpkMs);
  return {
    family,
    count: rows.length,
    fast: rows.filter((r) => proven(r) && r.oursMs <= FAST_MS).length,
    within5: rows.filter(proven).length,
    oursMedian: median(ours),
    oursMax: max(ours),
    glpkMedian: median(theirs),
    glpkMax: max(theirs),
    ratio: median(ours) / median(theirs),
    below: rows.filter(below).length,
    glpkUnproven: rows.filter((r) => r.glpkStatus === 'unproven').length,
  };
}

function table(summaries: Summary[]): string {
  const head = ['family', 'n', '≤1 s', '≤5 s', 'ours med', 'ours max', 'glpk med', 'glpk max', 'ours/glpk', 'below glpk', 'glpk unproven'];
  const widths = [27, 4, 7, 7, 9, 9, 9, 9, 10, 11, 13];
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join(' ');
  return [
    line(head),
    ...summaries.map((s) =>
      line([
        s.family,
        String(s.count),
        pct(s.fast, s.count),
        pct(s.within5, s.count),
        ms(s.oursMedian),
        ms(s.oursMax),
        ms(s.glpkMedian),
        ms(s.glpkMax),
        s.ratio.toFixed(2),
        String(s.below),
        String(s.glpkUnproven),
      ]),
    ),
  ].join('\n');
}

describe('funding optimiser per instance family, against glpk.js', () => {
  it(`sizes ${SIZES.join(', ')} × ${RUNS} seeds per family: proofs, times and values`, async () => {
    const glpk = await loadGlpk();
    const { optimiseFunding } = await builtPortfolio();
    const engine = USE_ENGINE ? await loadHighsEngine() : undefined;
    // Warm-up, as in the app's long-lived worker: one instance of every family (seeds outside the measured ones), three
    // times, so that the first family measured does not pay for compiling our search (glpk.js is WebAssembly).
    for (let i = 0; i < 3; i++) {
      for (const family of FAMILIES) {
        const warm = familyInstance(family, 60, 1);
        runOurs(optimiseFunding, warm, engine);
        runGlpk(glpk, warm);
      }
    }
    const rows: Row[] = [];
    FAMILIES.forEach((family, f) => {
      if (!MEASURED.includes(family)) return;
      for (const size of SIZES) {
        for (let run = 0; run < RUNS; run++) {
          const instance = familyInstance(family, size, 1_000_003 * (f + 1) + 1_009 * size + run);
          const row: Row = { instance, ...runOurs(optimiseFunding, instance, engine), ...runGlpk(glpk, instance) };
          rows.push(row);
          // Correctness holds in every mode: a funded set meets every rule, a proof agrees with glpk.js.
          const chosen = instance.candidates.filter((c) => row.ours.selectedIds.includes(c.id));
          if (row.ours.status === 'optimal' || row.ours.status === 'best-found') {
            expect(meetsRules(instance.candidates, instance.constraints, chosen, 2), `${family} ${size} #${run}: the funded set breaks a rule`).toBe(true);
          }
          if (row.ours.status === 'optimal' && row.glpkValue !== null) {
            expect(Math.abs(row.ours.totalValue - row.glpkValue), `${family} ${size} #${run}: optimal claim differs from glpk.js`).toBeLessThanOrEqual(tol(row.glpkValue));
          }
          if (row.glpkStatus === 'infeasible') expect(['infeasible', 'stopped']).toContain(row.ours.status);
          if (row.ours.status === 'infeasible') expect(row.glpkStatus).toBe('infeasible');
        }
      }
      const mine = rows.filter((r) => r.instance.family === family);
      console.info(`${family}: ${mine.length} instances solved, ${mine.filter(proven).length} proven by ours, ${mine.filter((r) => r.glpkStatus !== 'unproven').length} by glpk.js`);
    });

    const summaries = MEASURED.map((family) => summarise(family, rows.filter((r) => r.instance.family === family)));
    const all = summarise('uncorrelated', rows);
    const misses = rows.filter((r) => !proven(r) || r.oursMs > FAST_MS || below(r));
    const bySize = SIZES.map((size) => {
      const mine = rows.filter((r) => r.instance.size === size);
      return `  ${String(size).padStart(4)} candidates: ours median ${ms(median(mine.map((r) => r.oursMs)))} ms (max ${ms(max(mine.map((r) => r.oursMs)))}), glpk.js median ${ms(median(mine.map((r) => r.glpkMs)))} ms (max ${ms(max(mine.map((r) => r.glpkMs)))}), proven ${pct(mine.filter(proven).length, mine.length)}`;
    });
    console.info(
      [
        '',
        `Funding optimiser (${USE_ENGINE ? 'our search, then HiGHS' : 'our search alone'}) vs glpk.js, ${rows.length} instances (${SIZES.join(', ')} candidates × ${RUNS} seeds × ${MEASURED.length} families); CPU ms per solve, the fastest of ${REPEAT} runs; ${checkModeLine()}`,
        table(summaries),
        `all families: proven within 1 s ${pct(all.fast, all.count)} (target ≥ ${FAST_SHARE * 100}%), within 5 s ${pct(all.within5, all.count)} (target 100%), below glpk.js's optimum ${all.below} (target 0); wall median of ours ${ms(median(rows.map((r) => r.oursWallMs)))} ms`,
        'per size (all families):',
        ...bySize,
        misses.length === 0 ? 'no instance missed a target' : 'instances that missed a target (family, size, seed: status, CPU ms, nodes, value vs glpk.js):',
        ...misses.map(
          (r) =>
            `  ${r.instance.family}, ${r.instance.size}, ${r.instance.seed}: ${r.ours.status}, ${ms(r.oursMs)} ms, ${r.ours.nodesExplored} nodes, ${r.glpkValue === null ? `glpk.js ${r.glpkStatus}` : `${(((r.ours.totalValue - r.glpkValue) / Math.max(1, Math.abs(r.glpkValue))) * 100).toFixed(3)}% vs glpk.js optimum (${ms(r.glpkMs)} ms)`}`,
        ),
        '',
      ].join('\n'),
    );

    if (CHECK) {
      const fastWithMargin = rows.filter((r) => proven(r) && r.oursMs <= FAST_MS * CPU_MARGIN).length;
      expect.soft(fastWithMargin / rows.length, `share proven within 1 s (CPU, ${FAST_MS * CPU_MARGIN} ms with margin)`).toBeGreaterThanOrEqual(FAST_SHARE);
      expect.soft(all.within5, 'instances proven within the 5 s limit').toBe(all.count);
      expect.soft(all.below, "instances where ours is worth less than glpk.js's optimum").toBe(0);
      for (const s of summaries) {
        expect.soft(s.oursMedian, `${s.family}: our median ${ms(s.oursMedian)} ms against glpk.js's ${ms(s.glpkMedian)} ms (ratio ${s.ratio.toFixed(2)}, margin ${CPU_MARGIN}×)`).toBeLessThanOrEqual(
          Math.max(s.glpkMedian * CPU_MARGIN, s.glpkMedian + RATIO_FLOOR_MS),
        );
      }
    }
  });
});
