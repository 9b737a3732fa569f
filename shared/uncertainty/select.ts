/**
 * Exact percentiles of many values without sorting them all, as PERCENTILE.INC (linear interpolation between the two
 * order statistics around p × (n − 1)). Reorders `values` in place.
 *
 * The order statistics a set of percentiles needs are found by bucket selection: one pass finds the least and the
 * greatest value, one pass counts the values per bucket of equal width between them (a bucket's values are all ≤ the
 * next bucket's: the bucket index only grows with the value), the buckets holding the wanted ranks are read out in one
 * more pass, and each is searched the same way (or by quickselect once it is small, or when bucketing stops making
 * progress). Nothing is approximated: every answer is one of the values, or the interpolation between two of them.
 */
const BUCKETS = 2048;
/** Below this many values quickselect is quicker than bucketing. */
const SMALL = 512;

// Scratch reused from call to call (values are only read while a call runs; the module keeps no result).
const counts = new Int32Array(BUCKETS);
const slotOf = new Int32Array(BUCKETS);
let bucketOf = new Uint16Array(0);

/** Hoare quickselect: the k-th smallest of a[from … to] (inclusive), reordering that part. */
function selectKth(a: Float64Array, k: number, from: number, to: number): number {
  let lo = from;
  let hi = to;
  while (hi > lo) {
    const pivot = a[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const tmp = a[i]!;
        a[i] = a[j]!;
        a[j] = tmp;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k]!;
  }
  return a[k]!;
}

/** Order statistics `ks` (ascending, distinct, each < n) of a[0 … n − 1], by quickselect. */
function byQuickselect(a: Float64Array, n: number, ks: readonly number[]): number[] {
  let from = 0;
  return ks.map((k) => {
    const v = selectKth(a, k, from, n - 1);
    // Everything right of k is ≥ a[k]: the next (larger) rank lies there.
    from = k + 1;
    return v;
  });
}

/** Order statistics `ks` (ascending, distinct, each < n) of a[0 … n − 1]. */
function orderStatistics(a: Float64Array, n: number, ks: readonly number[], range?: { min: number; max: number }): number[] {
  if (n <= SMALL) return byQuickselect(a, n, ks);
  let min = range ? range.min : Infinity;
  let max = range ? range.max : -Infinity;
  if (!range) {
    for (let i = 0; i < n; i++) {
      const v = a[i]!;
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  if (!(max > min)) return ks.map(() => min);
  const scale = BUCKETS / (max - min);
  if (!Number.isFinite(scale)) return byQuickselect(a, n, ks);
  if (bucketOf.length < n) bucketOf = new Uint16Array(Math.max(n, 2 * bucketOf.length));
  const where = bucketOf;
  counts.fill(0);
  for (let i = 0; i < n; i++) {
    let b = ((a[i]! - min) * scale) | 0;
    if (b >= BUCKETS) b = BUCKETS - 1;
    where[i] = b;
    counts[b]!++;
  }
  // The bucket of each rank, and the rank within it.
  const bucket: number[] = [];
  const rank: number[] = [];
  let before = 0;
  let b = 0;
  for (const k of ks) {
    while (before + counts[b]! <= k) before += counts[b++]!;
    bucket.push(b);
    rank.push(k - before);
  }
  const distinct = [...new Set(bucket)];
  // One bucket holding most values: bucketing made little progress (values spread over many orders of magnitude, or an
  // infinite value, which puts every value in one bucket).
  if (distinct.some((d) => counts[d] === n || (counts[d]! > n / 2 && counts[d]! > 4 * SMALL))) return byQuickselect(a, n, ks);
  const parts = distinct.map((d) => new Float64Array(counts[d]!));
  slotOf.fill(-1);
  distinct.forEach((d, slot) => (slotOf[d] = slot));
  const filled = new Int32Array(distinct.length);
  for (let i = 0; i < n; i++) {
    const slot = slotOf[where[i]!]!;
    if (slot >= 0) parts[slot]![filled[slot]!++] = a[i]!;
  }
  const out = new Array<number>(ks.length);
  distinct.forEach((d, slot) => {
    const wanted = ks.map((_, j) => j).filter((j) => bucket[j] === d);
    const part = parts[slot]!;
    const found = orderStatistics(part, part.length, wanted.map((j) => rank[j]!));
    wanted.forEach((j, i) => (out[j] = found[i]!));
  });
  return out;
}

/**
 * PERCENTILE.INC of `values` at each share in `ps` (any order); NaN for no values. Reorders `values`. `range`, when
 * given, must be the values' least and greatest (saves a pass).
 */
export function selectPercentiles(values: Float64Array, ps: readonly number[], range?: { min: number; max: number }): number[] {
  const n = values.length;
  if (n === 0) return ps.map(() => NaN);
  const positions = ps.map((p) => Math.min(Math.max(p, 0), 1) * (n - 1));
  const wanted = new Set<number>();
  for (const pos of positions) {
    const lo = Math.floor(pos);
    wanted.add(lo);
    if (pos > lo) wanted.add(lo + 1);
  }
  const ks = [...wanted].sort((x, y) => x - y);
  const stats = orderStatistics(values, n, ks, range);
  const at = new Map(ks.map((k, i) => [k, stats[i]!]));
  return positions.map((pos) => {
    const lo = Math.floor(pos);
    const a = at.get(lo)!;
    return pos > lo ? a + (at.get(lo + 1)! - a) * (pos - lo) : a;
  });
}
