/**
 * Discounting per docs/domain.md: monthly periods, end-of-month flows, NPV = Σ CFₜ/(1+r)ᵗ for t = 1…H (the spreadsheet
 * NPV(rate, CF₁…CF_H)), IRR = the monthly rate zeroing that NPV, annualised as (1+irr)¹² − 1.
 */

/** Monthly rate equivalent to an annual rate: (1 + annual)^(1/12) − 1. */
export function monthlyRate(annual: number): number {
  return Math.pow(1 + annual, 1 / 12) - 1;
}

/** Annual rate equivalent to a monthly rate: (1 + monthly)¹² − 1. */
export function annualRate(monthly: number): number {
  return Math.pow(1 + monthly, 12) - 1;
}

/** NPV at a monthly rate, end-of-month: Σ CFₜ/(1+r)ᵗ with t = 1 for the first element (spreadsheet NPV). */
export function npvAtMonthlyRate(rate: number, cashFlows: readonly number[]): number {
  const factor = 1 / (1 + rate);
  let discount = 1;
  let total = 0;
  for (const cf of cashFlows) {
    discount *= factor;
    total += cf * discount;
  }
  return total;
}

/** NPV at an annual rate: spreadsheet NPV(monthlyRate(annualRate), CF₁…CF_H), first flow discounted one month. */
export function npv(annualRate: number, cashFlows: readonly number[]): number {
  return npvAtMonthlyRate(monthlyRate(annualRate), cashFlows);
}

/** Search range of log(1 + monthly rate): from −99.9999% to +100,000% a month. */
const Z_MIN = Math.log(1e-6);
const Z_MAX = Math.log(1001);

/**
 * A function with the sign of NPV at monthly rate e^z − 1, scaled so it never overflows:
 * Σ CFₜ xᵗ⁻¹ with x = e^−z ≤ 1, or the same divided by x^(n−1) when x > 1.
 */
function scaledNpv(flows: readonly number[], z: number): number {
  let acc = 0;
  if (z >= 0) {
    const x = Math.exp(-z);
    for (let t = flows.length - 1; t >= 0; t--) acc = acc * x + (flows[t] ?? 0);
  } else {
    const y = Math.exp(z);
    for (let t = 0; t < flows.length; t++) acc = acc * y + (flows[t] ?? 0);
  }
  return acc;
}

/** Brent's method for a root of f in [a, b] where f(a), f(b) have opposite signs. */
function brent(f: (z: number) => number, a0: number, b0: number, fa0: number, fb0: number): number {
  let a = a0, b = b0, fa = fa0, fb = fb0;
  let c = a, fc = fa, d = b - a, e = d;
  for (let iter = 0; iter < 200; iter++) {
    if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) {
      c = a; fc = fa; d = b - a; e = d;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b; b = c; c = a; fa = fb; fb = fc; fc = fa;
    }
    const tol = 2 * Number.EPSILON * Math.abs(b) + 1e-14;
    const m = 0.5 * (c - b);
    if (Math.abs(m) <= tol || fb === 0) return b;
    if (Math.abs(e) >= tol && Math.abs(fa) > Math.abs(fb)) {
      const s = fb / fa;
      let p: number, q: number;
      if (a === c) {
        p = 2 * m * s; q = 1 - s;
      } else {
        const qa = fa / fc, r = fb / fc;
        p = s * (2 * m * qa * (qa - r) - (b - a) * (r - 1));
        q = (qa - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q; else p = -p;
      if (2 * p < Math.min(3 * m * q - Math.abs(tol * q), Math.abs(e * q))) {
        e = d; d = p / q;
      } else {
        d = m; e = m;
      }
    } else {
      d = m; e = m;
    }
    a = b; fa = fb;
    b += Math.abs(d) > tol ? d : m > 0 ? tol : -tol;
    fb = f(b);
  }
  return b;
}

/** Number of sign changes in the flows, ignoring zeros; −1 when a flow is not a finite number. */
function signChanges(flows: readonly number[]): number {
  let changes = 0;
  let last = 0;
  for (const cf of flows) {
    if (!Number.isFinite(cf)) return -1;
    if (cf === 0) continue;
    const s = cf > 0 ? 1 : -1;
    if (last !== 0 && s !== last) changes++;
    last = s;
  }
  return changes;
}

/** Probe points of log(1 + monthly rate) walking up from 0% a month, and down from it. */
const PROBES_UP: readonly number[] = [1.02, 1.1, 1.5, 3, 11, 101].map(Math.log).concat(Z_MAX);
const PROBES_DOWN: readonly number[] = [0.98, 0.9, 0.5, 0.1, 0.001].map(Math.log).concat(Z_MIN);

/**
 * The one root of f in [Z_MIN, Z_MAX] when the flows change sign once (then f has exactly one root, with f's
 * sign at high rates that of the first non-zero flow): from f(0), walk up or down through the probes until the
 * sign flips, then Brent on that short bracket. Null when the root lies outside the search range.
 */
function singleLogRoot(f: (z: number) => number, firstFlowPositive: boolean): number | null {
  const f0 = f(0);
  if (f0 === 0) return 0;
  const probes = f0 > 0 === firstFlowPositive ? PROBES_DOWN : PROBES_UP;
  let zPrev = 0;
  let fPrev = f0;
  for (const z of probes) {
    const fz = f(z);
    if (fz === 0) return z;
    if (fz > 0 !== fPrev > 0) return zPrev < z ? brent(f, zPrev, z, fPrev, fz) : brent(f, z, zPrev, fz, fPrev);
    zPrev = z;
    fPrev = fz;
  }
  return null;
}

/** Grid of log(1 + monthly rate): fine (0.25% steps) between −40% and +100% a month, coarse outside. */
const SCAN_GRID: readonly number[] = (() => {
  const grid: number[] = [];
  const fineLo = Math.log(0.6), fineHi = Math.log(2);
  for (let z = Z_MIN; z < fineLo; z += 0.1) grid.push(z);
  for (let z = fineLo; z < fineHi; z += 0.0025) grid.push(z);
  for (let z = fineHi; z < Z_MAX; z += 0.05) grid.push(z);
  grid.push(Z_MAX);
  return grid;
})();

/**
 * Every monthly rate in the search range (−99.9999% … +100,000% a month) at which NPV changes sign, ascending,
 * as log(1 + rate). One sign change in the flows gives exactly one root (Descartes), bracketed and found by Brent;
 * several sign changes are scanned on a grid, and two roots closer than the grid step (0.25%) may be missed.
 */
function irrLogRoots(cashFlows: readonly number[]): number[] {
  const changes = signChanges(cashFlows);
  if (changes <= 0) return [];
  const f = (z: number) => scaledNpv(cashFlows, z);
  if (changes === 1) {
    const root = singleLogRoot(f, (cashFlows.find((cf) => cf !== 0) ?? 0) > 0);
    return root === null ? [] : [root];
  }
  const roots: number[] = [];
  let z0 = SCAN_GRID[0] ?? Z_MIN;
  let f0 = f(z0);
  if (f0 === 0) roots.push(z0);
  for (let i = 1; i < SCAN_GRID.length; i++) {
    const z1 = SCAN_GRID[i] ?? Z_MAX;
    const f1 = f(z1);
    if (f1 === 0) roots.push(z1);
    else if (f0 !== 0 && (f0 > 0) !== (f1 > 0)) roots.push(brent(f, z0, z1, f0, f1));
    if (roots.length >= changes) break;
    z0 = z1;
    f0 = f1;
  }
  return roots;
}

/** Every annualised IRR of the flows (ascending); empty when none exists. More than one when the flows change sign repeatedly. */
export function irrCandidates(cashFlows: readonly number[]): number[] {
  return irrLogRoots(cashFlows)
    .map((z) => Math.expm1(12 * z))
    .filter(Number.isFinite);
}

/**
 * Annualised IRR (1+m)¹² − 1 of end-of-month flows; null when not defined (no sign change, or no root between
 * −99.9999% and +100,000% a month). With several IRRs, the one with the smallest absolute value is returned
 * (the numpy-financial convention); `irrCandidates` lists them all.
 */
export function irr(cashFlows: readonly number[]): number | null {
  const roots = irrLogRoots(cashFlows);
  if (roots.length === 0) return null;
  let best = roots[0] ?? 0;
  for (const z of roots) if (Math.abs(Math.expm1(z)) < Math.abs(Math.expm1(best))) best = z;
  const annual = Math.expm1(12 * best);
  return Number.isFinite(annual) ? annual : null;
}
