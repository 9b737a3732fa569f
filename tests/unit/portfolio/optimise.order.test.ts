import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { optimiseFunding, type FundingCandidate, type FundingConstraints } from '@shared/portfolio';
import { randomPortfolio, seededRandom, totalInvestment } from './randomPortfolio';

/** Candidates with many exact ties: equal costs and values in several problems, so more than one set is optimal. */
function tiedPortfolio(seed: number, n: number): FundingCandidate[] {
  const rnd = seededRandom(seed);
  const costs = [50_000, 100_000, 150_000];
  return Array.from({ length: n }, (_, i) => {
    const cost = costs[Math.floor(rnd() * costs.length)] as number;
    return {
      id: `t${i}`,
      problemId: `p${Math.floor(rnd() * Math.max(1, n / 2))}`,
      kind: rnd() < 0.4 ? 'value-creation' : 'automation',
      investment: cost,
      investmentByYear: [cost],
      value: cost * 2,
      hasBlocker: false,
    } satisfies FundingCandidate;
  });
}

const shuffled = <T,>(items: readonly T[], order: readonly number[]): T[] =>
  items.map((item, i) => ({ item, key: order[i % order.length] ?? 0 })).sort((a, b) => a.key - b.key).map((x) => x.item);

describe('one funding answer: the funded ids do not depend on the order of the candidates', () => {
  it('for tied and random portfolios under budget, caps and a value-creation share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 4, max: 24 }),
        fc.boolean(),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 24, maxLength: 24 }),
        (seed, n, tied, order) => {
          const candidates = tied ? tiedPortfolio(seed, n) : randomPortfolio(seed, { candidates: n, years: 2 });
          const constraints: FundingConstraints = {
            budget: totalInvestment(candidates) * 0.4,
            yearCaps: tied ? undefined : [totalInvestment(candidates) * 0.3, null],
            minValueCreationShare: seed % 3 === 0 ? 0.3 : 0,
          };
          // A node limit (not a clock) keeps even a stopped search deterministic; ties make some instances hard.
          const limits = { maxNodes: 20_000 };
          const a = optimiseFunding(candidates, constraints, limits);
          const b = optimiseFunding(shuffled(candidates, order), constraints, limits);
          expect(new Set(b.selectedIds)).toEqual(new Set(a.selectedIds));
          expect(b.status).toBe(a.status);
          // Results are reported in the order the candidates came in.
          const position = new Map(shuffled(candidates, order).map((c, i) => [c.id, i]));
          const positions = b.selectedIds.map((id) => position.get(id) ?? -1);
          expect(positions).toEqual([...positions].sort((x, y) => x - y));
        },
      ),
      { numRuns: 150 },
    );
  });
});
