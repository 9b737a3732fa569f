import { totalLastMileCost, type UseCaseInput, type WorkspaceSettings } from '../domain';
import { monthlyBenefitAtFull, monthlyRunCost } from './runCost';

/**
 * Monthly cash flows of one use case over the plan horizon. Every array has `horizon` entries; index 0 is
 * plan month 1. Costs are positive numbers; net = benefit − pilot − lastMile − run; cumulative is the running
 * sum of net. Months after the horizon are cut off (not counted anywhere).
 */
export interface CashFlowSchedule {
  horizon: number;
  /** Plan month in which the pilot starts (s). */
  startMonth: number;
  /** First plan month of the last mile (s + P). */
  lastMileStartMonth: number;
  /** Plan month of go-live (g = s + P + L): run cost and benefit start here. May lie beyond the horizon. */
  goLiveMonth: number;
  pilot: number[];
  lastMile: number[];
  run: number[];
  benefit: number[];
  net: number[];
  cumulative: number[];
}

/**
 * Share of full benefit in month g + k (k = 0, 1, …) with R ramp-up months: (k + 1)/(R + 1) while k < R, then 1.
 * So R = 0 is full at go-live, R = 1 gives ½ then full, R = 3 gives ¼, ½, ¾ then full from month g + R.
 */
export function benefitRampShare(monthsSinceGoLive: number, rampUpMonths: number): number {
  if (monthsSinceGoLive < 0) return 0;
  if (monthsSinceGoLive >= rampUpMonths) return 1;
  return (monthsSinceGoLive + 1) / (rampUpMonths + 1);
}

/**
 * Cash-flow schedule per docs/domain.md: pilot cost spread evenly over months s…s+P−1, last-mile cost evenly over
 * the next L months (L = 0: booked in the pilot's last month), go-live g = s+P+L, run cost every month from g,
 * benefit ramping per `benefitRampShare` from g. Flows falling after the horizon are dropped.
 */
export function useCaseSchedule(uc: UseCaseInput, ws: WorkspaceSettings): CashFlowSchedule {
  const h = ws.horizonMonths;
  const s = uc.startMonth;
  const p = uc.pilot.months;
  const l = uc.lastMile.months;
  const g = s + p + l;
  const pilotPerMonth = uc.pilot.cost / p;
  const lastMileTotal = totalLastMileCost(uc.lastMile.costs);
  // L = 0: the whole last mile falls in the pilot's last month (s + P − 1); otherwise evenly over s+P … g−1.
  const lastMileFrom = l === 0 ? s + p - 1 : s + p;
  const lastMileTo = l === 0 ? s + p : g;
  const lastMilePerMonth = l === 0 ? lastMileTotal : lastMileTotal / l;
  const runPerMonth = monthlyRunCost(uc.runCost);
  const full = monthlyBenefitAtFull(uc.benefits, ws.labourRate);
  const ramp = uc.benefits.rampUpMonths;

  const pilot = new Array<number>(h);
  const lastMile = new Array<number>(h);
  const run = new Array<number>(h);
  const benefit = new Array<number>(h);
  const net = new Array<number>(h);
  const cumulative = new Array<number>(h);
  let acc = 0;
  for (let m = 1; m <= h; m++) {
    const pm = m >= s && m < s + p ? pilotPerMonth : 0;
    const lm = m >= lastMileFrom && m < lastMileTo ? lastMilePerMonth : 0;
    const live = m >= g;
    const rm = live ? runPerMonth : 0;
    const bm = live ? full * benefitRampShare(m - g, ramp) : 0;
    const n = bm - pm - lm - rm;
    acc += n;
    const i = m - 1;
    pilot[i] = pm;
    lastMile[i] = lm;
    run[i] = rm;
    benefit[i] = bm;
    net[i] = n;
    cumulative[i] = acc;
  }
  return { horizon: h, startMonth: s, lastMileStartMonth: s + p, goLiveMonth: g, pilot, lastMile, run, benefit, net, cumulative };
}
