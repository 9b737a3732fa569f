import { LAST_MILE_CATEGORIES, type FactorRange, type UncertaintyPolicySettings, type UseCase } from '../domain';
import type { LivingFigures } from '../finance';
import { drawFrom, quantileTable, type QuantileTable } from './quantileTable';
import { seededUniform } from './random';
import { selectPercentiles } from './select';

/**
 * The P90 cost of a candidate (docs/uncertainty.md, "Funding against the P90 cost"): the amount its investment still to
 * decide — the pilot and last mile the budget counts (docs/living-portfolio.md) — stays under in 90% of draws of its
 * cost ranges. The ranges are the use case's own, else the workspace policy's: the pilot's, and the last mile's per
 * category (a category without its own range follows the last mile's, all such categories drawn together); the
 * policy's shared overrun, when set, multiplies both. Durations move when money is spent, not how much: they do not
 * enter. Seeded with the policy's seed and the candidate's id, so the answer is the same on every machine and does not
 * depend on which other candidates exist. A range of zero width gives the likely cost exactly.
 */
export interface CostAtBasis {
  /** What the budget counts for the candidate. */
  cost: number;
  /** The same per plan year: each year's likely spend scaled in proportion. */
  byYear: number[];
}

/** The P90 share of trials. */
export const P90 = 0.9;

type Funding = Pick<LivingFigures, 'fundingCost' | 'fundingByYear' | 'fundingSplitByYear'>;

/** FNV-1a of the id: each candidate draws its own stream. */
function idHash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const sum = (xs: readonly number[]) => xs.reduce((s, v) => s + v, 0);

/** The weighted parts of the cost (weight = money of the part, table = its factor's law). */
function costParts(uc: UseCase, living: Funding, policy: UncertaintyPolicySettings): { weight: number; table: QuantileTable }[] {
  const own = uc.ranges;
  const distribution = own.distribution ?? policy.distribution;
  const table = (r: FactorRange) => quantileTable(r, distribution);
  const parts: { weight: number; table: QuantileTable }[] = [];
  const pilot = sum(living.fundingSplitByYear.pilot);
  if (pilot > 0) parts.push({ weight: pilot, table: table(own.pilotCost ?? policy.pilotCost) });
  const lastMile = sum(living.fundingSplitByYear.lastMile);
  if (lastMile > 0) {
    // The last mile still to spend, split by the plan's category shares (it is spread evenly over its months).
    const costs = uc.lastMile.costs;
    const planned = LAST_MILE_CATEGORIES.reduce((s, c) => s + costs[c], 0);
    let following = planned > 0 ? 0 : lastMile;
    for (const c of LAST_MILE_CATEGORIES) {
      if (planned <= 0 || costs[c] <= 0) continue;
      const share = (lastMile * costs[c]) / planned;
      const range = own.lastMileByCategory[c];
      if (range) parts.push({ weight: share, table: table(range) });
      else following += share;
    }
    if (following > 0) parts.push({ weight: following, table: table(own.lastMileCost ?? policy.lastMileCost) });
  }
  return parts;
}

/** The P90 of (Σ weight × factor) × overrun ÷ Σ weight over the trials: what the likely cost is multiplied by. */
function p90Ratio(parts: readonly { weight: number; table: QuantileTable }[], overrun: QuantileTable | null, trials: number, seed: number): number {
  const total = parts.reduce((s, p) => s + p.weight, 0);
  if (total <= 0) return 1;
  if (parts.every((p) => p.table.constant !== null) && (overrun === null || overrun.constant !== null)) {
    // Zero width everywhere: no draw, the likely figures (exactly 1 when every likely factor is 1).
    return (parts.reduce((s, p) => s + p.weight * (p.table.constant as number), 0) * (overrun?.constant ?? 1)) / total;
  }
  const u = seededUniform(seed);
  const k = parts.length + (overrun ? 1 : 0);
  const draws = new Float64Array(trials * k);
  u.fill(draws);
  const ratios = new Float64Array(trials);
  for (let t = 0, at = 0; t < trials; t++) {
    let s = 0;
    for (const p of parts) s += p.weight * drawFrom(p.table, draws[at++]!);
    ratios[t] = (overrun ? s * drawFrom(overrun, draws[at++]!) : s) / total;
  }
  return selectPercentiles(ratios, [P90])[0]!;
}

/** The candidate's P90 cost and its spend per plan year at that basis. */
export function p90Cost(uc: UseCase, living: Funding, policy: UncertaintyPolicySettings): CostAtBasis {
  if (!(living.fundingCost > 0)) return { cost: living.fundingCost, byYear: [...living.fundingByYear] };
  const parts = costParts(uc, living, policy);
  const overrun = policy.sharedOverrun ? quantileTable(policy.sharedOverrun, uc.ranges.distribution ?? policy.distribution) : null;
  const ratio = p90Ratio(parts, overrun, policy.trials, (policy.seed ^ idHash(uc.id)) >>> 0);
  if (ratio === 1) return { cost: living.fundingCost, byYear: [...living.fundingByYear] };
  return { cost: living.fundingCost * ratio, byYear: living.fundingByYear.map((v) => v * ratio) };
}
