import { totalLastMileCost, type ReadinessDimension, type UseCaseInput, type WorkspaceSettings } from '../domain';
import { paybackMonth, roiOf } from './cashMetrics';
import { irr, monthlyRate } from './discounting';
import { readinessSummary } from './readiness';
import { monthlyBenefitAtFull, monthlyRunCost } from './runCost';
import { useCaseSchedule, type CashFlowSchedule } from './schedule';

/** The business case of one use case. NPV, IRR, payback and ROI are of the full (unrisked) schedule. */
export interface UseCaseMetrics {
  /** Pilot cost as entered (not cut by the horizon). */
  pilotCost: number;
  /** Sum of the eight last-mile categories as entered. */
  lastMileCost: number;
  /** Pilot + last mile. */
  totalInvestment: number;
  /** Last mile ÷ pilot; null when the pilot costs 0 (or so little that the ratio overflows). */
  lastMileRatio: number | null;
  monthlyRunCost: number;
  monthlyBenefitAtFull: number;
  /** Benefit at full adoption − run cost, per month. */
  monthlyNetAtFull: number;
  /** NPV of the net flows over the horizon at the workspace discount rate. */
  npv: number;
  /** NPV of the pilot flows alone (≤ 0): always spent. */
  npvPilot: number;
  /** NPV of everything after the pilot (last mile, run, benefit): happens only in production. */
  npvRest: number;
  /** Stage-gated NPV = npvPilot + probability × npvRest; null while readiness is not fully assessed (no probability). */
  expectedNpv: number | null;
  /** Probability of reaching production, from readiness; null while any dimension is not assessed. */
  probability: number | null;
  blockers: ReadinessDimension[];
  /** Readiness dimensions nobody has assessed yet. */
  notAssessed: ReadinessDimension[];
  irr: number | null;
  paybackMonth: number | null;
  roi: number | null;
  goLiveMonth: number;
  /** Pilot + last-mile spend per 12-month plan year (months 1–12, 13–24, …), spend after the horizon included: adds up to totalInvestment. */
  investmentByPlanYear: number[];
}

function finiteOrNull(v: number | null): number | null {
  return v !== null && Number.isFinite(v) ? v : null;
}

/** Stage gate: NPV(pilot) + p × NPV(rest); p is clamped to [0, 1]. */
export function expectedNpv(npvPilot: number, npvRest: number, probability: number): number {
  return npvPilot + Math.min(Math.max(probability, 0), 1) * npvRest;
}

/** Pilot + last-mile spend of a schedule summed per 12-month plan year; ceil(horizon / 12) entries. */
export function investmentByPlanYear(schedule: CashFlowSchedule): number[] {
  const years = new Array<number>(Math.ceil(schedule.horizon / 12)).fill(0);
  for (let i = 0; i < schedule.horizon; i++) {
    const y = Math.floor(i / 12);
    years[y] = (years[y] ?? 0) + (schedule.pilot[i] ?? 0) + (schedule.lastMile[i] ?? 0);
  }
  return years;
}

/** A business case without its IRR: what `trackedMetrics` builds its forward figures on before adding theirs. */
export type CaseFigures = Omit<UseCaseMetrics, 'irr'>;

/**
 * The flows an IRR is of (or how to work them out again), and the IRR once worked out (undefined until then). A
 * portfolio keeps a business case per candidate and reads few IRRs: keeping each candidate's monthly net flows until
 * then was a quarter of what a case keeps, and the garbage collector copied them all (5–10 ms of the business cases of
 * 5,000 candidates, docs/performance.md, session 14), so the tracked figures keep the way to the flows (forward.ts).
 */
export interface IrrCell {
  readonly flows: readonly number[] | (() => readonly number[]);
  value: number | null | undefined;
}

/** An IRR not worked out yet: see withIrr. */
export const irrCell = (flows: IrrCell['flows']): IrrCell => ({ flows, value: undefined });

const irrCells = new WeakMap<object, IrrCell>();

/** The one getter of every lazy `irr` (one function for all, so every business case keeps one object shape). */
function readIrr(this: object): number | null {
  const cell = irrCells.get(this);
  if (!cell) throw new Error('An IRR was read from an object it was not defined on');
  if (cell.value === undefined) cell.value = irr(typeof cell.flows === 'function' ? cell.flows() : cell.flows);
  return cell.value;
}

const LAZY_IRR: PropertyDescriptor = { get: readIrr, enumerable: true, configurable: true };

/**
 * `figures` with an `irr` of `cell`'s flows worked out when first read and kept: root finding is a good part of a
 * business case's cost, and only some views show an IRR (the table's IRR column, a use case's page, the exports), so a
 * portfolio of thousands works out the IRRs it shows. Every reader, copy (spread, structured clone) and export sees the
 * same plain value as an eager `irr(flows)`. Objects sharing a cell share the root finding.
 */
export function withIrr<T extends object>(figures: T, cell: IrrCell): T & { irr: number | null } {
  irrCells.set(figures, cell);
  return Object.defineProperty(figures, 'irr', LAZY_IRR) as T & { irr: number | null };
}

/** Every metric of a use case from its schedule (see UseCaseMetrics); never NaN or Infinity for valid input. The IRR is worked out when first read. */
export function useCaseMetricsFromSchedule(uc: UseCaseInput, ws: WorkspaceSettings, schedule: CashFlowSchedule): UseCaseMetrics {
  return withIrr(caseFiguresFromSchedule(uc, ws, schedule), irrCell(schedule.net));
}

/** Every metric of a use case from its schedule but its IRR (see useCaseMetricsFromSchedule). */
export function caseFiguresFromSchedule(uc: UseCaseInput, ws: WorkspaceSettings, schedule: CashFlowSchedule): CaseFigures {
  const pilotCost = uc.pilot.cost;
  const lastMileCost = totalLastMileCost(uc.lastMile.costs);
  const run = monthlyRunCost(uc.runCost);
  const benefit = monthlyBenefitAtFull(uc.benefits, ws.labourRate);

  const factor = 1 / (1 + monthlyRate(ws.discountRate));
  const byYear = new Array<number>(Math.ceil(schedule.horizon / 12)).fill(0);
  let discount = 1;
  let npvPilot = 0;
  let npvRest = 0;
  let benefits = 0;
  let costs = 0;
  for (let i = 0; i < schedule.horizon; i++) {
    discount *= factor;
    const p = schedule.pilot[i] ?? 0;
    const l = schedule.lastMile[i] ?? 0;
    npvPilot -= p * discount;
    npvRest += ((schedule.net[i] ?? 0) + p) * discount;
    benefits += schedule.benefit[i] ?? 0;
    costs += p + l + (schedule.run[i] ?? 0);
    const y = (i / 12) | 0;
    byYear[y] = (byYear[y] ?? 0) + p + l;
  }
  // Spend after the horizon is outside NPV, but still money to find: it counts in its plan year, so the years
  // add up to the total investment that the budget counts, and yearly caps see it too.
  const lastSpendMonth = uc.startMonth + uc.pilot.months + Math.max(uc.lastMile.months, 0) - 1;
  const investmentYears =
    lastSpendMonth > schedule.horizon ? investmentByPlanYear(useCaseSchedule(uc, { ...ws, horizonMonths: lastSpendMonth })) : byYear;
  const readiness = readinessSummary(uc.readiness, ws.readinessMapping);
  return {
    pilotCost,
    lastMileCost,
    totalInvestment: pilotCost + lastMileCost,
    lastMileRatio: finiteOrNull(pilotCost > 0 ? lastMileCost / pilotCost : null),
    monthlyRunCost: run,
    monthlyBenefitAtFull: benefit,
    monthlyNetAtFull: benefit - run,
    npv: npvPilot + npvRest,
    npvPilot,
    npvRest,
    expectedNpv: readiness.probability === null ? null : expectedNpv(npvPilot, npvRest, readiness.probability),
    probability: readiness.probability,
    blockers: readiness.blockers,
    notAssessed: readiness.notAssessed,
    paybackMonth: paybackMonth(schedule.net),
    roi: roiOf(benefits, costs),
    goLiveMonth: schedule.goLiveMonth,
    investmentByPlanYear: investmentYears,
  };
}

/** Schedule and metrics of one use case under the workspace settings. */
export function useCaseMetrics(uc: UseCaseInput, ws: WorkspaceSettings): UseCaseMetrics {
  return useCaseMetricsFromSchedule(uc, ws, useCaseSchedule(uc, ws));
}
