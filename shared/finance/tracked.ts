import { currentStage, ENDED, lastChangeTo, PILOT_OVER, totalLastMileCost, type ActualMonth, type Lifecycle, type UseCaseInput } from '../domain';
import { calendarToPlanMonth } from './calendar';
import type { CashFlowSchedule } from './schedule';

/**
 * A schedule as it stands today (docs/living-portfolio.md): months before today hold the actuals where they were
 * entered and the plan otherwise; from today on, the plan (the forecast). Phases that are over have no forecast: a
 * finished pilot spends nothing after the month it finished, a use case in production nothing more on its last mile,
 * and a stopped use case (or a failed pilot) has no cash flows after the month it ended.
 */
export interface TrackedSchedule extends CashFlowSchedule {
  /** Plan month of today (T): 1 = the planning start month; clamped to 1 … horizon + 1. */
  today: number;
  /** Per month: true where the figures are entered actuals (only months before today). */
  actual: boolean[];
}

/** Money spent or earned before the plan's first month (actuals dated before it): sunk, outside every schedule. */
export interface EarlyActuals {
  pilot: number;
  lastMile: number;
  run: number;
  benefit: number;
}

/** Plan month of today for a workspace: the calendar month `todayMonth` ('YYYY-MM') counted from the planning start. */
export function todayPlanMonth(planningStartMonth: string, todayMonth: string, horizon: number): number {
  return Math.min(Math.max(calendarToPlanMonth(planningStartMonth, todayMonth), 1), horizon + 1);
}

/** The plan months after which each kind of forecast flow stops, from the stage history (Infinity = never). */
export function forecastCutOffs(lifecycle: Lifecycle, planningStartMonth: string): { pilot: number; lastMile: number; all: number } {
  const stage = currentStage(lifecycle);
  const planMonth = (m: string | undefined) => (m === undefined ? Infinity : calendarToPlanMonth(planningStartMonth, m));
  const finished = lastChangeTo(lifecycle, 'pilot-succeeded') ?? lastChangeTo(lifecycle, 'pilot-failed');
  const pilot = PILOT_OVER.has(stage) ? planMonth(finished?.month) : Infinity;
  const lastMile = stage === 'production' ? planMonth(lastChangeTo(lifecycle, 'production')?.month) : Infinity;
  const all = ENDED.has(stage) ? planMonth(lastChangeTo(lifecycle, stage)?.month) : Infinity;
  return { pilot, lastMile, all };
}

/**
 * The tracked schedule of a use case: `plan` (its planned schedule) with actuals substituted before `today` and the
 * forecast cut where its phase is over. Net and cumulative are recomputed; go-live and phase months stay the plan's.
 * With nothing to substitute or cut, `plan` itself is returned, extended with `today` and `actual` (pass a fresh plan).
 */
export function trackedSchedule(plan: CashFlowSchedule, lifecycle: Lifecycle, actuals: readonly ActualMonth[], planningStartMonth: string, today: number): TrackedSchedule {
  const h = plan.horizon;
  const cut = forecastCutOffs(lifecycle, planningStartMonth);
  const untouched = actuals.length === 0 && cut.pilot === Infinity && cut.lastMile === Infinity && cut.all === Infinity;
  // Nothing to substitute or cut (most candidates): the plan's own arrays, read-only from here on, and no copy.
  if (untouched) return Object.assign(plan, { today, actual: noActuals(h) });
  const pilot = plan.pilot.slice();
  const lastMile = plan.lastMile.slice();
  const run = plan.run.slice();
  const benefit = plan.benefit.slice();
  const actual = new Array<boolean>(h).fill(false);
  for (let m = 1; m <= h; m++) {
    const i = m - 1;
    if (m > cut.pilot || m > cut.all) pilot[i] = 0;
    if (m > cut.lastMile || m > cut.all) lastMile[i] = 0;
    if (m > cut.all) run[i] = benefit[i] = 0;
  }
  for (const a of actuals) {
    const m = calendarToPlanMonth(planningStartMonth, a.month);
    if (m < 1 || m >= today || m > h) continue;
    const i = m - 1;
    pilot[i] = a.pilot;
    lastMile[i] = a.lastMile;
    run[i] = a.run;
    benefit[i] = a.benefit;
    actual[i] = true;
  }
  const net = new Array<number>(h);
  const cumulative = new Array<number>(h);
  let acc = 0;
  for (let i = 0; i < h; i++) {
    net[i] = benefit[i]! - pilot[i]! - lastMile[i]! - run[i]!;
    acc += net[i]!;
    cumulative[i] = acc;
  }
  return { ...plan, pilot, lastMile, run, benefit, net, cumulative, today, actual };
}

const noActualsByHorizon = new Map<number, boolean[]>();
/** A shared, frozen "no month holds actuals" list per horizon (schedules are read-only once made). */
function noActuals(horizon: number): boolean[] {
  let list = noActualsByHorizon.get(horizon);
  if (!list) {
    list = Object.freeze(new Array<boolean>(horizon).fill(false)) as boolean[];
    noActualsByHorizon.set(horizon, list);
  }
  return list;
}

/** Actuals dated before the plan's first month, summed (they are sunk and lie outside the schedule). */
export function earlyActuals(actuals: readonly ActualMonth[], planningStartMonth: string): EarlyActuals {
  const early: EarlyActuals = { pilot: 0, lastMile: 0, run: 0, benefit: 0 };
  for (const a of actuals) {
    if (calendarToPlanMonth(planningStartMonth, a.month) >= 1) continue;
    early.pilot += a.pilot;
    early.lastMile += a.lastMile;
    early.run += a.run;
    early.benefit += a.benefit;
  }
  return early;
}

/**
 * Planned investment (pilot + last mile) per plan month from month 1 to the month the last spend falls in, beyond
 * the horizon included (the budget counts money however late it is spent), with the forecast cut-offs applied.
 */
export function plannedInvestmentMonths(uc: UseCaseInput, cut: { pilot: number; lastMile: number; all: number }): { pilot: number[]; lastMile: number[] } {
  const s = uc.startMonth;
  const p = uc.pilot.months;
  const l = uc.lastMile.months;
  const end = s + p + Math.max(l, 1) - 1;
  const pilot = new Array<number>(end).fill(0);
  const lastMile = new Array<number>(end).fill(0);
  const pilotPerMonth = uc.pilot.cost / p;
  const lastMileTotal = totalLastMileCost(uc.lastMile.costs);
  const from = l === 0 ? s + p - 1 : s + p;
  const to = l === 0 ? s + p : s + p + l;
  const lastMilePerMonth = l === 0 ? lastMileTotal : lastMileTotal / l;
  for (let m = s; m < s + p; m++) if (m <= cut.pilot && m <= cut.all) pilot[m - 1] = pilotPerMonth;
  for (let m = from; m < to; m++) if (m <= cut.lastMile && m <= cut.all) lastMile[m - 1] = lastMilePerMonth;
  return { pilot, lastMile };
}
