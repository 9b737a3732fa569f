import { COMBO_CELLS, type CaseModel } from './caseModel';
import type { UncertaintyPolicy } from './policy';
import { drawFrom, quantileTable, TABLE_STEPS } from './quantileTable';
import { seededUniform, type Uniform } from './random';
import { selectPercentiles } from './select';

/**
 * Monte Carlo over prepared use cases (docs/uncertainty.md). Per trial and use case: duration offsets, cost and
 * benefit factors, and the stage gate are drawn; NPV from today = −pilot − gate × (last mile + run − benefit), each
 * component its present value at the drawn durations times its drawn factor (pilot and last mile also times the
 * trial's shared overrun when the policy has one). Seeded and reproducible; worked through in slices of use cases so
 * a worker can report progress and stop.
 */
export interface CaseOutcome {
  id: string;
  p10: number;
  p50: number;
  p90: number;
  mean: number;
  /** Share of trials with NPV > 0. */
  probPositive: number;
  /** Share of trials whose forward cash adds up to ≥ 0 within the horizon (paid back). */
  probPayback: number;
  notAssessed: boolean;
}

export interface SetOutcome {
  p10: number;
  p50: number;
  p90: number;
  mean: number;
  probPositive: number;
  /** Investment (pilot + last mile) per plan year from today: P50 and P90 over the trials. */
  spendP50ByYear: number[];
  spendP90ByYear: number[];
  /** The funded set's NPV in every trial, sorted (for the histogram and the S-curve). */
  sortedNpv: Float64Array;
}

export interface SimulationResult {
  seed: number;
  trials: number;
  cases: CaseOutcome[];
  funded: SetOutcome;
}

export interface Simulation {
  /** Works through up to `maxCases` more use cases; true when all are done. */
  step(maxCases: number): boolean;
  /** Share of use cases done (0–1). */
  progress(): number;
  result(): SimulationResult;
}

export function createSimulation(models: readonly CaseModel[], fundedIds: ReadonlySet<string>, policy: UncertaintyPolicy, trials: number, seed: number): Simulation {
  const u: Uniform = seededUniform(seed);
  const overrun = new Float64Array(trials).fill(1);
  if (policy.sharedOverrun) {
    const table = quantileTable(policy.sharedOverrun, policy.distribution);
    for (let t = 0; t < trials; t++) overrun[t] = drawFrom(table, u());
  }
  const years = models[0]?.years ?? 0;
  const setNpv = new Float64Array(trials);
  const setSpend = Array.from({ length: years }, () => new Float64Array(trials));
  const npv = new Float64Array(trials);
  const draws = new Float64Array(trials * 6);
  const cases: CaseOutcome[] = [];
  let next = 0;

  // The trial loop runs 10⁷ times for 1,000 use cases: draws are read from the tables inline, not through calls.
  const STEPS = TABLE_STEPS;
  function run(m: CaseModel): void {
    const funded = fundedIds.has(m.id);
    const tp = m.cost.pilot, tl = m.cost.lastMile, tr = m.cost.run, tb = m.cost.benefit;
    const vp = tp.values, vl = tl.values, vr = tr.values, vb = tb.values;
    const cp = tp.constant, cl = tl.constant, cr = tr.constant, cb = tb.constant;
    const gated = m.gated;
    const prob = m.p;
    const outcomes = m.outcomes;
    const combos = m.combos;
    const single = outcomes.length === 1;
    // Six uniforms per trial, drawn in one pass: combo, pilot, last mile, run, benefit, gate.
    u.fill(draws);
    let sum = 0;
    let positive = 0;
    let paid = 0;
    for (let t = 0, k = 0; t < trials; t++, k += 6) {
      const o = outcomes[single ? 0 : combos[(draws[k]! * COMBO_CELLS) | 0]!]!;
      const so = overrun[t]!;
      let pos = draws[k + 1]! * STEPS;
      let i = pos | 0;
      const fp = (cp !== null ? cp : vp[i]! + (vp[i + 1]! - vp[i]!) * (pos - i)) * so;
      pos = draws[k + 2]! * STEPS;
      i = pos | 0;
      const fl = (cl !== null ? cl : vl[i]! + (vl[i + 1]! - vl[i]!) * (pos - i)) * so;
      pos = draws[k + 3]! * STEPS;
      i = pos | 0;
      const fr = cr !== null ? cr : vr[i]! + (vr[i + 1]! - vr[i]!) * (pos - i);
      pos = draws[k + 4]! * STEPS;
      i = pos | 0;
      const fb = cb !== null ? cb : vb[i]! + (vb[i + 1]! - vb[i]!) * (pos - i);
      const gate = !gated || draws[k + 5]! < prob ? 1 : 0;
      const pv = o.pv;
      const value = -fp * pv[0]! - gate * (fl * pv[1]! + fr * pv[2]! - fb * pv[3]!);
      npv[t] = value;
      sum += value;
      if (value > 0) positive++;
      const s = o.sum;
      if (-fp * s[0]! - gate * (fl * s[1]! + fr * s[2]! - fb * s[3]!) >= 0) paid++;
      if (funded) {
        setNpv[t] = setNpv[t]! + value;
        for (let y = 0; y < years; y++) {
          const spend = setSpend[y]!;
          spend[t] = spend[t]! + fp * o.yearPilot[y]! + gate * fl * o.yearLast[y]!;
        }
      }
    }
    const [p10, p50, p90] = selectPercentiles(npv, [0.1, 0.5, 0.9]);
    cases.push({ id: m.id, p10: p10!, p50: p50!, p90: p90!, mean: sum / trials, probPositive: positive / trials, probPayback: paid / trials, notAssessed: m.notAssessed });
  }

  return {
    step(maxCases) {
      const end = Math.min(models.length, next + maxCases);
      for (; next < end; next++) run(models[next]!);
      return next >= models.length;
    },
    progress: () => (models.length === 0 ? 1 : next / models.length),
    result() {
      const sorted = Float64Array.from(setNpv).sort();
      const [p10, p50, p90] = selectPercentiles(Float64Array.from(setNpv), [0.1, 0.5, 0.9]);
      let total = 0;
      let positive = 0;
      for (let t = 0; t < trials; t++) {
        total += setNpv[t]!;
        if (setNpv[t]! > 0) positive++;
      }
      const spendP50ByYear: number[] = [];
      const spendP90ByYear: number[] = [];
      for (const spend of setSpend) {
        const [a, b] = selectPercentiles(spend, [0.5, 0.9]);
        spendP50ByYear.push(a!);
        spendP90ByYear.push(b!);
      }
      return {
        seed,
        trials,
        cases,
        funded: { p10: p10!, p50: p50!, p90: p90!, mean: trials ? total / trials : 0, probPositive: trials ? positive / trials : 0, spendP50ByYear, spendP90ByYear, sortedNpv: sorted },
      };
    },
  };
}

/** Runs a whole simulation at once (tests and tools; the app runs it in slices in a worker). */
export function simulate(models: readonly CaseModel[], fundedIds: ReadonlySet<string>, policy: UncertaintyPolicy, trials: number, seed: number): SimulationResult {
  const sim = createSimulation(models, fundedIds, policy, trials, seed);
  sim.step(models.length);
  return sim.result();
}
