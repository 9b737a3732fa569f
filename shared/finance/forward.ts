import { currentStage, lastChangeTo, type Stage, type UseCase, type WorkspaceSettings } from '../domain';
import { paybackMonth, roiOf } from './cashMetrics';
import { monthlyRate } from './discounting';
import { caseFiguresFromSchedule, expectedNpv, irrCell, withIrr, type CaseFigures, type IrrCell, type UseCaseMetrics } from './metrics';
import { readinessSummary } from './readiness';
import { earlyActuals, forecastCutOffs, plannedInvestmentMonths, trackedSchedule, type TrackedSchedule } from './tracked';
import { useCaseSchedule } from './schedule';

/** Where a use case's probability of production comes from at its stage (docs/living-portfolio.md). */
export type ProbabilitySource = 'readiness' | 'pilot-evidence' | 'in-production' | 'ended';

/** What a living portfolio adds to a business case: today, sunk and committed money, and the whole-life figures. */
export interface LivingFigures {
  stage: Stage;
  /** Plan month of today (T). */
  today: number;
  /** Money spent before today (actuals where entered, the plan otherwise; actuals dated before the plan included). */
  sunk: { investment: number; run: number; total: number; benefit: number };
  /** Spend still to come on the phase already under way (a running pilot or last mile): committed, not in the budget. */
  committed: number;
  /** Investment from today on that is neither spent nor committed: what the budget counts for this use case. */
  fundingCost: number;
  /** The same per 12-month plan year (what yearly caps count). */
  fundingByYear: number[];
  /** The funding cost split into pilot and last mile, per plan year. */
  fundingSplitByYear: { pilot: number[]; lastMile: number[] };
  /** Expected NPV of the money still to decide (committed money left out): the funding value; null with no probability. */
  fundingValue: number | null;
  probabilitySource: ProbabilitySource;
  /** The pilot finished but readiness was not re-assessed with what it showed: no probability until it is. */
  needsEvidence: boolean;
  /** Plan start to horizon, actuals substituted (unrisked): shown beside the forward figures, labelled. */
  wholeLife: { npv: number; irr: number | null; paybackMonth: number | null; roi: number | null; cost: number; benefit: number };
}

/** A business case as decisions use it: NPV, expected NPV, IRR, payback and ROI from today on, plus the living figures. */
export type TrackedMetrics = UseCaseMetrics & { living: LivingFigures };

/** Planned spend per plan year from month `from` on (later years beyond the horizon included). */
function yearsOf(flows: readonly number[], from: number, horizon: number): { total: number; byYear: number[] } {
  const byYear = new Array<number>(Math.ceil(horizon / 12)).fill(0);
  let total = 0;
  for (let m = Math.max(from, 1); m <= flows.length; m++) {
    const v = flows[m - 1]!;
    if (v === 0) continue;
    total += v;
    const y = Math.floor((m - 1) / 12);
    byYear[y] = (byYear[y] ?? 0) + v;
  }
  return { total, byYear };
}

function addYears(a: readonly number[], b: readonly number[]): number[] {
  const sum = new Array<number>(Math.max(a.length, b.length));
  for (let i = 0; i < sum.length; i++) sum[i] = (a[i] ?? 0) + (b[i] ?? 0);
  return sum;
}

function probabilityAt(uc: UseCase, ws: WorkspaceSettings, stage: Stage): { p: number | null; source: ProbabilitySource; needsEvidence: boolean } {
  if (stage === 'production') return { p: 1, source: 'in-production', needsEvidence: false };
  if (stage === 'stopped' || stage === 'pilot-failed') return { p: 0, source: 'ended', needsEvidence: false };
  const readiness = readinessSummary(uc.readiness, ws.readinessMapping).probability;
  if (stage === 'idea' || stage === 'pilot') return { p: readiness, source: 'readiness', needsEvidence: false };
  // After a successful pilot the pre-pilot guess no longer counts: only readiness re-assessed with its evidence.
  const evidence = lastChangeTo(uc.lifecycle, 'pilot-succeeded')?.evidence ?? null;
  return evidence ? { p: readiness, source: 'pilot-evidence', needsEvidence: false } : { p: null, source: 'pilot-evidence', needsEvidence: true };
}

/** The schedule of a use case as it stands on `today` (plan month T): the one trackedMetrics works its figures out from. */
export function trackedScheduleOf(uc: UseCase, ws: WorkspaceSettings, today: number): TrackedSchedule {
  return trackedSchedule(useCaseSchedule(uc, ws), uc.lifecycle, uc.actuals, ws.planningStartMonth, today);
}

/**
 * The business case of a use case as it stands on `today` (plan month T; docs/living-portfolio.md): forward NPV =
 * NPV(rate, CF_T … CF_H) with month T as period 1; IRR, payback (as a plan month) and ROI of the same flows; expected
 * NPV stage-gated by where the use case is. Sunk cost is shown but never enters a forward figure or the funding.
 */
export function trackedMetrics(uc: UseCase, ws: WorkspaceSettings, today: number): { schedule: TrackedSchedule; metrics: TrackedMetrics } {
  const schedule = trackedScheduleOf(uc, ws, today);
  const base = caseFiguresFromSchedule(uc, ws, schedule);
  // The IRRs are worked out when first read (metrics.ts, withIrr), from the flows worked out again then (the same
  // schedule from the same inputs): the whole-life one is the plan's.
  const netAgain = () => trackedScheduleOf(uc, ws, today).net;
  const wholeIrr = irrCell(netAgain);
  const stage = currentStage(uc.lifecycle);
  // An idea seen from the plan's first month (most candidates): the plan's metrics are the forward ones; no copy.
  if (today <= 1 && stage === 'idea' && uc.actuals.length === 0)
    return { schedule, metrics: withIrr(Object.assign(base, { living: ideaFromStart(uc, base, schedule, wholeIrr) }), wholeIrr) };
  const h = schedule.horizon;
  const early = uc.actuals.length > 0 ? earlyActuals(uc.actuals, ws.planningStartMonth) : { pilot: 0, lastMile: 0, run: 0, benefit: 0 };

  const factor = 1 / (1 + monthlyRate(ws.discountRate));
  let discount = 1;
  let npvPilot = 0;
  let npvRest = 0;
  let fwdBenefit = 0;
  let fwdCost = 0;
  const sunk = { investment: early.pilot + early.lastMile, run: early.run, total: 0, benefit: early.benefit };
  for (let i = 0; i < h; i++) {
    const p = schedule.pilot[i]!;
    const l = schedule.lastMile[i]!;
    const r = schedule.run[i]!;
    if (i + 1 < today) {
      sunk.investment += p + l;
      sunk.run += r;
      sunk.benefit += schedule.benefit[i]!;
      continue;
    }
    discount *= factor;
    npvPilot -= p * discount;
    npvRest += (schedule.net[i]! + p) * discount;
    fwdBenefit += schedule.benefit[i]!;
    fwdCost += p + l + r;
  }
  sunk.total = sunk.investment + sunk.run;
  const forwardNet = today <= 1 ? schedule.net : schedule.net.slice(today - 1);
  const payback = paybackMonth(forwardNet);
  const { p, source, needsEvidence } = probabilityAt(uc, ws, stage);

  const cut = forecastCutOffs(uc.lifecycle, ws.planningStartMonth);
  const planned = plannedInvestmentMonths(uc, cut);
  const from = Math.max(today, 1);
  const pilotAhead = yearsOf(planned.pilot, from, h);
  const lastMileAhead = yearsOf(planned.lastMile, from, h);
  const none = new Array<number>(Math.ceil(h / 12)).fill(0);
  // What the budget counts: an idea's pilot and last mile; a running or finished pilot's last mile; nothing once committed.
  const split =
    stage === 'idea'
      ? { pilot: pilotAhead.byYear, lastMile: lastMileAhead.byYear }
      : stage === 'pilot' || stage === 'pilot-succeeded'
        ? { pilot: none, lastMile: lastMileAhead.byYear }
        : { pilot: none, lastMile: none };
  const fundingByYear = addYears(split.pilot, split.lastMile);
  const fundingCost = stage === 'idea' ? pilotAhead.total + lastMileAhead.total : stage === 'pilot' || stage === 'pilot-succeeded' ? lastMileAhead.total : 0;
  const committed = stage === 'pilot' ? pilotAhead.total : stage === 'last-mile' ? lastMileAhead.total : 0;
  const forwardExpected = p === null ? null : expectedNpv(npvPilot, npvRest, p);
  const fundingValue = p === null ? null : stage === 'pilot' || stage === 'pilot-succeeded' ? Math.min(Math.max(p, 0), 1) * npvRest : forwardExpected;

  let wholeCost = early.pilot + early.lastMile + early.run;
  let wholeBenefit = early.benefit;
  for (let i = 0; i < h; i++) {
    wholeCost += schedule.pilot[i]! + schedule.lastMile[i]! + schedule.run[i]!;
    wholeBenefit += schedule.benefit[i]!;
  }

  // base is this call's own object: the forward figures are written over it (a copy of its twenty-odd fields cost more).
  const figures = Object.assign(base, {
    npv: npvPilot + npvRest,
    npvPilot,
    npvRest,
    expectedNpv: forwardExpected,
    probability: p,
    paybackMonth: payback === null || payback === 0 ? payback : payback + today - 1,
    roi: roiOf(fwdBenefit, fwdCost),
    living: {
      stage,
      today,
      sunk,
      committed,
      fundingCost,
      fundingByYear,
      fundingSplitByYear: split,
      fundingValue,
      probabilitySource: source,
      needsEvidence,
      wholeLife: withIrr({ npv: base.npv, paybackMonth: base.paybackMonth, roi: roiOf(wholeBenefit, wholeCost), cost: wholeCost, benefit: wholeBenefit }, wholeIrr),
    },
  });
  // IRR of the flows from today on (the plan's own while the plan has not started).
  const metrics: TrackedMetrics = withIrr(figures, today <= 1 ? wholeIrr : irrCell(() => netAgain().slice(today - 1)));
  return { schedule, metrics };
}

/** An idea seen from the plan's first month: nothing spent or committed, every figure forward and whole-life alike. */
function splitOf(uc: UseCase, horizon: number): { pilot: number[]; lastMile: number[] } {
  const planned = plannedInvestmentMonths(uc, { pilot: Infinity, lastMile: Infinity, all: Infinity });
  return { pilot: yearsOf(planned.pilot, 1, horizon).byYear, lastMile: yearsOf(planned.lastMile, 1, horizon).byYear };
}

function ideaFromStart(uc: UseCase, base: CaseFigures, schedule: TrackedSchedule, wholeIrr: IrrCell): LivingFigures {
  let cost = 0;
  let benefit = 0;
  for (let i = 0; i < schedule.horizon; i++) {
    cost += schedule.pilot[i]! + schedule.lastMile[i]! + schedule.run[i]!;
    benefit += schedule.benefit[i]!;
  }
  return {
    stage: 'idea',
    today: schedule.today,
    sunk: { investment: 0, run: 0, total: 0, benefit: 0 },
    committed: 0,
    fundingCost: base.totalInvestment,
    fundingByYear: base.investmentByPlanYear,
    fundingSplitByYear: splitOf(uc, schedule.horizon),
    fundingValue: base.expectedNpv,
    probabilitySource: 'readiness',
    needsEvidence: false,
    wholeLife: withIrr({ npv: base.npv, paybackMonth: base.paybackMonth, roi: base.roi, cost, benefit }, wholeIrr),
  };
}
