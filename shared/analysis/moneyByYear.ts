import type { WorkspaceSettings } from '../domain';
import type { CostBasis, PortfolioPlan } from '../portfolio';
import type { CandidateCase } from './candidates';
import { fundingCostAt } from './costBasis';

/** The funded set's money in one plan year (12 months from the planning start), against that year's cap. */
export interface PlanYearMoney {
  /** 1 = the first 12 plan months. */
  year: number;
  /** Plan months covered: (year − 1) × 12 + 1 … year × 12. */
  firstMonth: number;
  lastMonth: number;
  pilot: number;
  lastMile: number;
  /** Pilot + last mile: what the budget and the year's cap count (spend after the horizon included). */
  investment: number;
  /** Run cost of what is live (within the horizon only). */
  run: number;
  /** Benefit if every funded candidate reaches production (within the horizon only). */
  benefit: number;
  /** Benefit − investment − run. */
  net: number;
  /** The year's cap, or null when the year has none. */
  cap: number | null;
  /** Cap − investment (negative = over the cap); null without a cap. */
  headroom: number | null;
  /** Some months of this year lie after the horizon: their run cost and benefit are not counted. */
  beyondHorizon: boolean;
}

export interface MoneyByYear {
  /** What pilot and last mile count: the likely cost, or the P90 cost when the plan funds against it (costBasis.ts). */
  costBasis: CostBasis;
  years: PlanYearMoney[];
  totals: { pilot: number; lastMile: number; investment: number; run: number; benefit: number; net: number };
  /** Monthly run cost of the funded set once all of it is live, and the same over a year. */
  monthlyRunCost: number;
  annualRunCost: number;
}

/**
 * Spend per plan year of the funded set (pilot, last mile, run) and its benefits, against each year's cap with the
 * headroom, and the run cost once live. Investment counts spend after the horizon in its plan year, as the budget and
 * the caps do, so the years add up to the funded investment. Under a P90 cost basis pilot and last mile are each
 * candidate's P90 cost spread as its likely spend is, so the headroom is the one the caps are checked against.
 */
export function moneyByYear(rows: readonly CandidateCase[], fundedIds: ReadonlySet<string>, plan: Pick<PortfolioPlan, 'yearCaps'> & Partial<Pick<PortfolioPlan, 'costBasis'>>, ws: WorkspaceSettings): MoneyByYear {
  const costBasis = plan.costBasis ?? 'likely';
  const funded = rows.filter((r) => fundedIds.has(r.useCase.id));
  const horizon = ws.horizonMonths;
  const pilot: number[] = [];
  const lastMile: number[] = [];
  const run: number[] = [];
  const benefit: number[] = [];
  const add = (into: number[], y: number, v: number) => (into[y] = (into[y] ?? 0) + v);
  for (const r of funded) {
    // What the budget and the caps count: investment from today on, neither spent nor committed.
    const living = r.metrics.living;
    const split = living.fundingSplitByYear;
    const scale = costBasis === 'likely' || !(living.fundingCost > 0) ? 1 : fundingCostAt(r, costBasis).cost / living.fundingCost;
    split.pilot.forEach((v, y) => add(pilot, y, v * scale));
    split.lastMile.forEach((v, y) => add(lastMile, y, v * scale));
    for (let i = 0; i < r.schedule.horizon; i++) {
      const y = (i / 12) | 0;
      add(run, y, r.schedule.run[i] ?? 0);
      add(benefit, y, r.schedule.benefit[i] ?? 0);
    }
  }
  const lastCapped = plan.yearCaps.reduce<number>((last, c, i) => (c !== null ? i + 1 : last), 0);
  const count = Math.max(Math.ceil(horizon / 12), pilot.length, lastCapped);
  const years: PlanYearMoney[] = [];
  for (let y = 0; y < count; y++) {
    const p = pilot[y] ?? 0;
    const l = lastMile[y] ?? 0;
    const ru = run[y] ?? 0;
    const b = benefit[y] ?? 0;
    const cap = plan.yearCaps[y] ?? null;
    years.push({
      year: y + 1,
      firstMonth: y * 12 + 1,
      lastMonth: (y + 1) * 12,
      pilot: p,
      lastMile: l,
      investment: p + l,
      run: ru,
      benefit: b,
      net: b - p - l - ru,
      cap,
      headroom: cap === null ? null : cap - (p + l),
      beyondHorizon: (y + 1) * 12 > horizon,
    });
  }
  const sum = (f: (y: PlanYearMoney) => number) => years.reduce((s, y) => s + f(y), 0);
  const monthlyRunCost = funded.reduce((s, r) => s + r.metrics.monthlyRunCost, 0);
  return {
    costBasis,
    years,
    totals: { pilot: sum((y) => y.pilot), lastMile: sum((y) => y.lastMile), investment: sum((y) => y.investment), run: sum((y) => y.run), benefit: sum((y) => y.benefit), net: sum((y) => y.net) },
    monthlyRunCost,
    annualRunCost: monthlyRunCost * 12,
  };
}
