import type { ActualMonth, Readiness, Stage, StageChange, UseCase } from '../domain';
import { planMonthToCalendar } from '../finance/calendar';
import { monthlyBenefitAtFull, monthlyRunCost } from '../finance/runCost';
import { DEMO_PUBLISHED_EXAMPLE_USE_CASE_NAME } from './demoUseCasesBackOffice';

/**
 * The demo in mid-flight (docs/living-portfolio.md): the plan started DEMO_MONTHS_UNDER_WAY months before today, so
 * today is plan month T = DEMO_MONTHS_UNDER_WAY + 1. Four candidates have a life: a document reader whose last mile
 * runs over plan, a forecast whose pilot finished and waits for its last-mile decision, seller licences in production
 * and an AP agent stopped during its pilot. Every other candidate is an idea: one planned to start before today starts
 * today instead (nothing of an idea is spent), later ones keep their month; the horizon stays three years from the
 * plan start. Pure: months are worked out from the plan start.
 */
export const DEMO_MONTHS_UNDER_WAY = 6;
/** How far the demo's last mile runs over plan (a quarter: well over the 10% flag). */
export const DEMO_LAST_MILE_OVERRUN = 0.25;

/** The planning start of a demo opened in `todayMonth` ('YYYY-MM'). */
export function demoPlanningStart(todayMonth: string): string {
  return planMonthToCalendar(todayMonth, 1 - DEMO_MONTHS_UNDER_WAY);
}

type Step = readonly [stage: Stage, planMonth: number, by: string, note: string];

interface DemoLife {
  /** The plan's start month for this candidate (kept as planned for work under way). */
  startMonth: number;
  steps: readonly Step[];
  /** Actual spend per plan month as a share of the plan: [pilot, last mile, run, benefit]. */
  actualShare: readonly [number, number, number, number];
  /** Readiness re-assessed when the pilot finished (what it showed), applied to the candidate too. */
  evidence?: Partial<Record<keyof Readiness, readonly [number, string]>>;
}

const T = DEMO_MONTHS_UNDER_WAY + 1;

const LIVES: Record<string, DemoLife> = {
  [DEMO_PUBLISHED_EXAMPLE_USE_CASE_NAME]: {
    startMonth: 1,
    steps: [
      ['pilot', 1, 'Dana Okafor (CFO)', 'Pilot funded at the first portfolio review.'],
      ['pilot-succeeded', 4, 'Dana Okafor (CFO)', '94% of documents read without a correction; review queue works for the AP clerks.'],
      ['last-mile', 5, 'Board', 'Last mile funded at the board: integration with the ERP and the review queue.'],
    ],
    actualShare: [1, 1 + DEMO_LAST_MILE_OVERRUN, 1, 1],
    evidence: { data: [3, 'Pilot confirmed the folder structure needs a clean-up before go-live.'] },
  },
  'Branch-level demand forecasting for fast movers': {
    startMonth: T - 4,
    steps: [
      ['pilot', T - 4, 'Luis Ferreira (COO)', 'Four-month pilot on twelve branches.'],
      ['pilot-succeeded', T - 1, 'Luis Ferreira (COO)', 'Forecast error down 31% on the pilot branches; stock-outs down on 40 fast movers.'],
    ],
    actualShare: [1.05, 1, 1, 1],
    evidence: {
      data: [4, 'The pilot cleaned two years of branch sales; the feed now runs nightly.'],
      organisation: [4, 'Branch managers on the pilot asked to keep the forecasts.'],
    },
  },
  'AI assistant licences for every seller': {
    startMonth: 1,
    steps: [
      ['pilot', 1, 'Priya Nair (Sales Director)', 'Twenty licences for two months.'],
      ['pilot-succeeded', 2, 'Priya Nair (Sales Director)', 'Sellers saved about six hours a month each on proposals.'],
      ['last-mile', 3, 'Priya Nair (Sales Director)', 'Roll-out to every seller funded.'],
      ['production', 6, 'Priya Nair (Sales Director)', 'Live for all sellers.'],
    ],
    actualShare: [1, 0.95, 1.04, 0.9],
    evidence: { organisation: [4, 'Sellers on the pilot use it daily.'] },
  },
  'AP agent that matches, chases suppliers and schedules payments': {
    startMonth: 1,
    steps: [
      ['pilot', 1, 'Dana Okafor (CFO)', 'Pilot on one supplier group.'],
      ['stopped', 4, 'Dana Okafor (CFO)', 'Stopped: the duplicate suppliers made payments unsafe; the document reader goes first.'],
    ],
    actualShare: [1.1, 0, 0, 0],
  },
};

/** A calendar month's mid-month timestamp (when a stage change was recorded). */
const stamp = (month: string) => `${month}-15T10:00:00.000Z`;

/** The planned monthly flows of a use case's pilot and last mile (even spend, as the schedule spreads them). */
function plannedSpend(uc: UseCase, m: number): { pilot: number; lastMile: number } {
  const s = uc.startMonth;
  const p = uc.pilot.months;
  const l = uc.lastMile.months;
  const lastMile = Object.values(uc.lastMile.costs).reduce((a, b) => a + b, 0);
  return {
    pilot: m >= s && m < s + p ? uc.pilot.cost / p : 0,
    lastMile: l > 0 && m >= s + p && m < s + p + l ? lastMile / l : 0,
  };
}

/**
 * Actuals of a candidate with a life, plan month 1 to T − 1: the plan's spend scaled by its shares, stopping after the
 * month it stopped; run cost and benefit once live, taken from `live` (the plan's monthly run cost and full benefit).
 */
function actualsOf(uc: UseCase, life: DemoLife, start: string, live: { run: number; benefit: number }): ActualMonth[] {
  const [pilotShare, lastMileShare, runShare, benefitShare] = life.actualShare;
  const last = life.steps[life.steps.length - 1]!;
  const end = last[0] === 'stopped' ? last[1] : T - 1;
  const goLive = uc.startMonth + uc.pilot.months + uc.lastMile.months;
  const out: ActualMonth[] = [];
  for (let m = uc.startMonth; m <= end; m++) {
    const plan = plannedSpend(uc, m);
    const isLive = m >= goLive;
    const ramp = isLive ? Math.min(1, (m - goLive + 1) / Math.max(1, uc.benefits.rampUpMonths)) : 0;
    out.push({
      month: planMonthToCalendar(start, m),
      pilot: Math.round(plan.pilot * pilotShare),
      lastMile: Math.round(plan.lastMile * lastMileShare),
      lastMileByCategory: null,
      run: isLive ? Math.round(live.run * runShare) : 0,
      benefit: isLive ? Math.round(live.benefit * ramp * benefitShare) : 0,
    });
  }
  return out;
}

/**
 * The demo use cases as they stand in plan month T: lives, actuals and re-assessed readiness for four of them; the
 * ideas start no earlier than today.
 */
export function inMidFlight(useCases: readonly UseCase[], ws: { planningStartMonth: string; labourRate: number }): UseCase[] {
  const { planningStartMonth } = ws;
  const live = (uc: UseCase) => ({ run: monthlyRunCost(uc.runCost), benefit: monthlyBenefitAtFull(uc.benefits, ws.labourRate) });
  return useCases.map((uc) => {
    const life = LIVES[uc.name];
    if (!life) return { ...uc, startMonth: Math.max(uc.startMonth, T) };
    const readiness: Readiness = { ...uc.readiness };
    for (const [d, v] of Object.entries(life.evidence ?? {}) as [keyof Readiness, readonly [number, string]][]) readiness[d] = { score: v[0], note: v[1] };
    const history: StageChange[] = life.steps.map(([stage, m, by, note]) => {
      const month = planMonthToCalendar(planningStartMonth, m);
      return { stage, month, at: stamp(month), by, note, evidence: stage === 'pilot-succeeded' ? readiness : null };
    });
    const planned = { ...uc, startMonth: life.startMonth, readiness };
    return { ...planned, lifecycle: { history, decisions: [] }, actuals: actualsOf(planned, life, planningStartMonth, live(planned)) };
  });
}
