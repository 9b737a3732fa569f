import fc from 'fast-check';
import { expect } from 'vitest';
import type { FundingCandidate, FundingConstraints, FundingResult } from '@shared/portfolio';

/**
 * Does this set meet every rule? Written from the rules, independently of the optimiser. Limits are
 * widened by `tolFactor` × 1e-9 of the limit: the optimiser documents 1e-9, and the oracle answers with
 * 0.5× and 2× so that sums landing on the limit within rounding cannot make the comparison flaky.
 */
export function meetsRules(candidates: readonly FundingCandidate[], constraints: FundingConstraints, chosen: readonly FundingCandidate[], tolFactor = 1): boolean {
  const tol = (limit: number): number => tolFactor * 1e-9 * Math.max(1, Math.abs(limit));
  const forced = constraints.forced ?? {};
  const ids = new Set(chosen.map((c) => c.id));
  for (const c of candidates) {
    const mode = forced[c.id]?.mode;
    if (mode === 'in' && !ids.has(c.id)) return false;
    if ((mode === 'out' || (c.hasBlocker && mode !== 'in')) && ids.has(c.id)) return false;
  }
  const problems = new Set(chosen.map((c) => c.problemId));
  if (problems.size !== chosen.length) return false;
  const spent = chosen.reduce((s, c) => s + c.investment, 0);
  if (spent > constraints.budget + tol(constraints.budget)) return false;
  const caps = constraints.yearCaps ?? [];
  for (let y = 0; y < caps.length; y++) {
    const cap = caps[y];
    if (cap === null || cap === undefined) continue;
    if (chosen.reduce((s, c) => s + (c.investmentByYear[y] ?? 0), 0) > cap + tol(cap)) return false;
  }
  const share = constraints.minValueCreationShare ?? 0;
  const vc = chosen.filter((c) => c.kind === 'value-creation').reduce((s, c) => s + c.investment, 0);
  const all = candidates.reduce((s, c) => s + c.investment, 0);
  return vc - share * spent >= -tol(all);
}

/** Best total value over every subset (2ⁿ), or null when no subset meets the rules. */
export function bruteForceBest(candidates: readonly FundingCandidate[], constraints: FundingConstraints, tolFactor = 1): number | null {
  let best: number | null = null;
  const n = candidates.length;
  for (let mask = 0; mask < 1 << n; mask++) {
    const chosen = candidates.filter((_, i) => (mask >> i) & 1);
    if (!meetsRules(candidates, constraints, chosen, tolFactor)) continue;
    const v = chosen.reduce((s, c) => s + c.value, 0);
    if (best === null || v > best) best = v;
  }
  return best;
}

/** Checks a found set against every rule, its totals, and that each left-out candidate has one fitting reason. */
export function expectConsistentResult(candidates: readonly FundingCandidate[], constraints: FundingConstraints, r: FundingResult): void {
  if (r.status === 'infeasible' || r.status === 'stopped') {
    expect(r.selectedIds).toEqual([]);
    return;
  }
  const chosen = candidates.filter((c) => r.selectedIds.includes(c.id));
  expect(chosen.length).toBe(r.selectedIds.length);
  expect(meetsRules(candidates, constraints, chosen, 2)).toBe(true);
  const spent = chosen.reduce((s, c) => s + c.investment, 0);
  expect(r.totalInvestment).toBeCloseTo(spent, 6);
  expect(r.totalValue).toBeCloseTo(chosen.reduce((s, c) => s + c.value, 0), 6);
  const vc = chosen.filter((c) => c.kind === 'value-creation').reduce((s, c) => s + c.investment, 0);
  expect(r.valueCreationShare).toBeCloseTo(spent > 0 ? vc / spent : 0, 12);
  r.investmentByYear.forEach((x, y) => expect(x).toBeCloseTo(chosen.reduce((s, c) => s + (c.investmentByYear[y] ?? 0), 0), 6));

  const forced = constraints.forced ?? {};
  const served = new Set(chosen.map((c) => c.problemId));
  const left = candidates.filter((c) => !r.selectedIds.includes(c.id));
  expect(r.excluded.map((e) => e.id)).toEqual(left.map((c) => c.id));
  for (const e of r.excluded) {
    const c = candidates.find((x) => x.id === e.id) as FundingCandidate;
    const mode = forced[c.id]?.mode;
    expect(e.detail.length).toBeGreaterThan(0);
    expect(mode).not.toBe('in');
    if (mode === 'out') expect(e.reason).toBe('forced-out');
    else if (c.hasBlocker) expect(e.reason).toBe('blocker');
    else if (!(c.value > 0)) expect(e.reason).toBe('negative-value');
    else if (served.has(c.problemId)) expect(e.reason).toBe('problem-served');
    else if (r.status === 'optimal' && c.value <= 1e-9 * Math.max(1, Math.abs(r.totalValue))) {
      // worth less than the optimiser's tolerance: reported as not adding value, or as not fitting
      expect(['negative-value', 'budget', 'year-cap', 'value-creation-share']).toContain(e.reason);
    } else if (r.status === 'optimal') {
      // it would fit its problem, so adding it must break the budget, a cap or the share
      expect(['budget', 'year-cap', 'value-creation-share']).toContain(e.reason);
      expect(meetsRules(candidates, constraints, [...chosen, c], 0.5)).toBe(false);
    }
  }
}

/**
 * A claimed best value (null = infeasible) agrees with brute force: between the best with half and
 * with double the documented tolerance (the two agree except when a sum lands on a limit within rounding).
 */
export function expectBruteForceValue(candidates: readonly FundingCandidate[], constraints: FundingConstraints, claimed: number | null): void {
  const strict = bruteForceBest(candidates, constraints, 0.5);
  const loose = bruteForceBest(candidates, constraints, 2);
  if (loose === null) {
    expect(claimed).toBeNull();
    return;
  }
  if (strict === null && claimed === null) return;
  expect(claimed).not.toBeNull();
  const eps = 1e-9 * Math.max(1, Math.abs(loose));
  expect(claimed as number).toBeLessThanOrEqual(loose + eps);
  if (strict !== null) expect(claimed as number).toBeGreaterThanOrEqual(strict - eps);
}

export interface SmallInstance {
  candidates: FundingCandidate[];
  constraints: FundingConstraints;
}

/**
 * Random small portfolios: `min` to `max` candidates over up to 6 problems, investments either real
 * numbers or whole thousands, a budget that is a share of the total or exactly what some subset costs, values of both signs, some blockers,
 * optional caps for 3 plan years, an optional value-creation share, and a few forced choices. In a third
 * of them value tracks investment (the hard case for branch and bound: many sets are worth nearly the same).
 */
export function smallInstance(max: number, min = 0): fc.Arbitrary<SmallInstance> {
  const money = fc.oneof(
    { arbitrary: fc.constant(0), weight: 1 },
    { arbitrary: fc.integer({ min: 1, max: 50 }).map((k) => k * 1000), weight: 4 },
    { arbitrary: fc.double({ min: 1000, max: 500_000, noNaN: true }), weight: 4 },
  );
  const value = fc.oneof(
    { arbitrary: fc.constant(0), weight: 1 },
    { arbitrary: fc.integer({ min: -20, max: 100 }).map((k) => k * 1000), weight: 4 },
    { arbitrary: fc.double({ min: -200_000, max: 900_000, noNaN: true }), weight: 4 },
  );
  const candidate = fc.record({
    problem: fc.integer({ min: 0, max: 7 }),
    kind: fc.constantFrom('automation' as const, 'value-creation' as const),
    investment: money,
    split: fc.tuple(fc.nat(4), fc.nat(4), fc.nat(4)),
    value,
    blocker: fc.integer({ min: 0, max: 9 }).map((k) => k === 0),
    forced: fc.integer({ min: 0, max: 29 }).map((k) => (k === 0 ? ('in' as const) : k === 1 ? ('out' as const) : null)),
  });
  return fc
    .record({
      raw: fc.array(candidate, { minLength: min, maxLength: max }),
      budgetShare: fc.oneof({ arbitrary: fc.double({ min: 0, max: 1, noNaN: true }), weight: 1 }, { arbitrary: fc.double({ min: 0.15, max: 0.6, noNaN: true }), weight: 3 }),
      /** When set, the budget is exactly what this subset of candidates costs (sums that hit the limit). */
      budgetSubset: fc.option(fc.integer({ min: 0, max: (1 << 30) - 1 }), { nil: null }),
      caps: fc.option(fc.tuple(...[0, 1, 2].map(() => fc.option(fc.double({ min: 0.1, max: 0.6, noNaN: true }), { nil: null }))), { nil: null }),
      share: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 0.8, noNaN: true })),
      correlated: fc.integer({ min: 0, max: 2 }).map((k) => k === 0),
    })
    .map(({ raw, budgetShare, budgetSubset, caps, share, correlated }) => {
      const candidates: FundingCandidate[] = raw.map((r, i) => {
        // in a third of the portfolios value tracks investment closely: many near-ties, hard to prune
        const value = correlated ? r.investment * (1 + r.value / 2_000_000) + 1000 : r.value;
        const parts = r.split[0] + r.split[1] + r.split[2];
        const byYear = parts === 0 ? [r.investment, 0, 0] : r.split.map((p) => (r.investment * p) / parts);
        return { id: `c${i}`, problemId: `p${r.problem}`, kind: r.kind, investment: r.investment, investmentByYear: byYear, value, hasBlocker: r.blocker };
      });
      const total = candidates.reduce((s, c) => s + c.investment, 0);
      const forced = Object.fromEntries(
        raw.flatMap((r, i) => (r.forced ? [[`c${i}`, { mode: r.forced, reason: r.forced === 'in' ? 'Board commitment' : '' }]] : [])),
      );
      const budget =
        budgetSubset === null ? total * budgetShare : candidates.filter((_, i) => (budgetSubset >> i) & 1).reduce((sum, c) => sum + c.investment, 0);
      const constraints: FundingConstraints = {
        budget,
        yearCaps: caps ? caps.map((c) => (c === null ? null : Math.round(total * c))) : [],
        minValueCreationShare: share,
        forced,
      };
      return { candidates, constraints };
    });
}
