import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { optimiseFunding } from '@shared/portfolio';
import { expectBruteForceValue, expectConsistentResult, smallInstance } from './fundingOracle';

describe('funding optimiser on random portfolios', () => {
  it('respects every rule: budget, year caps, one per problem, value-creation share, forced in/out, blockers', () => {
    fc.assert(
      fc.property(fc.oneof(smallInstance(25, 4), smallInstance(25, 15)), ({ candidates, constraints }) => {
        const r = optimiseFunding(candidates, constraints);
        expect(['optimal', 'infeasible']).toContain(r.status);
        expectConsistentResult(candidates, constraints, r);
      }),
      { numRuns: 300 },
    );
  });

  it('equals brute force over every subset (up to 14 candidates)', () => {
    fc.assert(
      fc.property(fc.oneof(smallInstance(14, 4), smallInstance(14, 11)), ({ candidates, constraints }) => {
        const r = optimiseFunding(candidates, constraints);
        expect(['optimal', 'infeasible']).toContain(r.status);
        expectBruteForceValue(candidates, constraints, r.status === 'optimal' ? r.totalValue : null);
      }),
      { numRuns: 400 },
    );
  });

  it('never claims optimal when the node limit stops the search, and what it returns still meets the rules', () => {
    fc.assert(
      fc.property(fc.oneof(smallInstance(14, 4), smallInstance(14, 11)), fc.integer({ min: 1, max: 6 }), ({ candidates, constraints }, maxNodes) => {
        const full = optimiseFunding(candidates, constraints);
        const cut = optimiseFunding(candidates, constraints, { maxNodes });
        expectConsistentResult(candidates, constraints, cut);
        if (cut.status === 'optimal') expect(cut.totalValue).toBeCloseTo(full.totalValue, 6);
        else if (cut.status === 'best-found') expect(cut.totalValue).toBeLessThanOrEqual(full.totalValue + 1e-6 * Math.max(1, Math.abs(full.totalValue)));
        else expect(['infeasible', 'stopped']).toContain(cut.status);
        // a stopped search cannot prove that nothing fits, unless the forced choices alone rule everything out
        if (full.status === 'infeasible') expect(['infeasible', 'stopped']).toContain(cut.status);
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same answer whatever the order of the candidates', () => {
    fc.assert(
      fc.property(
        smallInstance(14).chain((inst) => fc.tuple(fc.constant(inst), fc.shuffledSubarray(inst.candidates, { minLength: inst.candidates.length }))),
        ([{ candidates, constraints }, shuffled]) => {
          const a = optimiseFunding(candidates, constraints);
          const b = optimiseFunding(shuffled, constraints);
          expect(b.status).toBe(a.status);
          expect(Math.abs(a.totalValue - b.totalValue)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(a.totalValue)));
        },
      ),
      { numRuns: 150 },
    );
  });
});
