import { LAST_MILE_CATEGORIES, type FactorRange, type UncertaintyPolicySettings, type UseCase } from '../domain';
import type { LivingFigures } from '../finance';
import { drawFrom, quantileTable, type QuantileTable } from './quantileTable';
import { seededUniform } from './random';
import { selectPercentiles } from './select';

/**
 * The P90 cost of a candidate (docs/scenarios.md, "Funding against the P90 cost"): the amount its investment still to
 * decide — the pilot and last mile the budget counts (docs/living-portfolio.md) — stays under in 90% of draws of its
 * cost ranges. The ranges are the use case's own, else the workspace policy's: the pilot's, and the last mile's per
 * category (a category without its own range follows the last mile's, all such categories drawn together); the
 * policy's shared overrun, when set, multiplies both. Durations move when money is spent, not how much: they do not
 * enter. Seeded with the policy's seed (each kind of cost its own stream), so the answer is the same on every machine
 * and does not depend on which other candidates exist. A range of zero width gives the likely cost exactly.
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

const sum = (xs: readonly number[]) => xs.reduce((s, v) => s + v, 0);

/** The weighted parts of the cost (weight = money of the part, slot = which draw it takes, table = its factor's law). */
interface Part {
  weight: number;
  slot: number;
  table: QuantileTable;
}

/** Draw slots: the pilot, the last mile's categories that follow its range, each category with its own, the overrun. */
const PILOT_SLOT = 0;
const LAST_MILE_SLOT = 1;
const categorySlot = (index: number) => 2 + index;
const OVERRUN_SLOT = 2 + LAST_MILE_CATEGORIES.length;

function costParts(uc: UseCase, living: Funding, policy: UncertaintyPolicySettings): Part[] {
  const own = uc.ranges;
  const distribution = own.distribution ?? policy.distribution;
  const table = (r: FactorRange) => quantileTable(r, distribution);
  const parts: Part[] = [];
  const pilot = sum(living.fundingSplitByYear.pilot);
  if (pilot > 0) parts.push({ weight: pilot, slot: PILOT_SLOT, table: table(own.pilotCost ?? policy.pilotCost) });
  const lastMile = sum(living.fundingSplitByYear.lastMile);
  if (lastMile > 0) {
    // The last mile still to spend, split by the plan's category shares (it is spread evenly over its months).
    const costs = uc.lastMile.costs;
    const planned = LAST_MILE_CATEGORIES.reduce((s, c) => s + costs[c], 0);
    let following = planned > 0 ? 0 : lastMile;
    LAST_MILE_CATEGORIES.forEach((c, index) => {
      if (planned <= 0 || costs[c] <= 0) return;
      const share = (lastMile * costs[c]) / planned;
      const range = own.lastMileByCategory[c];
      if (range) parts.push({ weight: share, slot: categorySlot(index), table: table(range) });
      else following += share;
    });
    if (following > 0) parts.push({ weight: following, slot: LAST_MILE_SLOT, table: table(own.lastMileCost ?? policy.lastMileCost) });
  }
  return parts;
}

/**
 * The draws of one slot under one law: trials factors from the slot's own seeded stream. Every candidate reads the same
 * draws (each P90 is of one candidate alone, so sharing them changes no answer), so they are made once and kept.
 */
const kept = new WeakMap<QuantileTable, Map<string, Float64Array>>();

function drawsOf(slot: number, table: QuantileTable, trials: number, seed: number): Float64Array {
  const key = `${seed}|${trials}|${slot}`;
  let byKey = kept.get(table);
  if (!byKey) kept.set(table, (byKey = new Map()));
  let draws = byKey.get(key);
  if (!draws) {
    const u = new Float64Array(trials);
    seededUniform((seed ^ Math.imul(slot + 1, 0x9e3779b1)) >>> 0).fill(u);
    draws = u.map((x) => drawFrom(table, x));
    byKey.set(key, draws);
  }
  return draws;
}

let scratch = new Float64Array(0);

/** The P90 of (Σ weight × factor) × overrun ÷ Σ weight over the trials: what the likely cost is multiplied by. */
function p90Ratio(parts: readonly Part[], overrun: QuantileTable | null, trials: number, seed: number): number {
  const total = parts.reduce((s, p) => s + p.weight, 0);
  if (total <= 0) return 1;
  let constant = 0;
  const varying: { share: number; draws: Float64Array }[] = [];
  for (const p of parts) {
    if (p.table.constant !== null) constant += p.weight * p.table.constant;
    else varying.push({ share: p.weight / total, draws: drawsOf(p.slot, p.table, trials, seed) });
  }
  const o = overrun && overrun.constant === null ? drawsOf(OVERRUN_SLOT, overrun, trials, seed) : null;
  const oc = overrun?.constant ?? 1;
  // Zero width everywhere: no draw, the likely figures (exactly 1 when every likely factor is 1).
  if (varying.length === 0 && !o) return (constant * oc) / total;
  if (scratch.length !== trials) scratch = new Float64Array(trials);
  const ratios = scratch;
  ratios.fill(constant / total);
  for (const v of varying) {
    const { share, draws } = v;
    for (let t = 0; t < trials; t++) ratios[t] = ratios[t]! + share * draws[t]!;
  }
  if (o) for (let t = 0; t < trials; t++) ratios[t] = ratios[t]! * o[t]!;
  else if (oc !== 1) for (let t = 0; t < trials; t++) ratios[t] = ratios[t]! * oc;
  return selectPercentiles(ratios, [P90])[0]!;
}

/** The candidate's P90 cost and its spend per plan year at that basis. */
export function p90Cost(uc: UseCase, living: Funding, policy: UncertaintyPolicySettings): CostAtBasis {
  if (!(living.fundingCost > 0)) return { cost: living.fundingCost, byYear: [...living.fundingByYear] };
  const parts = costParts(uc, living, policy);
  const overrun = policy.sharedOverrun ? quantileTable(policy.sharedOverrun, uc.ranges.distribution ?? policy.distribution) : null;
  const ratio = p90Ratio(parts, overrun, policy.trials, policy.seed >>> 0);
  if (ratio === 1) return { cost: living.fundingCost, byYear: [...living.fundingByYear] };
  return { cost: living.fundingCost * ratio, byYear: living.fundingByYear.map((v) => v * ratio) };
}
