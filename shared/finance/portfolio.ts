import { paybackMonth } from './cashMetrics';
import type { CashFlowSchedule } from './schedule';

export interface PortfolioSchedule {
  horizon: number;
  pilot: number[];
  lastMile: number[];
  run: number[];
  benefit: number[];
  net: number[];
  cumulative: number[];
  /** Payback of the summed net flows (same convention as `paybackMonth`). */
  paybackMonth: number | null;
}

/**
 * Month-by-month sum of the schedules of a funded set over `horizon` months (entries past a schedule's own
 * length count as 0; months past `horizon` are dropped), with its cumulative net and payback month.
 * Unrisked: every schedule is counted in full.
 */
export function portfolioSchedule(schedules: readonly CashFlowSchedule[], horizon: number): PortfolioSchedule {
  const h = Math.max(0, Math.trunc(horizon));
  const zeros = () => new Array<number>(h).fill(0);
  const pilot = zeros(), lastMile = zeros(), run = zeros(), benefit = zeros(), net = zeros(), cumulative = zeros();
  for (const s of schedules) {
    const n = Math.min(h, s.horizon);
    for (let i = 0; i < n; i++) {
      pilot[i] = (pilot[i] ?? 0) + (s.pilot[i] ?? 0);
      lastMile[i] = (lastMile[i] ?? 0) + (s.lastMile[i] ?? 0);
      run[i] = (run[i] ?? 0) + (s.run[i] ?? 0);
      benefit[i] = (benefit[i] ?? 0) + (s.benefit[i] ?? 0);
      net[i] = (net[i] ?? 0) + (s.net[i] ?? 0);
    }
  }
  let acc = 0;
  for (let i = 0; i < h; i++) {
    acc += net[i] ?? 0;
    cumulative[i] = acc;
  }
  return { horizon: h, pilot, lastMile, run, benefit, net, cumulative, paybackMonth: paybackMonth(net) };
}
