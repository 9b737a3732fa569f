/**
 * The one largest-remainder rounding of the app: a whole number of units (cents, or whole currency units) split in
 * proportion to weights, so that the parts are whole and add up to the total exactly. The units left after rounding
 * every exact part down go to the largest fractions, ties to the earlier part. Used for a last mile spread over its
 * categories (finance/estimate.ts, inventory reference classes and imports) and for AI spend split over its links
 * (spend/attribution.ts).
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const units = Math.max(0, Math.round(total));
  const positive = weights.map((w) => (Number.isFinite(w) && w > 0 ? w : 0));
  const sum = positive.reduce((s, w) => s + w, 0);
  if (positive.length === 0) return [];
  // No weight at all: everything to the first part (nothing is lost).
  if (sum === 0) return positive.map((_, i) => (i === 0 ? units : 0));
  const exact = positive.map((w) => (units * w) / sum);
  // A hair below a whole number is that number (0.1 × 3 must not round down to 0.2999…).
  const parts = exact.map((x) => Math.floor(x + 1e-9));
  let left = units - parts.reduce((s, p) => s + p, 0);
  const order = exact.map((x, i) => ({ i, frac: x - parts[i]! })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) parts[order[k]!.i]! += 1;
  // Rounding a hair up can leave one unit too many: take it back from the smallest fractions that have one.
  for (let k = order.length - 1; left < 0; k = (k + order.length - 1) % order.length) {
    if (parts[order[k]!.i]! > 0) {
      parts[order[k]!.i]! -= 1;
      left++;
    }
  }
  return parts;
}
