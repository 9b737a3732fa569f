import { PERT_LAMBDA, triangularQuantile, type Distribution, type Range } from './distributions';

/**
 * Fast draws for simulations: a range's inverse distribution function sampled at TABLE_STEPS + 1 evenly spaced
 * probabilities, read with linear interpolation, so a draw costs one uniform and one lookup instead of two Gamma
 * draws. PERT quantiles come from the Beta density integrated on a fine grid (the density is bounded and smooth for
 * λ = 4: both shapes lie in [1, 5]); triangular quantiles are exact at the table's points. Statistical tests hold the
 * table's draws to the closed-form mean and variance (tests/unit/uncertainty).
 */
export const TABLE_STEPS = 1024;
const GRID = 4096;

export interface QuantileTable {
  /** Zero width: every draw is exactly this value (no table). */
  constant: number | null;
  /** TABLE_STEPS + 1 quantiles of the range, at p = k / TABLE_STEPS. */
  values: Float64Array;
}

function betaQuantiles(alpha: number, betaShape: number): Float64Array {
  // Cumulative density on the grid (trapezoid rule), normalised; then inverted at the table's probabilities.
  const cdf = new Float64Array(GRID + 1);
  const density = (x: number) => Math.pow(x, alpha - 1) * Math.pow(1 - x, betaShape - 1);
  let previous = density(0);
  for (let i = 1; i <= GRID; i++) {
    const current = density(i / GRID);
    cdf[i] = cdf[i - 1]! + (previous + current) / (2 * GRID);
    previous = current;
  }
  const total = cdf[GRID]!;
  const out = new Float64Array(TABLE_STEPS + 1);
  let j = 0;
  for (let k = 0; k <= TABLE_STEPS; k++) {
    const target = (k / TABLE_STEPS) * total;
    while (j < GRID && cdf[j + 1]! < target) j++;
    const lo = cdf[j]!;
    const hi = cdf[Math.min(j + 1, GRID)]!;
    const frac = hi > lo ? (target - lo) / (hi - lo) : 0;
    out[k] = Math.min(1, (j + frac) / GRID);
  }
  out[0] = 0;
  out[TABLE_STEPS] = 1;
  return out;
}

const cache = new Map<string, QuantileTable>();

/** The quantile table of a range under a law (kept: a policy's ranges are shared by every use case). */
export function quantileTable(r: Range, distribution: Distribution): QuantileTable {
  const key = `${distribution}|${r.low}|${r.likely}|${r.high}`;
  let table = cache.get(key);
  if (!table) {
    if (cache.size > 256) cache.clear();
    table = buildTable(r, distribution);
    cache.set(key, table);
  }
  return table;
}

function buildTable(r: Range, distribution: Distribution): QuantileTable {
  const width = r.high - r.low;
  if (width === 0) return { constant: r.likely, values: new Float64Array(0) };
  if (distribution === 'triangular') {
    return { constant: null, values: Float64Array.from({ length: TABLE_STEPS + 1 }, (_, k) => triangularQuantile(r, k / TABLE_STEPS)) };
  }
  const alpha = 1 + (PERT_LAMBDA * (r.likely - r.low)) / width;
  const betaShape = 1 + (PERT_LAMBDA * (r.high - r.likely)) / width;
  const unit = betaQuantiles(alpha, betaShape);
  for (let k = 0; k <= TABLE_STEPS; k++) unit[k] = r.low + unit[k]! * width;
  return { constant: null, values: unit };
}

/** A draw from the table for a uniform u ∈ [0, 1). */
export function drawFrom(table: QuantileTable, u: number): number {
  if (table.constant !== null) return table.constant;
  const pos = u * TABLE_STEPS;
  const i = pos | 0;
  const v = table.values;
  return v[i]! + (v[i + 1]! - v[i]!) * (pos - i);
}

const constants = new Map<number, Float64Array>();

/**
 * The table's TABLE_STEPS + 1 values, a zero-width range's too (every entry its value, so interpolating between two
 * entries gives that value exactly): what the simulation's inner loop reads, with no branch for constants.
 */
export function tableValues(table: QuantileTable): Float64Array {
  if (table.constant === null) return table.values;
  let values = constants.get(table.constant);
  if (!values) {
    if (constants.size > 256) constants.clear();
    values = new Float64Array(TABLE_STEPS + 1).fill(table.constant);
    constants.set(table.constant, values);
  }
  return values;
}
