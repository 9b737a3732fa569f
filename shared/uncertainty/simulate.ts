import type { UncertaintyPolicySettings } from '../domain';
import { COMBO_CELLS, type CaseModel } from './caseModel';
import { percentile } from './distributions';
import { drawFrom, quantileTable, TABLE_STEPS } from './quantileTable';
import { seededState, uniformOf } from './random';
import { selectPercentiles } from './select';

/**
 * Monte Carlo over prepared use cases (docs/uncertainty.md). Per trial and use case: duration offsets, cost and
 * benefit factors, and the stage gate are drawn; NPV from today = −pilot − gate × (last mile + run − benefit), each
 * part its present value at the drawn durations times its drawn factor (pilot and last mile also times the trial's
 * shared overrun when the policy has one). Seeded (the policy's seed and number of trials) and reproducible; worked
 * through in slices of use cases so a worker can report progress and stop.
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

/** P10 / P50 / P90 of the funded set's cumulative cash from today, per plan month (today … horizon). */
export interface FanChart {
  months: number[];
  p10: number[];
  p50: number[];
  p90: number[];
}

export interface SetOutcome {
  /** Use cases in the set. */
  count: number;
  p10: number;
  p50: number;
  p90: number;
  mean: number;
  probPositive: number;
  /** Investment (pilot + last mile) per plan year from today: P50 and P90 over the trials. */
  spendP50ByYear: number[];
  spendP90ByYear: number[];
  /** The set's undiscounted cash from today to the horizon: P10 / P50 / P90 (the fan chart's last point). */
  cash: { p10: number; p50: number; p90: number };
  fan: FanChart;
  /** The set's NPV in every trial, sorted (for the histogram and the S-curve). */
  sortedNpv: Float64Array;
}

export interface SimulationResult {
  seed: number;
  trials: number;
  /** Plan month of today: every figure counts from it. */
  today: number;
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

const NO_STEPS = { stepFrom: new Uint32Array(0), stepMonth: new Uint16Array(0), stepDelta: new Float64Array(0) };

/** Twenty bits of a draw decide the gate: passed when below p × 2^20. */
const GATE_SCALE = 1_048_576;
/** Sixteen bits of a draw pick a factor: the table entry (top ten) and the interpolation between it and the next (low six). */
const SUB_STEPS = 65_536 / TABLE_STEPS;

export function createSimulation(models: readonly CaseModel[], fundedIds: ReadonlySet<string>, policy: UncertaintyPolicySettings): Simulation {
  const { trials, seed } = policy;
  if (TABLE_STEPS * SUB_STEPS !== 65_536 || COMBO_CELLS !== 4096) throw new Error('The draw layout needs 1,024 table steps and 4,096 duration cells');
  const state = seededState(seed);
  const overrun = new Float64Array(trials).fill(1);
  if (policy.sharedOverrun) {
    const u = uniformOf(state);
    const table = quantileTable(policy.sharedOverrun, policy.distribution);
    for (let t = 0; t < trials; t++) overrun[t] = drawFrom(table, u());
  }
  const first = models[0];
  const years = first?.years ?? 0;
  const months = first?.forwardMonths ?? 0;
  const today = first?.today ?? 1;
  const setNpv = new Float64Array(trials);
  const setCash = new Float64Array(trials);
  const setSpend = new Float64Array(trials * years);
  // The set's monthly cash as first differences per trial (trial-major), summed into cumulative cash at the end.
  const setSteps = new Float64Array(trials * months);
  const npv = new Float64Array(trials);
  const cases: CaseOutcome[] = [];
  let fundedCount = 0;
  let next = 0;

  // The trial loop runs 10⁷ times for 1,000 use cases: three 32-bit draws per trial, generated inline (sfc32, as
  // random.ts), split into the duration cell (12 bits) and the gate (20 bits), then two factors per draw (16 bits each).
  const INV = 1 / SUB_STEPS;
  function run(m: CaseModel): void {
    const funded = fundedIds.has(m.id);
    if (funded) fundedCount++;
    const vp = m.factors.pilot, vl = m.factors.lastMile, vr = m.factors.run, vb = m.factors.benefit;
    // Passed when the 20-bit draw u < p × 2^20, i.e. (u being whole) u < ⌈p × 2^20⌉: a sign bit, no branch.
    const threshold = m.gated ? Math.ceil(Math.min(Math.max(m.p, 0), 1) * GATE_SCALE) : GATE_SCALE;
    const combos = m.combos;
    const values = m.values;
    const yearPilot = m.yearPilot, yearLast = m.yearLast;
    const { stepFrom, stepMonth, stepDelta } = funded ? m.cashSteps() : NO_STEPS;
    let a = state[0]! | 0, b = state[1]! | 0, c = state[2]! | 0, d = state[3]! | 0;
    let sum = 0;
    let positive = 0;
    let paid = 0;
    let min = Infinity;
    let max = -Infinity;
    for (let t = 0; t < trials; t++) {
      let r = (a + b + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (((c << 21) | (c >>> 11)) + r) | 0;
      const o = combos[r >>> 20]!;
      const gate = ((r & 0xfffff) - threshold) >>> 31;
      r = (a + b + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (((c << 21) | (c >>> 11)) + r) | 0;
      let hi = r >>> 16;
      let i = hi >>> 6;
      const so = overrun[t]!;
      const fp = (vp[i]! + (vp[i + 1]! - vp[i]!) * ((hi & 63) * INV)) * so;
      hi = r & 0xffff;
      i = hi >>> 6;
      const fl = (vl[i]! + (vl[i + 1]! - vl[i]!) * ((hi & 63) * INV)) * so;
      r = (a + b + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (((c << 21) | (c >>> 11)) + r) | 0;
      hi = r >>> 16;
      i = hi >>> 6;
      const fr = vr[i]! + (vr[i + 1]! - vr[i]!) * ((hi & 63) * INV);
      hi = r & 0xffff;
      i = hi >>> 6;
      const fb = vb[i]! + (vb[i + 1]! - vb[i]!) * ((hi & 63) * INV);
      const k = o * 8;
      const value = -fp * values[k]! - gate * (fl * values[k + 1]! + fr * values[k + 2]! - fb * values[k + 3]!);
      const cash = -fp * values[k + 4]! - gate * (fl * values[k + 5]! + fr * values[k + 6]! - fb * values[k + 7]!);
      npv[t] = value;
      sum += value;
      if (value < min) min = value;
      if (value > max) max = value;
      // Counted without branches: which way a trial goes is a coin toss the processor cannot predict.
      positive += +(value > 0);
      paid += +(cash >= 0);
      if (funded) {
        setNpv[t] = setNpv[t]! + value;
        setCash[t] = setCash[t]! + cash;
        for (let y = 0, at = t * years, from = o * years; y < years; y++) setSpend[at + y] = setSpend[at + y]! + fp * yearPilot[from + y]! + gate * fl * yearLast[from + y]!;
        // Each part's monthly changes times its factor (a failed gate leaves the pilot alone).
        const base = t * months;
        let e = stepFrom[o * 4]!;
        for (let end = stepFrom[o * 4 + 1]!; e < end; e++) setSteps[base + stepMonth[e]!] = setSteps[base + stepMonth[e]!]! - fp * stepDelta[e]!;
        if (gate === 1) {
          for (let end = stepFrom[o * 4 + 2]!; e < end; e++) setSteps[base + stepMonth[e]!] = setSteps[base + stepMonth[e]!]! - fl * stepDelta[e]!;
          for (let end = stepFrom[o * 4 + 3]!; e < end; e++) setSteps[base + stepMonth[e]!] = setSteps[base + stepMonth[e]!]! - fr * stepDelta[e]!;
          for (let end = stepFrom[o * 4 + 4]!; e < end; e++) setSteps[base + stepMonth[e]!] = setSteps[base + stepMonth[e]!]! + fb * stepDelta[e]!;
        }
      }
    }
    state[0] = a;
    state[1] = b;
    state[2] = c;
    state[3] = d;
    const [p10, p50, p90] = selectPercentiles(npv, [0.1, 0.5, 0.9], { min, max });
    cases.push({ id: m.id, p10: p10!, p50: p50!, p90: p90!, mean: trials ? sum / trials : 0, probPositive: trials ? positive / trials : 0, probPayback: trials ? paid / trials : 0, notAssessed: m.notAssessed });
  }

  function fan(): FanChart {
    // Monthly cash from its first differences, then cumulative cash, per trial.
    for (let t = 0; t < trials; t++) {
      let flow = 0;
      let cumulative = 0;
      for (let j = 0, at = t * months; j < months; j++, at++) {
        flow += setSteps[at]!;
        cumulative += flow;
        setSteps[at] = cumulative;
      }
    }
    const chart: FanChart = { months: [], p10: [], p50: [], p90: [] };
    const column = new Float64Array(trials);
    for (let j = 0; j < months; j++) {
      for (let t = 0; t < trials; t++) column[t] = setSteps[t * months + j]!;
      const [p10, p50, p90] = selectPercentiles(column, [0.1, 0.5, 0.9]);
      chart.months.push(today + j);
      chart.p10.push(p10!);
      chart.p50.push(p50!);
      chart.p90.push(p90!);
    }
    return chart;
  }

  let done: SimulationResult | null = null;
  return {
    step(maxCases) {
      const end = Math.min(models.length, next + maxCases);
      for (; next < end; next++) run(models[next]!);
      return next >= models.length;
    },
    progress: () => (models.length === 0 ? 1 : next / models.length),
    result() {
      if (done) return done;
      const sorted = Float64Array.from(setNpv).sort();
      let total = 0;
      let positive = 0;
      for (let t = 0; t < trials; t++) {
        total += setNpv[t]!;
        if (setNpv[t]! > 0) positive++;
      }
      const spendP50ByYear: number[] = [];
      const spendP90ByYear: number[] = [];
      const spend = new Float64Array(trials);
      for (let y = 0; y < years; y++) {
        for (let t = 0; t < trials; t++) spend[t] = setSpend[t * years + y]!;
        const [p50, p90] = selectPercentiles(spend, [0.5, 0.9]);
        spendP50ByYear.push(p50!);
        spendP90ByYear.push(p90!);
      }
      const [c10, c50, c90] = selectPercentiles(setCash, [0.1, 0.5, 0.9]);
      done = {
        seed,
        trials,
        today,
        cases,
        funded: {
          count: fundedCount,
          p10: percentile(sorted, 0.1),
          p50: percentile(sorted, 0.5),
          p90: percentile(sorted, 0.9),
          mean: trials ? total / trials : 0,
          probPositive: trials ? positive / trials : 0,
          spendP50ByYear,
          spendP90ByYear,
          cash: { p10: c10!, p50: c50!, p90: c90! },
          fan: fan(),
          sortedNpv: sorted,
        },
      };
      return done;
    },
  };
}

/** Runs a whole simulation at once (tests and tools; the app runs it in slices in a worker). */
export function simulate(models: readonly CaseModel[], fundedIds: ReadonlySet<string>, policy: UncertaintyPolicySettings): SimulationResult {
  const sim = createSimulation(models, fundedIds, policy);
  sim.step(models.length);
  return sim.result();
}
