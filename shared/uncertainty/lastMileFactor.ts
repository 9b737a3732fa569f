import { LAST_MILE_CATEGORIES, type LastMileCosts } from '../domain';
import type { Distribution, Range } from './distributions';
import type { EffectiveRanges } from './effectiveRanges';
import { drawFrom, quantileTable, TABLE_STEPS, type QuantileTable } from './quantileTable';
import { seededUniform } from './random';
import { percentile } from './distributions';

/**
 * The factor on a use case's last mile when some cost categories have ranges of their own (docs/uncertainty.md,
 * "Last mile per category"). The last mile is spread evenly over its months, every category in the plan's shares w_c,
 * so its cost in any month is the plan's times Σ w_c f_c: one factor, the weighted sum of independent category factors
 * (every category without a range of its own follows the last-mile range: those move together, one factor for all).
 * That sum has no closed-form law, so its quantile table is built from a seeded presample of PRESAMPLE sums, each
 * category's factor drawn by Latin hypercube sampling (every 1/PRESAMPLE slice of its law drawn exactly once, the
 * slices paired at random), which holds the sum's mean and variance far tighter than independent draws would. The
 * table's ends are the sum's true least and greatest values; between them, the presample's PERCENTILE.INC.
 */
export const PRESAMPLE = 16_384;

interface Part {
  weight: number;
  range: Range;
}

/** FNV-1a of a text: the presample's stream depends on what it samples, never on ids or on other use cases. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The weighted parts of the last mile: categories with ranges of their own, and the rest following the last-mile range. */
function partsOf(costs: LastMileCosts, ranges: EffectiveRanges): Part[] {
  const total = LAST_MILE_CATEGORIES.reduce((s, c) => s + costs[c], 0);
  if (!(total > 0)) return [];
  const parts: Part[] = [];
  let following = 0;
  for (const c of LAST_MILE_CATEGORIES) {
    if (costs[c] <= 0) continue;
    const own = ranges.lastMileByCategory[c];
    if (own) parts.push({ weight: costs[c] / total, range: own });
    else following += costs[c];
  }
  if (following > 0) parts.push({ weight: following / total, range: ranges.lastMileCost });
  return parts;
}

/** The quantile table of the last-mile factor of a use case (the last-mile range's own table when no category has one). */
export function lastMileFactorTable(costs: LastMileCosts, ranges: EffectiveRanges, seed: number): QuantileTable {
  const d: Distribution = ranges.distribution;
  const parts = partsOf(costs, ranges);
  if (parts.length === 0 || (parts.length === 1 && parts[0]!.range === ranges.lastMileCost)) return quantileTable(ranges.lastMileCost, d);
  const tables = parts.map((p) => quantileTable(p.range, d));
  if (tables.every((t) => t.constant !== null)) {
    const first = tables[0]!.constant!;
    // All factors alike: exactly that factor (a weighted sum of weights would round off a hair from it).
    if (tables.every((t) => t.constant === first)) return { constant: first, values: new Float64Array(0) };
    return { constant: parts.reduce((s, p, i) => s + p.weight * tables[i]!.constant!, 0), values: new Float64Array(0) };
  }
  const u = seededUniform((seed ^ hash(`${d}|${parts.map((p) => `${p.weight}:${p.range.low}:${p.range.likely}:${p.range.high}`).join('|')}`)) >>> 0);
  const sums = new Float64Array(PRESAMPLE);
  const slices = new Uint32Array(PRESAMPLE);
  parts.forEach((p, k) => {
    const t = tables[k]!;
    if (t.constant !== null) {
      for (let i = 0; i < PRESAMPLE; i++) sums[i] = sums[i]! + p.weight * t.constant;
      return;
    }
    // A random pairing of slices (Fisher–Yates), then one draw within each slice.
    for (let i = 0; i < PRESAMPLE; i++) slices[i] = i;
    for (let i = PRESAMPLE - 1; i > 0; i--) {
      const j = Math.floor(u() * (i + 1));
      const tmp = slices[i]!;
      slices[i] = slices[j]!;
      slices[j] = tmp;
    }
    for (let i = 0; i < PRESAMPLE; i++) sums[i] = sums[i]! + p.weight * drawFrom(t, (slices[i]! + u()) / PRESAMPLE);
  });
  sums.sort();
  const values = new Float64Array(TABLE_STEPS + 1);
  for (let k = 0; k <= TABLE_STEPS; k++) values[k] = percentile(sums, k / TABLE_STEPS);
  values[0] = parts.reduce((s, p) => s + p.weight * p.range.low, 0);
  values[TABLE_STEPS] = parts.reduce((s, p) => s + p.weight * p.range.high, 0);
  // Keep the table ascending where the true ends and the presample meet.
  values[0] = Math.min(values[0]!, values[1]!);
  values[TABLE_STEPS] = Math.max(values[TABLE_STEPS]!, values[TABLE_STEPS - 1]!);
  return { constant: null, values };
}
