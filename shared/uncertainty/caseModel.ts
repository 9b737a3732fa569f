import { currentStage, totalLastMileCost, type UseCase, type WorkspaceSettings } from '../domain';
import { forecastCutOffs, monthlyBenefitAtFull, monthlyRate, monthlyRunCost, trackedMetrics } from '../finance';
import type { Distribution, Range } from './distributions';
import { effectiveRanges } from './effectiveRanges';
import { lastMileFactorTable } from './lastMileFactor';
import { stepSink, walkOutcome, type CashSteps, type PlanFigures } from './outcomeSchedule';
import type { UncertaintyPolicy } from './policy';
import { quantileTable, tableValues, type QuantileTable } from './quantileTable';

/**
 * One use case prepared for simulation (docs/uncertainty.md, "The simulation engine"), with its own ranges (the
 * workspace policy's where it has none): its cash flows from today split into four parts — pilot, last mile, run cost,
 * benefit — each as a present value and an undiscounted sum, for every combination of whole-month duration offsets the
 * ranges allow, plus the investment per plan year and the monthly flows as first differences (the fan chart). A trial
 * then costs a few draws and a few multiplications.
 */
export interface CaseModel {
  id: string;
  /** Chance of reaching production; 0 when not assessed (then `notAssessed`). */
  p: number;
  notAssessed: boolean;
  /** The gate applies to everything after the pilot (false once in production). */
  gated: boolean;
  /** Factor laws as TABLE_STEPS + 1 quantiles each (a zero-width range: every entry its value, so a draw is exact). */
  factors: { pilot: Float64Array; lastMile: Float64Array; run: Float64Array; benefit: Float64Array };
  months: { pilot: IntRange; lastMile: IntRange; rampUp: IntRange };
  /** Duration combinations, indexed [pilot offset][last-mile offset][ramp offset], flattened. */
  outcomes: number;
  /** Per outcome o, at 8o: present values of pilot, last mile, run, benefit (costs positive); at 8o + 4: their sums. */
  values: Float64Array;
  /** Pilot and last-mile spend of outcome o in plan year y, at o × years + y. */
  yearPilot: Float64Array;
  yearLast: Float64Array;
  /** The monthly flows of every outcome as first differences (worked out when first asked for: the funded set's fan chart). */
  cashSteps: () => CashSteps;
  /**
   * The three duration draws as one: COMBO_CELLS cells, each the index of an outcome, in proportion to its probability
   * (the product of the three offsets' probabilities), so twelve bits of one draw pick all three durations.
   */
  combos: Int32Array;
  years: number;
  /** Plan month of today and the months from it to the horizon. */
  today: number;
  forwardMonths: number;
  /** Forward NPV and expected NPV of the plan (the deterministic figures). */
  npv: number;
  expectedNpv: number | null;
}

/** Whole-month offsets a duration range can take (rounded draws), with its table. */
export interface IntRange {
  min: number;
  count: number;
  table: QuantileTable;
}

const NOTHING: Range = { low: 0, likely: 0, high: 0 };

/** Cells of the combined duration table: each outcome's probability is kept to 1/4,096 (twelve bits of a draw). */
export const COMBO_CELLS = 4096;

/** Probability of each whole-month offset of a duration range: the share of its quantiles that round to it. */
function offsetProbabilities(r: IntRange): number[] {
  const probs = new Array<number>(r.count).fill(0);
  if (r.count === 1) return [1];
  const v = r.table.values;
  const steps = v.length - 1;
  for (let k = 0; k < steps; k++) {
    const mid = (v[k]! + v[k + 1]!) / 2;
    const i = Math.min(r.count - 1, Math.max(0, Math.round(mid) - r.min));
    probs[i] = probs[i]! + 1 / steps;
  }
  return probs;
}

const comboCache = new Map<string, Int32Array>();

/** The combined duration table (shared by every use case with the same three duration laws). */
function comboTable(months: CaseModel['months'], key: string): Int32Array {
  const known = comboCache.get(key);
  if (known) return known;
  const [a, b, c] = [offsetProbabilities(months.pilot), offsetProbabilities(months.lastMile), offsetProbabilities(months.rampUp)];
  const weights: number[] = [];
  for (const pa of a) for (const pb of b) for (const pc of c) weights.push(pa * pb * pc);
  const total = weights.reduce((x, y) => x + y, 0);
  const cells = new Int32Array(COMBO_CELLS);
  let cumulative = 0;
  let cell = 0;
  weights.forEach((w, index) => {
    cumulative += w / total;
    const until = index === weights.length - 1 ? COMBO_CELLS : Math.round(cumulative * COMBO_CELLS);
    for (; cell < until; cell++) cells[cell] = index;
  });
  if (comboCache.size > 256) comboCache.clear();
  comboCache.set(key, cells);
  return cells;
}

function intRange(r: Range, applies: boolean, distribution: Distribution): IntRange & { key: string } {
  const range = applies ? r : NOTHING;
  const min = Math.round(range.low);
  return { min, count: Math.round(range.high) - min + 1, table: quantileTable(range, distribution), key: `${range.low}:${range.likely}:${range.high}` };
}

/**
 * Prepares a use case for simulation as of plan month `today`, with its own ranges and, where it has none, those of
 * `policy` (the workspace's). Cash flows are the tracked schedule's from today (useCaseSchedule with the forecast
 * cut where a phase is over, as trackedSchedule does), worked out month by month for each duration combination.
 */
export function caseModel(uc: UseCase, ws: WorkspaceSettings, today: number, policy: UncertaintyPolicy & { seed?: number } = ws.uncertainty): CaseModel {
  const stage = currentStage(uc.lifecycle);
  const { metrics } = trackedMetrics(uc, ws, today);
  const ranges = effectiveRanges(uc, policy);
  const d = ranges.distribution;
  // Only what is still to come is uncertain: a finished phase's duration no longer varies.
  const ahead = stage !== 'production' && stage !== 'stopped' && stage !== 'pilot-failed';
  const months = {
    pilot: intRange(ranges.pilotMonths, stage === 'idea' || stage === 'pilot', d),
    lastMile: intRange(ranges.lastMileMonths, ahead, d),
    rampUp: intRange(ranges.rampUpMonths, ahead, d),
  };
  const combos = comboTable(months, `${d}|${months.pilot.key}|${months.lastMile.key}|${months.rampUp.key}`);
  const years = Math.ceil(ws.horizonMonths / 12);
  const h = ws.horizonMonths;
  const from = Math.max(today, 1);
  const forwardMonths = Math.max(0, h - from + 1);
  const cut = forecastCutOffs(uc.lifecycle, ws.planningStartMonth);
  const pilotEnd = Math.min(cut.pilot, cut.all);
  const lastEnd = Math.min(cut.lastMile, cut.all);
  const runPerMonth = monthlyRunCost(uc.runCost);
  const full = monthlyBenefitAtFull(uc.benefits, ws.labourRate);
  const lastMileTotal = totalLastMileCost(uc.lastMile.costs);
  const factor = 1 / (1 + monthlyRate(ws.discountRate));
  const s = uc.startMonth;

  const outcomes = months.pilot.count * months.lastMile.count * months.rampUp.count;
  const values = new Float64Array(outcomes * 8);
  const yearPilot = new Float64Array(outcomes * years);
  const yearLast = new Float64Array(outcomes * years);
  const plan: PlanFigures = { s, from, h, pilotEnd, lastEnd, allEnd: cut.all, pilotCost: uc.pilot.cost, lastMileTotal, runPerMonth, full, factor, years };
  const durations = (o: number): [number, number, number] => {
    const c = o % months.rampUp.count;
    const b = ((o - c) / months.rampUp.count) % months.lastMile.count;
    const a = Math.floor(o / (months.rampUp.count * months.lastMile.count));
    return [
      Math.max(1, uc.pilot.months + months.pilot.min + a),
      Math.max(0, uc.lastMile.months + months.lastMile.min + b),
      Math.max(0, uc.benefits.rampUpMonths + months.rampUp.min + c),
    ];
  };
  const out = { values, yearPilot, yearLast };
  for (let o = 0; o < outcomes; o++) walkOutcome(plan, ...durations(o), o, out, null);
  let steps: CashSteps | null = null;
  const cashSteps = (): CashSteps => {
    if (steps) return steps;
    const sink = stepSink(outcomes, forwardMonths);
    for (let o = 0; o < outcomes; o++) walkOutcome(plan, ...durations(o), o, null, sink);
    steps = { stepFrom: sink.from, stepMonth: sink.month.slice(0, sink.size), stepDelta: sink.delta.slice(0, sink.size) };
    return steps;
  };
  const p = metrics.probability;
  const table = (r: Range) => tableValues(quantileTable(r, d));
  return {
    id: uc.id,
    p: p ?? 0,
    notAssessed: p === null,
    gated: stage !== 'production',
    factors: {
      pilot: table(ranges.pilotCost),
      lastMile: tableValues(lastMileFactorTable(uc.lastMile.costs, ranges, policy.seed ?? 0)),
      run: table(ranges.runCost),
      benefit: table(ranges.benefit),
    },
    months,
    outcomes,
    values,
    yearPilot,
    yearLast,
    cashSteps,
    combos,
    years,
    today: from,
    forwardMonths,
    npv: metrics.npv,
    expectedNpv: metrics.expectedNpv,
  };
}
export type { CashSteps } from './outcomeSchedule';
