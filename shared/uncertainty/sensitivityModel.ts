import {
  currentStage,
  LAST_MILE_CATEGORIES,
  LAST_MILE_CATEGORY_LABELS,
  RANGE_FIELD_LABELS,
  totalLastMileCost,
  type LastMileCategory,
  type RangeField,
  type UseCase,
  type WorkspaceSettings,
} from '../domain';
import { monthlyBenefitAtFull, monthlyRate, monthlyRunCost, todayPlanMonth, trackedSchedule, useCaseSchedule } from '../finance';
import type { Range } from './distributions';
import { effectiveRanges, type EffectiveRanges } from './effectiveRanges';
import type { UncertaintyPolicy } from './policy';

/**
 * One use case prepared for sensitivity (docs/uncertainty.md, "Sensitivity"): its forward NPV from today split into
 * components, each a present value (month T = period 1, as trackedMetrics' forward NPV). NPV is linear in every cost and
 * benefit factor, so a cost input's NPV at any factor is the base plus (factor − likely) × its present value, with no
 * schedule re-run; a duration input is re-scheduled at each whole-month offset asked for.
 */

/** How an input's values are written: an amount, an amount per month, a number of months, or months added (a set). */
export type InputUnit = 'money' | 'moneyPerMonth' | 'months' | 'monthsAdded';

export type DurationField = 'pilotMonths' | 'lastMileMonths' | 'rampUpMonths';
export const DURATION_FIELDS: readonly DurationField[] = ['pilotMonths', 'lastMileMonths', 'rampUpMonths'];

/** Forward present values (and undiscounted sums) of the four components, costs as positive amounts. */
export interface Components {
  pilot: number;
  lastMile: number;
  run: number;
  benefit: number;
  sumPilot: number;
  sumLastMile: number;
  sumRun: number;
  sumBenefit: number;
}

export type Offsets = Record<DurationField, number>;

/** Months a duration can be at least (a pilot lasts a month; a last mile or ramp-up can take none). */
export const MIN_MONTHS: Record<DurationField, number> = { pilotMonths: 1, lastMileMonths: 0, rampUpMonths: 0 };

export function planMonthsOf(uc: UseCase, field: DurationField): number {
  return field === 'pilotMonths' ? uc.pilot.months : field === 'lastMileMonths' ? uc.lastMile.months : uc.benefits.rampUpMonths;
}

/** The duration a whole-month offset gives (never below its minimum). */
export function monthsAt(uc: UseCase, field: DurationField, offset: number): number {
  return Math.max(MIN_MONTHS[field], planMonthsOf(uc, field) + offset);
}

/** Forward component present values of `uc` as of plan month `today`, its durations moved by `offsets`. */
export function forwardComponents(uc: UseCase, ws: WorkspaceSettings, today: number, offsets: Offsets): Components {
  const moved =
    offsets.pilotMonths === 0 && offsets.lastMileMonths === 0 && offsets.rampUpMonths === 0
      ? uc
      : {
          ...uc,
          pilot: { ...uc.pilot, months: monthsAt(uc, 'pilotMonths', offsets.pilotMonths) },
          lastMile: { ...uc.lastMile, months: monthsAt(uc, 'lastMileMonths', offsets.lastMileMonths) },
          benefits: { ...uc.benefits, rampUpMonths: monthsAt(uc, 'rampUpMonths', offsets.rampUpMonths) },
        };
  const s = trackedSchedule(useCaseSchedule(moved, ws), uc.lifecycle, uc.actuals, ws.planningStartMonth, today);
  const factor = 1 / (1 + monthlyRate(ws.discountRate));
  let discount = 1;
  const c: Components = { pilot: 0, lastMile: 0, run: 0, benefit: 0, sumPilot: 0, sumLastMile: 0, sumRun: 0, sumBenefit: 0 };
  for (let i = Math.max(today, 1) - 1; i < s.horizon; i++) {
    discount *= factor;
    const p = s.pilot[i]!;
    const l = s.lastMile[i]!;
    const r = s.run[i]!;
    const b = s.benefit[i]!;
    c.pilot += p * discount;
    c.lastMile += l * discount;
    c.run += r * discount;
    c.benefit += b * discount;
    c.sumPilot += p;
    c.sumLastMile += l;
    c.sumRun += r;
    c.sumBenefit += b;
  }
  return c;
}

/** A cost or benefit input: NPV(f) = base + sign × (f − likely) × pv. */
export interface FactorInput {
  key: string;
  field: RangeField;
  category: LastMileCategory | null;
  label: string;
  unit: InputUnit;
  /** The plan's figure the factors multiply (a total, or an amount per month). */
  figure: number;
  range: Range;
  /** Present value from today of the figure's flows at factor 1 (durations at their likely offsets). */
  pv: number;
  /** −1 for a cost, +1 for the benefit. */
  sign: -1 | 1;
}

export interface DurationInput {
  key: DurationField;
  field: DurationField;
  category: null;
  label: string;
  unit: 'months';
  range: Range;
}

export interface SensitivityModel {
  id: string;
  name: string;
  useCase: UseCase;
  ws: WorkspaceSettings;
  /** Plan month of today. */
  today: number;
  ranges: EffectiveRanges;
  /** NPV from today with every input at its likely value. */
  npv: number;
  likelyOffsets: Offsets;
  factors: FactorInput[];
  durations: DurationInput[];
  /** Weighted likely factor of the last mile (categories by their share of its cost). */
  lastMileWeight: number;
  lastMileShares: Partial<Record<LastMileCategory, number>>;
}

/** NPV from today of components at the likely factors of `m`. */
export function npvAt(m: Pick<SensitivityModel, 'ranges' | 'lastMileWeight'>, c: Components): number {
  const r = m.ranges;
  return -r.pilotCost.likely * c.pilot - m.lastMileWeight * c.lastMile - r.runCost.likely * c.run + r.benefit.likely * c.benefit;
}

/** NPV from today with one duration at `offset` (the others at their likely offsets). */
export function npvAtDuration(m: SensitivityModel, field: DurationField, offset: number): number {
  if (offset === m.likelyOffsets[field]) return m.npv;
  return npvAt(m, forwardComponents(m.useCase, m.ws, m.today, { ...m.likelyOffsets, [field]: offset }));
}

/** Which durations still vary at a stage: a phase that is over no longer does (as in the simulation's case model). */
function durationApplies(uc: UseCase, field: DurationField): boolean {
  const stage = currentStage(uc.lifecycle);
  if (field === 'pilotMonths') return stage === 'idea' || stage === 'pilot';
  return stage !== 'production' && stage !== 'stopped' && stage !== 'pilot-failed';
}

/** Prepares `uc` for sensitivity as of plan month `today` under the workspace's `policy` (its own ranges first). */
export function sensitivityModel(uc: UseCase, ws: WorkspaceSettings, today: number, policy: UncertaintyPolicy = ws.uncertainty): SensitivityModel {
  const ranges = effectiveRanges(uc, policy);
  const likelyOffsets: Offsets = {
    pilotMonths: durationApplies(uc, 'pilotMonths') ? Math.round(ranges.pilotMonths.likely) : 0,
    lastMileMonths: durationApplies(uc, 'lastMileMonths') ? Math.round(ranges.lastMileMonths.likely) : 0,
    rampUpMonths: durationApplies(uc, 'rampUpMonths') ? Math.round(ranges.rampUpMonths.likely) : 0,
  };
  const c = forwardComponents(uc, ws, today, likelyOffsets);
  const costs = uc.lastMile.costs;
  const total = totalLastMileCost(costs);
  const own = ranges.lastMileByCategory;
  const shares: Partial<Record<LastMileCategory, number>> = {};
  let weight = 0;
  let followingShare = 0;
  let followingFigure = 0;
  for (const cat of LAST_MILE_CATEGORIES) {
    const share = total > 0 ? costs[cat] / total : 0;
    shares[cat] = share;
    const r = own[cat];
    weight += share * (r ? r.likely : ranges.lastMileCost.likely);
    if (!r) {
      followingShare += share;
      followingFigure += costs[cat];
    }
  }
  if (total <= 0) weight = ranges.lastMileCost.likely;
  const factors: FactorInput[] = [];
  const add = (input: FactorInput, sum: number) => {
    if (sum > 0 && input.figure > 0) factors.push(input);
  };
  add({ key: 'pilotCost', field: 'pilotCost', category: null, label: RANGE_FIELD_LABELS.pilotCost, unit: 'money', figure: uc.pilot.cost, range: ranges.pilotCost, pv: c.pilot, sign: -1 }, c.sumPilot);
  const split = LAST_MILE_CATEGORIES.some((cat) => own[cat] && costs[cat] > 0);
  add(
    {
      key: 'lastMileCost',
      field: 'lastMileCost',
      category: null,
      label: split ? `${RANGE_FIELD_LABELS.lastMileCost} (other categories)` : RANGE_FIELD_LABELS.lastMileCost,
      unit: 'money',
      figure: followingFigure,
      range: ranges.lastMileCost,
      pv: c.lastMile * followingShare,
      sign: -1,
    },
    c.sumLastMile,
  );
  for (const cat of LAST_MILE_CATEGORIES) {
    const r = own[cat];
    if (!r) continue;
    add(
      { key: `lastMileCost.${cat}`, field: 'lastMileCost', category: cat, label: `Last mile: ${LAST_MILE_CATEGORY_LABELS[cat]}`, unit: 'money', figure: costs[cat], range: r, pv: c.lastMile * shares[cat]!, sign: -1 },
      c.sumLastMile,
    );
  }
  add({ key: 'runCost', field: 'runCost', category: null, label: RANGE_FIELD_LABELS.runCost, unit: 'moneyPerMonth', figure: monthlyRunCost(uc.runCost), range: ranges.runCost, pv: c.run, sign: -1 }, c.sumRun);
  add(
    { key: 'benefit', field: 'benefit', category: null, label: RANGE_FIELD_LABELS.benefit, unit: 'moneyPerMonth', figure: monthlyBenefitAtFull(uc.benefits, ws.labourRate), range: ranges.benefit, pv: c.benefit, sign: 1 },
    c.sumBenefit,
  );
  const durations: DurationInput[] = DURATION_FIELDS.filter((f) => durationApplies(uc, f)).map((f) => ({ key: f, field: f, category: null, label: RANGE_FIELD_LABELS[f], unit: 'months', range: ranges[f] }));
  const model = { id: uc.id, name: uc.name, useCase: uc, ws, today, ranges, likelyOffsets, factors, durations, lastMileWeight: weight, lastMileShares: shares, npv: 0 };
  model.npv = npvAt(model, c);
  return model;
}

/** Plan month of today for a workspace and a calendar month ('YYYY-MM'). */
export function sensitivityToday(ws: WorkspaceSettings, todayMonth: string): number {
  return todayPlanMonth(ws.planningStartMonth, todayMonth, ws.horizonMonths);
}
