import { currentStage, type UseCase, type WorkspaceSettings } from '../domain';
import { monthlyRate, trackedMetrics, trackedSchedule, useCaseSchedule } from '../finance';
import type { Range } from './distributions';
import type { UncertaintyPolicy } from './policy';
import { quantileTable, type QuantileTable } from './quantileTable';

/**
 * One use case prepared for simulation: its forward cash flows from today split into four components (pilot, last
 * mile, run, benefit), each as a present value and an undiscounted sum, for every combination of duration offsets the
 * ranges allow, plus the investment per plan year. A trial then costs a few draws and a few multiplications.
 */
export interface Outcome {
  pv: Float64Array; // pilot, last mile, run, benefit
  sum: Float64Array;
  yearPilot: Float64Array;
  yearLast: Float64Array;
}

export interface CaseModel {
  id: string;
  /** Chance of reaching production; 0 when not assessed (then `notAssessed`). */
  p: number;
  notAssessed: boolean;
  /** The gate applies to everything after the pilot (false once in production). */
  gated: boolean;
  cost: { pilot: QuantileTable; lastMile: QuantileTable; run: QuantileTable; benefit: QuantileTable };
  months: { pilot: IntRange; lastMile: IntRange; rampUp: IntRange };
  /** Outcomes indexed [pilot offset][last-mile offset][ramp offset], flattened. */
  outcomes: Outcome[];
  /**
   * The three duration draws as one: COMBO_CELLS cells, each the index of an outcome, in proportion to its probability
   * (the product of the three offsets' probabilities), so one uniform picks all three durations.
   */
  combos: Uint16Array;
  years: number;
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

/** Cells of the combined duration table: each outcome's probability is kept to 1/4,096. */
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

function comboTable(months: CaseModel['months']): Uint16Array {
  const [a, b, c] = [offsetProbabilities(months.pilot), offsetProbabilities(months.lastMile), offsetProbabilities(months.rampUp)];
  const weights: number[] = [];
  for (const pa of a!) for (const pb of b!) for (const pc of c!) weights.push(pa * pb * pc);
  const total = weights.reduce((x, y) => x + y, 0);
  const cells = new Uint16Array(COMBO_CELLS);
  let cumulative = 0;
  let cell = 0;
  weights.forEach((w, index) => {
    cumulative += w / total;
    const until = index === weights.length - 1 ? COMBO_CELLS : Math.round(cumulative * COMBO_CELLS);
    for (; cell < until; cell++) cells[cell] = index;
  });
  return cells;
}

function intRange(r: Range, applies: boolean, distribution: UncertaintyPolicy['distribution']): IntRange {
  const range = applies ? r : NOTHING;
  const min = Math.round(range.low);
  return { min, count: Math.round(range.high) - min + 1, table: quantileTable(range, distribution) };
}

function outcomeOf(uc: UseCase, ws: WorkspaceSettings, today: number, years: number): Outcome {
  const plan = useCaseSchedule(uc, ws);
  const s = trackedSchedule(plan, uc.lifecycle, uc.actuals, ws.planningStartMonth, today);
  const factor = 1 / (1 + monthlyRate(ws.discountRate));
  const pv = new Float64Array(4);
  const sum = new Float64Array(4);
  const yearPilot = new Float64Array(years);
  const yearLast = new Float64Array(years);
  let discount = 1;
  let pvP = 0, pvL = 0, pvR = 0, pvB = 0, sP = 0, sL = 0, sR = 0, sB = 0;
  for (let i = today - 1; i < s.horizon; i++) {
    discount *= factor;
    const pilot = s.pilot[i]!;
    const last = s.lastMile[i]!;
    const run = s.run[i]!;
    const benefit = s.benefit[i]!;
    pvP += pilot * discount;
    pvL += last * discount;
    pvR += run * discount;
    pvB += benefit * discount;
    sP += pilot;
    sL += last;
    sR += run;
    sB += benefit;
    const y = (i / 12) | 0;
    yearPilot[y] = yearPilot[y]! + pilot;
    yearLast[y] = yearLast[y]! + last;
  }
  pv.set([pvP, pvL, pvR, pvB]);
  sum.set([sP, sL, sR, sB]);
  return { pv, sum, yearPilot, yearLast };
}

/** Prepares a use case for simulation as of plan month `today`, with the ranges of `policy`. */
export function caseModel(uc: UseCase, ws: WorkspaceSettings, today: number, policy: UncertaintyPolicy): CaseModel {
  const stage = currentStage(uc.lifecycle);
  const { metrics } = trackedMetrics(uc, ws, today);
  const d = policy.distribution;
  // Only what is still to come is uncertain: a finished phase's duration no longer varies.
  const months = {
    pilot: intRange(policy.pilotMonths, stage === 'idea' || stage === 'pilot', d),
    lastMile: intRange(policy.lastMileMonths, stage !== 'production' && stage !== 'stopped' && stage !== 'pilot-failed', d),
    rampUp: intRange(policy.rampUpMonths, stage !== 'production' && stage !== 'stopped' && stage !== 'pilot-failed', d),
  };
  const years = Math.ceil(ws.horizonMonths / 12);
  const outcomes: Outcome[] = [];
  for (let a = 0; a < months.pilot.count; a++)
    for (let b = 0; b < months.lastMile.count; b++)
      for (let c = 0; c < months.rampUp.count; c++) {
        const variant: UseCase = {
          ...uc,
          pilot: { ...uc.pilot, months: Math.max(1, uc.pilot.months + months.pilot.min + a) },
          lastMile: { ...uc.lastMile, months: Math.max(0, uc.lastMile.months + months.lastMile.min + b) },
          benefits: { ...uc.benefits, rampUpMonths: Math.max(0, uc.benefits.rampUpMonths + months.rampUp.min + c) },
        };
        outcomes.push(outcomeOf(variant, ws, today, years));
      }
  const p = metrics.probability;
  return {
    id: uc.id,
    p: p ?? 0,
    notAssessed: p === null,
    gated: stage !== 'production',
    cost: {
      pilot: quantileTable(policy.pilotCost, d),
      lastMile: quantileTable(policy.lastMileCost, d),
      run: quantileTable(policy.runCost, d),
      benefit: quantileTable(policy.benefit, d),
    },
    months,
    outcomes,
    combos: comboTable(months),
    years,
    npv: metrics.npv,
    expectedNpv: metrics.expectedNpv,
  };
}
