import { beta, type Uniform } from './random';

/**
 * Three-point estimates (docs/uncertainty.md): low / likely / high, drawn as PERT(a, m, b) with λ = 4 by default
 * (mean (a + 4m + b) / 6) or triangular on request (mean (a + m + b) / 3). A range of zero width gives the likely
 * value exactly, so a simulation over zero-width ranges reproduces the deterministic figures.
 */
export type Distribution = 'pert' | 'triangular';

export interface Range {
  low: number;
  likely: number;
  high: number;
}

/** The PERT shape parameter of the convention. */
export const PERT_LAMBDA = 4;

/** Why a range is not usable, in plain words; null when low ≤ likely ≤ high, all finite. */
export function rangeProblem(r: Range, label: string): string | null {
  if (![r.low, r.likely, r.high].every(Number.isFinite)) return `${label}: low, likely and high must be numbers`;
  if (r.low > r.likely) return `${label}: low must not be above likely`;
  if (r.likely > r.high) return `${label}: high must not be below likely`;
  return null;
}

export function mean(r: Range, distribution: Distribution): number {
  return distribution === 'pert' ? (r.low + PERT_LAMBDA * r.likely + r.high) / (PERT_LAMBDA + 2) : (r.low + r.likely + r.high) / 3;
}

export function variance(r: Range, distribution: Distribution): number {
  const { low: a, likely: m, high: b } = r;
  if (distribution === 'triangular') return (a * a + b * b + m * m - a * b - a * m - b * m) / 18;
  const mu = mean(r, 'pert');
  return ((mu - a) * (b - mu)) / (PERT_LAMBDA + 3);
}

/** Inverse CDF of the triangular distribution at p ∈ [0, 1). */
export function triangularQuantile(r: Range, p: number): number {
  const { low: a, likely: m, high: b } = r;
  const width = b - a;
  if (width === 0) return m;
  const split = (m - a) / width;
  return p < split ? a + Math.sqrt(p * width * (m - a)) : b - Math.sqrt((1 - p) * width * (b - m));
}

/** One draw from the range. */
export function draw(r: Range, distribution: Distribution, u: Uniform): number {
  const width = r.high - r.low;
  if (width === 0) return r.likely;
  if (distribution === 'triangular') return triangularQuantile(r, u());
  const alpha = 1 + (PERT_LAMBDA * (r.likely - r.low)) / width;
  const betaShape = 1 + (PERT_LAMBDA * (r.high - r.likely)) / width;
  return r.low + beta(alpha, betaShape, u) * width;
}

/** The value below which a share `p` of sorted values lies (linear interpolation between order statistics, as PERCENTILE.INC). */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const pos = Math.min(Math.max(p, 0), 1) * (n - 1);
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}
