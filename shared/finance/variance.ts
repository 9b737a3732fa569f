import { LAST_MILE_CATEGORIES, totalLastMileCost, type ActualMonth, type LastMileCategory, type UseCase, type WorkspaceSettings } from '../domain';
import { calendarToPlanMonth, planMonthToCalendar } from './calendar';
import { useCaseSchedule, type CashFlowSchedule } from './schedule';
import { forecastCutOffs, plannedInvestmentMonths, trackedSchedule } from './tracked';

/**
 * Actuals against the plan (docs/living-portfolio.md, "Actuals"). For a use case, the months compared are the plan
 * months before today (T) that have entered actuals. Per phase:
 * - plan to date and actual to date over those months; variance = actual − plan, its share = variance ÷ plan;
 * - budget at completion (BAC): the whole plan of the phase (pilot and last mile: their planned cost; run cost and
 *   benefit: the plan over the horizon);
 * - estimate at completion (EAC) = actual to date + the remaining plan (every other month as the tracked schedule
 *   has it: the plan before today where no actuals were entered, the forecast from today on, nothing after a phase is
 *   over); the trend estimate BAC × actual ÷ plan to date (as if the rest ran as far off plan as the months so far)
 *   is shown beside it.
 * A last mile or a run cost more than the workspace's overrunThreshold over plan to date is flagged (spend where the
 * plan had none is flagged too). Actuals dated before the planning start or from today on are not compared.
 */
export const VARIANCE_PHASES = ['pilot', 'lastMile', 'run', 'benefit'] as const;
export type VariancePhase = (typeof VARIANCE_PHASES)[number];
export const VARIANCE_PHASE_LABELS: Record<VariancePhase, string> = { pilot: 'Pilot', lastMile: 'Last mile', run: 'Run cost', benefit: 'Benefit' };

export interface PlanVsActual {
  planToDate: number;
  actualToDate: number;
  /** actual − plan (for benefit, a positive variance is more benefit than planned). */
  variance: number;
  /** variance ÷ plan to date; null when the plan had nothing to date. */
  share: number | null;
}

export interface PhaseVariance extends PlanVsActual {
  budgetAtCompletion: number;
  /** Actual to date + remaining plan. */
  estimateAtCompletion: number;
  /** BAC × actual ÷ plan to date; null when the plan had nothing to date. */
  trendEstimate: number | null;
}

export interface CategoryVariance extends PlanVsActual {
  category: LastMileCategory;
}

/** A last mile or run cost over plan by more than the threshold (share null: spent where the plan had nothing). */
export interface OverrunFlag {
  useCaseId: string;
  useCaseName: string;
  phase: 'lastMile' | 'run';
  share: number | null;
  threshold: number;
  planToDate: number;
  actualToDate: number;
}

export interface UseCaseVariance {
  useCaseId: string;
  useCaseName: string;
  /** Calendar months compared ('YYYY-MM', in order): months before today with actuals. */
  months: string[];
  phases: Record<VariancePhase, PhaseVariance>;
  /** The last mile by category over the compared months whose split is known; null when no month has one. */
  lastMileByCategory: { months: number; categories: CategoryVariance[] } | null;
  flags: OverrunFlag[];
}

/** One month before today: the plan's figures and the actuals entered (null = none entered; the plan counts). */
export interface MonthComparison {
  month: string;
  /** Plan month (≤ 0: before the planning start, outside the plan). */
  planMonth: number;
  plan: Record<VariancePhase, number> | null;
  actual: ActualMonth | null;
}

export interface PortfolioVariance {
  /** Use cases with at least one month compared, in the order given. */
  useCases: UseCaseVariance[];
  /** Their phases summed; the trend estimate sums each use case's (its EAC where it has none). */
  phases: Record<VariancePhase, PhaseVariance>;
  flags: OverrunFlag[];
}

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

function planVsActual(planToDate: number, actualToDate: number): PlanVsActual {
  const variance = actualToDate - planToDate;
  return { planToDate, actualToDate, variance, share: planToDate > 0 ? variance / planToDate : null };
}

function phaseVariance(planToDate: number, actualToDate: number, budgetAtCompletion: number, estimateAtCompletion: number): PhaseVariance {
  const base = planVsActual(planToDate, actualToDate);
  return { ...base, budgetAtCompletion, estimateAtCompletion, trendEstimate: planToDate > 0 ? (budgetAtCompletion * actualToDate) / planToDate : null };
}

/** The actuals compared, by plan month: before today, inside the plan and its horizon. */
function comparedActuals(uc: UseCase, ws: WorkspaceSettings, today: number, horizon: number): Map<number, ActualMonth> {
  const byMonth = new Map<number, ActualMonth>();
  for (const a of uc.actuals) {
    const m = calendarToPlanMonth(ws.planningStartMonth, a.month);
    if (m >= 1 && m < today && m <= horizon) byMonth.set(m, a);
  }
  return byMonth;
}

const amountOf = (a: ActualMonth, phase: VariancePhase): number => a[phase];

/** Plan vs actual of one use case as of plan month `today` (T), with its estimate at completion and overrun flags. */
export function useCaseVariance(uc: UseCase, ws: WorkspaceSettings, today: number): UseCaseVariance {
  const plan = useCaseSchedule(uc, ws);
  const h = plan.horizon;
  const compared = comparedActuals(uc, ws, today, h);
  const tracked = trackedSchedule(plan, uc.lifecycle, uc.actuals, ws.planningStartMonth, today);
  const cut = forecastCutOffs(uc.lifecycle, ws.planningStartMonth);
  const forecast = plannedInvestmentMonths(uc, cut);
  const months = [...compared.keys()].sort((a, b) => a - b);
  const planTo = (flows: readonly number[]) => sum(months.map((m) => flows[m - 1] ?? 0));
  const actualTo = (phase: VariancePhase) => sum(months.map((m) => amountOf(compared.get(m)!, phase)));
  // Pilot and last mile: the remaining plan runs to the month the phase's spend ends, beyond the horizon included.
  const investmentEac = (phase: 'pilot' | 'lastMile') => actualTo(phase) + sum(forecast[phase].map((v, i) => (compared.has(i + 1) ? 0 : v)));
  const bac = { pilot: uc.pilot.cost, lastMile: totalLastMileCost(uc.lastMile.costs), run: sum(plan.run), benefit: sum(plan.benefit) };
  const phases: Record<VariancePhase, PhaseVariance> = {
    pilot: phaseVariance(planTo(plan.pilot), actualTo('pilot'), bac.pilot, investmentEac('pilot')),
    lastMile: phaseVariance(planTo(plan.lastMile), actualTo('lastMile'), bac.lastMile, investmentEac('lastMile')),
    // Run cost and benefit: the tracked schedule holds the actuals where entered and the plan (cut where over) elsewhere.
    run: phaseVariance(planTo(plan.run), actualTo('run'), bac.run, sum(tracked.run)),
    benefit: phaseVariance(planTo(plan.benefit), actualTo('benefit'), bac.benefit, sum(tracked.benefit)),
  };
  const name = { useCaseId: uc.id, useCaseName: uc.name };
  const threshold = ws.overrunThreshold;
  const flags: OverrunFlag[] = [];
  for (const phase of ['lastMile', 'run'] as const) {
    const p = phases[phase];
    const over = p.share === null ? p.actualToDate > 0.005 : p.share > threshold + 1e-9;
    if (over) flags.push({ ...name, phase, share: p.share, threshold, planToDate: p.planToDate, actualToDate: p.actualToDate });
  }
  return {
    ...name,
    months: months.map((m) => planMonthToCalendar(ws.planningStartMonth, m)),
    phases,
    lastMileByCategory: categoryVariance(uc, plan, months, compared),
    flags,
  };
}

/** The last mile by category over the compared months whose split is known: the plan split by the estimate's shares. */
function categoryVariance(uc: UseCase, plan: CashFlowSchedule, months: readonly number[], compared: ReadonlyMap<number, ActualMonth>): UseCaseVariance['lastMileByCategory'] {
  const split = months.filter((m) => compared.get(m)!.lastMileByCategory !== null);
  if (split.length === 0) return null;
  const total = totalLastMileCost(uc.lastMile.costs);
  const categories = LAST_MILE_CATEGORIES.map((category) => {
    const shareOfPlan = total > 0 ? uc.lastMile.costs[category] / total : 0;
    const planned = sum(split.map((m) => (plan.lastMile[m - 1] ?? 0) * shareOfPlan));
    const actual = sum(split.map((m) => compared.get(m)!.lastMileByCategory?.[category] ?? 0));
    return { category, ...planVsActual(planned, actual) };
  });
  return { months: split.length, categories };
}

/**
 * Every month before today from the use case's first planned month or first actual, whichever is earlier (at most
 * the horizon): the plan's figures beside the actuals entered. Actuals dated before the planning start come first,
 * with no plan beside them.
 */
export function monthByMonth(uc: UseCase, ws: WorkspaceSettings, today: number): MonthComparison[] {
  const plan = useCaseSchedule(uc, ws);
  const byMonth = new Map(uc.actuals.map((a) => [a.month, a]));
  const rows: MonthComparison[] = [];
  for (const a of uc.actuals) {
    const m = calendarToPlanMonth(ws.planningStartMonth, a.month);
    if (m < 1) rows.push({ month: a.month, planMonth: m, plan: null, actual: a });
  }
  const firstActual = Math.min(...uc.actuals.map((a) => calendarToPlanMonth(ws.planningStartMonth, a.month)).filter((m) => m >= 1), Infinity);
  const last = Math.min(today - 1, plan.horizon);
  for (let m = Math.max(1, Math.min(uc.startMonth, firstActual)); m <= last; m++) {
    const month = planMonthToCalendar(ws.planningStartMonth, m);
    const i = m - 1;
    rows.push({ month, planMonth: m, plan: { pilot: plan.pilot[i]!, lastMile: plan.lastMile[i]!, run: plan.run[i]!, benefit: plan.benefit[i]! }, actual: byMonth.get(month) ?? null });
  }
  return rows;
}

/** Plan vs actual for the portfolio: the use cases with actuals compared, their phases summed, every flag. */
export function portfolioVariance(useCases: readonly UseCase[], ws: WorkspaceSettings, today: number): PortfolioVariance {
  const list = useCases.filter((uc) => uc.actuals.length > 0).map((uc) => useCaseVariance(uc, ws, today)).filter((v) => v.months.length > 0);
  const phases = Object.fromEntries(
    VARIANCE_PHASES.map((phase) => {
      const of = (pick: (p: PhaseVariance) => number) => sum(list.map((v) => pick(v.phases[phase])));
      const total = phaseVariance(of((p) => p.planToDate), of((p) => p.actualToDate), of((p) => p.budgetAtCompletion), of((p) => p.estimateAtCompletion));
      return [phase, { ...total, trendEstimate: list.length === 0 ? null : of((p) => p.trendEstimate ?? p.estimateAtCompletion) }];
    }),
  ) as Record<VariancePhase, PhaseVariance>;
  return { useCases: list, phases, flags: list.flatMap((v) => v.flags) };
}
