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
 * Cash-flow schedule per PRODUCT.md: pilot cost spread evenly over months s…s+P−1, last-mile cost evenly over
 * the next L months (L = 0: booked in the pilot's last month), go-live g = s+P+L, run cost every month from g,
 * benefit ramping per `benefitRampShare` from g. Flows falling after the horizon are dropped.
 */
export function useCaseSchedule(uc: UseCaseInput, ws: WorkspaceSettings): CashFlowSchedule {
  const h = ws.horizonMonths;
  const s = uc.startMonth;
  const p = uc.pilot.months;
  const l = uc.lastMile.months;
  const g = s + p + l;
  const pilot = new Array<number>(h).fill(0);
  const lastMile = new Array<number>(h).fill(0);
  const run = new Array<number>(h).fill(0);
  const benefit = new Array<number>(h).fill(0);
  const net = new Array<number>(h).fill(0);
  const cumulative = new Array<number>(h).fill(0);

  const pilotPerMonth = uc.pilot.cost / p;
  for (let m = s; m < s + p && m <= h; m++) pilot[m - 1] = pilotPerMonth;

  const lastMileTotal = totalLastMileCost(uc.lastMile.costs);
  if (l === 0) {
    const m = s + p - 1;
    if (m <= h) lastMile[m - 1] = lastMileTotal;
  } else {
    const perMonth = lastMileTotal / l;
    for (let m = s + p; m < g && m <= h; m++) lastMile[m - 1] = perMonth;
  }

  const runPerMonth = monthlyRunCost(uc.runCost);
  const full = monthlyBenefitAtFull(uc.benefits, ws.labourRate);
  const ramp = uc.benefits.rampUpMonths;
  for (let m = g; m <= h; m++) {
    run[m - 1] = runPerMonth;
    benefit[m - 1] = full * benefitRampShare(m - g, ramp);
  }

  let acc = 0;
  for (let i = 0; i < h; i++) {
    const n = (benefit[i] ?? 0) - (pilot[i] ?? 0) - (lastMile[i] ?? 0) - (run[i] ?? 0);
    net[i] = n;
    acc += n;
    cumulative[i] = acc;
  }
  return { horizon: h, startMonth: s, lastMileStartMonth: s + p, goLiveMonth: g, pilot, lastMile, run, benefit, net, cumulative };
}

/** Sum of an array of monthly amounts. */
export function sumOf(values: readonly number[]): number {
  let t = 0;
  for (const v of values) t += v;
  return t;
}
