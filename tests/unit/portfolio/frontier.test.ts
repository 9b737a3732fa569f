import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { efficientFrontier, frontierMaxBudget, optimiseFunding, type FundingCandidate } from '@shared/portfolio';
import { expectBruteForceValue, smallInstance } from './fundingOracle';
import { randomPortfolio } from './randomPortfolio';

const cand = (id: string, problemId: string, investment: number, value: number, extra: Partial<FundingCandidate> = {}): FundingCandidate => ({
  id,
  problemId,
  kind: 'automation',
  investment,
  investmentByYear: [investment],
  value,
  hasBlocker: false,
  ...extra,
});

describe('efficient frontier', () => {
  it('runs from 0 to the most the rules let the portfolio spend: per problem its priciest fundable candidate', () => {
    const cs = [
      cand('a1', 'p1', 100, 50),
      cand('a2', 'p1', 300, 90),
      cand('b', 'p2', 200, 80),
      cand('c', 'p3', 999, 500, { hasBlocker: true }),
      cand('d', 'p4', 50, 10),
      cand('e1', 'p5', 70, 20),
      cand('e2', 'p5', 400, 30),
    ];
    const forced = { d: { mode: 'out' as const, reason: '' }, e1: { mode: 'in' as const, reason: '' } };
    expect(frontierMaxBudget(cs, { budget: 0 })).toBe(300 + 200 + 50 + 400);
    expect(frontierMaxBudget(cs, { budget: 0, forced })).toBe(300 + 200 + 70);
    const f = efficientFrontier(cs, { budget: 0 }, 5);
    expect(f.map((p) => p.budget)).toEqual([0, 237.5, 475, 712.5, 950]);
    expect(f.map((p) => p.value)).toEqual([0, 80, 160, 200, 210]);
    expect(f[2]?.selectedIds).toEqual(['a1', 'b', 'd', 'e1']);
  });

  it('never falls as the budget grows, and each point is the best set at its budget (brute force)', () => {
    fc.assert(
      fc.property(fc.oneof(smallInstance(10, 3), smallInstance(10, 8)), ({ candidates, constraints }) => {
        const f = efficientFrontier(candidates, constraints, 6);
        expect(f).toHaveLength(6);
        expect(f[0]?.budget).toBe(0);
        expect(f[5]?.budget).toBe(frontierMaxBudget(candidates, constraints));
        let last = -Infinity;
        for (const p of f) {
          expectBruteForceValue(candidates, { ...constraints, budget: p.budget }, p.value);
          expect(p.status === 'optimal' || p.status === 'infeasible').toBe(true);
          if (p.value === null) continue;
          expect(p.value).toBeGreaterThanOrEqual(last - 1e-9 * Math.max(1, Math.abs(last)));
          expect(p.totalInvestment).toBeLessThanOrEqual(p.budget * (1 + 1e-9) + 1e-9);
          last = p.value;
        }
      }),
      { numRuns: 150 },
    );
  });

  it('marks budgets below what is forced in as having no answer', () => {
    const cs = [cand('must', 'p1', 100, 10), cand('nice', 'p2', 100, 50)];
    const f = efficientFrontier(cs, { budget: 0, forced: { must: { mode: 'in', reason: 'Board' } } }, 3, { maxBudget: 200 });
    expect(f.map((p) => [p.budget, p.value, p.status])).toEqual([
      [0, null, 'infeasible'],
      [100, 10, 'optimal'],
      [200, 60, 'optimal'],
    ]);
  });

  it('starting each point from the previous set gives the same values as solving each budget afresh', () => {
    const cs = randomPortfolio(5, { candidates: 120 });
    const constraints = { budget: 0, yearCaps: [null, 3_000_000], minValueCreationShare: 0.2 };
    const f = efficientFrontier(cs, constraints, 12);
    for (const p of f) {
      const fresh = optimiseFunding(cs, { ...constraints, budget: p.budget });
      expect(p.status).toBe(fresh.status);
      expect(Math.abs((p.value ?? 0) - fresh.totalValue)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(fresh.totalValue)));
    }
  });
});
