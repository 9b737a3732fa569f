/**
 * Index sorts on typed arrays, without a comparator callback (Array.prototype.sort with a callback was a third of a
 * large search's time): the hull steps of a bound table by slope, the items of a greedy by value per unit of cost.
 */

/** a before b: higher key first, ties by index (the same order at every call, so the search is deterministic). */
const before = (key: Float64Array, a: number, b: number): boolean => {
  const sa = key[a] as number;
  const sb = key[b] as number;
  return sa > sb || (sa === sb && a < b);
};

/**
 * Sorts idx[lo..hi] in place so that key[idx[·]] falls (ties by index): quicksort (median of three) with insertion
 * sort for short runs. Infinity sorts first; keys must not be NaN.
 */
export function sortByKeyDesc(idx: Int32Array, key: Float64Array, lo: number, hi: number): void {
  while (hi - lo > 16) {
    const mid = (lo + hi) >> 1;
    let a = idx[lo] as number;
    let b = idx[mid] as number;
    let c = idx[hi] as number;
    if (before(key, b, a)) [a, b] = [b, a];
    if (before(key, c, b)) {
      [b, c] = [c, b];
      if (before(key, b, a)) [a, b] = [b, a];
    }
    idx[lo] = a;
    idx[mid] = b;
    idx[hi] = c;
    const pivot = b;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (before(key, idx[i] as number, pivot)) i++;
      while (before(key, pivot, idx[j] as number)) j--;
      if (i <= j) {
        const t = idx[i] as number;
        idx[i] = idx[j] as number;
        idx[j] = t;
        i++;
        j--;
      }
    }
    // recurse into the smaller side, loop on the larger (stack depth O(log n))
    if (j - lo < hi - i) {
      sortByKeyDesc(idx, key, lo, j);
      lo = i;
    } else {
      sortByKeyDesc(idx, key, i, hi);
      hi = j;
    }
  }
  for (let i = lo + 1; i <= hi; i++) {
    const x = idx[i] as number;
    let j = i - 1;
    while (j >= lo && before(key, x, idx[j] as number)) {
      idx[j + 1] = idx[j] as number;
      j--;
    }
    idx[j + 1] = x;
  }
}

/** The indices 0…n−1 by key(i), highest first (ties by index); each key is computed once. */
export function indicesByKeyDesc(n: number, key: (i: number) => number): Int32Array {
  const keys = new Float64Array(n);
  const idx = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    keys[i] = key(i);
    idx[i] = i;
  }
  sortByKeyDesc(idx, keys, 0, n - 1);
  return idx;
}
