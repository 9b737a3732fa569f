/**
 * Percentiles of many values without sorting them all: quickselect (Hoare partition) for the order statistics the
 * percentiles need, then linear interpolation between them as PERCENTILE.INC does. Reorders `values` in place.
 */
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

/** PERCENTILE.INC of `values` at each share in `ps` (ascending or not); NaN for no values. */
export function selectPercentiles(values: Float64Array, ps: readonly number[]): number[] {
  const n = values.length;
  if (n === 0) return ps.map(() => NaN);
  return ps.map((p) => {
    const pos = Math.min(Math.max(p, 0), 1) * (n - 1);
    const lo = Math.floor(pos);
    const a = selectKth(values, lo, 0, n - 1);
    if (pos === lo) return a;
    // The next order statistic: the smallest of what lies right of lo (all of it ≥ a), selected there.
    const b = selectKth(values, lo + 1, lo + 1, n - 1);
    return a + (b - a) * (pos - lo);
  });
}
