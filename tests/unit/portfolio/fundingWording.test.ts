import { describe, expect, it } from 'vitest';
import { fundingMessage, optimiseFunding, provenGap, type FundingCandidate, type FundingResult } from '@shared/portfolio';
import { presenter } from '@shared/presentation';

const cand = (id: string, problemId: string, investment: number, value: number, extra: Partial<FundingCandidate> = {}): FundingCandidate => ({
  id, problemId, kind: 'automation', investment, investmentByYear: [investment], value, hasBlocker: false, ...extra,
});
const forcedIn = { a: { mode: 'in' as const, reason: '' } };
const german = presenter({ currency: 'EUR', numberFormat: 'de-DE', planningStartMonth: '2027-01' });
const american = presenter({ currency: 'USD', numberFormat: 'en-US', planningStartMonth: '2027-01' });
/** Intl writes a no-break space before € and %; compare on plain spaces. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('the funding answer in the workspace’s own figures', () => {
  it('words why nothing can be funded in the workspace’s currency and separators', () => {
    const a = cand('a', 'p1', 1_200_000, 10, { name: 'Claims triage' });
    const overBudget = optimiseFunding([a], { budget: 1_000_000, forced: forcedIn });
    expect(overBudget.why).toEqual({ kind: 'forced-over-budget', need: 1_200_000, budget: 1_000_000 });
    expect(plain(fundingMessage(overBudget, german))).toBe('The candidates forced in need 1.200.000 €, more than the budget of 1.000.000 €.');
    expect(fundingMessage(overBudget, american)).toBe('The candidates forced in need $1,200,000, more than the budget of $1,000,000.');
    // the domain's own sentence: plain figures, no currency
    expect(overBudget.message).toBe('The candidates forced in need 1,200,000, more than the budget of 1,000,000.');

    const overCap = optimiseFunding([a], { budget: 5_000_000, yearCaps: [400_000.5], forced: forcedIn });
    expect(plain(fundingMessage(overCap, german))).toBe('The candidates forced in need 1.200.000 € in plan year 1, more than its cap of 400.001 €.');

    const vc = cand('v', 'p2', 50, 5, { kind: 'value-creation' });
    const share = optimiseFunding([a, vc], { budget: 5_000_000, minValueCreationShare: 0.255, forced: forcedIn });
    expect(share.why).toEqual({ kind: 'share-impossible', share: 0.255 });
    expect(plain(fundingMessage(share, german))).toBe('No set meets the minimum value-creation share of 25,5 % together with the candidates forced in.');
    expect(share.message).toBe('No set meets the minimum value-creation share of 25.5% together with the candidates forced in.');
  });

  it('words a best-found answer’s gap in the workspace’s format, rounded up, never closer than it is', () => {
    const best: FundingResult = {
      status: 'best-found', selectedIds: ['a'], totalInvestment: 100, totalValue: 996.1, bound: 1000, investmentByYear: [100], valueCreationShare: 0,
      excluded: [], nodesExplored: 12_345, why: { kind: 'best-found', by: 'step-limit', steps: 12_345 }, message: '',
    };
    expect(provenGap(996.1, 1000)).toBe(0.004);
    expect(provenGap(1000, 1000)).toBe(0);
    expect(provenGap(5, undefined)).toBeNull();
    expect(plain(fundingMessage(best, german))).toBe(
      'Best found: the search stopped at its limit after 12.345 steps; its total is within 0,4 % of the best possible, so a better set may exist but not by more.',
    );
    expect(fundingMessage({ ...best, why: { kind: 'best-found', by: 'user', steps: 1 } }, american)).toBe(
      'Best found: you stopped the search; its total is within 0.4% of the best possible, so a better set may exist but not by more.',
    );
    expect(fundingMessage({ ...best, bound: undefined, why: { kind: 'best-found', by: 'time-limit', steps: 1 } })).toBe(
      'Best found: the search stopped at its time limit, so a better set may exist.',
    );
  });

  it('gives the same sentence as the domain’s own when worded plainly, for every kind of answer', () => {
    const a = cand('a', 'p1', 100, 10, { name: 'A' });
    const b = cand('b', 'p1', 100, 10, { name: 'B' });
    const results = [
      optimiseFunding([a, cand('c', 'p2', 10, 5)], { budget: 150 }),
      optimiseFunding([a, b], { budget: 1000, forced: { a: forcedIn.a, b: forcedIn.a } }),
      optimiseFunding([a], { budget: 99, forced: forcedIn }),
    ];
    for (const r of results) expect(fundingMessage(r)).toBe(r.message);
    expect(results.map((r) => r.why.kind)).toEqual(['optimal', 'forced-same-problem', 'forced-over-budget']);
  });
});
