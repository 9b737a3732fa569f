import { describe, expect, it } from 'vitest';
import { sameCandidates, type FundingCandidate } from '@shared/portfolio';

const list = (): FundingCandidate[] => [
  { id: 'a', name: 'Invoice agent', problemId: 'p1', kind: 'automation', investment: 100, investmentByYear: [60, 40], value: 500, hasBlocker: false },
  { id: 'b', problemId: 'p2', kind: null, investment: 200, investmentByYear: [200], value: -10, hasBlocker: true, notAssessed: ['data'] },
];

describe('the same candidates, built afresh', () => {
  it('are the same when every figure is equal, even as new objects and arrays', () => {
    expect(sameCandidates(list(), list())).toBe(true);
  });

  it('differ on any changed figure, name, flag, year or open dimension, or on order and length', () => {
    const changes: ((c: FundingCandidate[]) => void)[] = [
      (c) => (c[0]!.investment = 101),
      (c) => (c[0]!.value = 499.999),
      (c) => (c[0]!.name = 'Invoice agent 2'),
      (c) => (c[1]!.hasBlocker = false),
      (c) => (c[0]!.investmentByYear = [60, 41]),
      (c) => (c[0]!.investmentByYear = [60, 40, 0]),
      (c) => (c[1]!.notAssessed = ['data', 'people']),
      (c) => (c[1]!.kind = 'value-creation'),
      (c) => delete c[0]!.name,
      (c) => c.reverse(),
      (c) => c.pop(),
    ];
    for (const change of changes) {
      const changed = list();
      change(changed);
      expect(sameCandidates(list(), changed)).toBe(false);
    }
  });
});
