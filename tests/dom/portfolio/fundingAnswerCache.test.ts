import { beforeEach, describe, expect, it } from 'vitest';
import { fingerprintOf, keepAnswer, keptAnswer } from '@renderer/features/portfolio/fundingAnswerCache';
import type { FundingResult } from '@shared/portfolio';

const answer = (status: FundingResult['status'] = 'optimal'): FundingResult => ({
  status,
  selectedIds: ['a'],
  totalInvestment: 100,
  totalValue: 50,
  bound: 50,
  investmentByYear: [100],
  valueCreationShare: 0,
  excluded: [{ id: 'b', reason: 'budget', detail: 'Over the budget.' }],
  nodesExplored: 3,
  why: { kind: 'optimal' },
  message: 'Optimal: no other set within the budget and rules has a higher total.',
});

beforeEach(() => localStorage.clear());

describe('funding answers kept across reloads', () => {
  it('gives back a proven answer for the very same funding problem, and nothing for any other', () => {
    keepAnswer('problem-1', 2, answer());
    expect(keptAnswer('problem-1', ['a', 'b'])).toEqual(answer());
    expect(keptAnswer('problem-2', ['a', 'b'])).toBeNull();
  });

  it('never keeps a best-found answer (it depends on how long the search ran)', () => {
    keepAnswer('problem-1', 2, answer('best-found'));
    expect(keptAnswer('problem-1', ['a', 'b'])).toBeNull();
  });

  it('ignores and drops an entry that was damaged or does not fit the candidates', () => {
    keepAnswer('problem-1', 2, answer());
    const key = `lastmile.funding.${fingerprintOf('problem-1')}`;
    localStorage.setItem(key, localStorage.getItem(key)!.replace('"optimal"', '"maybe"'));
    expect(keptAnswer('problem-1', ['a', 'b'])).toBeNull();
    expect(localStorage.getItem(key)).toBeNull();
    keepAnswer('problem-1', 2, answer());
    expect(keptAnswer('problem-1', ['a', 'c'])).toBeNull();
  });

  it('keeps only the latest few answers', () => {
    for (let i = 0; i < 10; i++) keepAnswer(`problem-${i}`, 2, answer());
    expect(keptAnswer('problem-0', ['a', 'b'])).toBeNull();
    expect(keptAnswer('problem-9', ['a', 'b'])).not.toBeNull();
    expect(Object.keys(localStorage).filter((k) => k.startsWith('lastmile.funding.')).length).toBeLessThanOrEqual(7);
  });

  it('a full storage only means the answer is not kept', () => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      expect(() => keepAnswer('problem-1', 2, answer())).not.toThrow();
    } finally {
      Storage.prototype.setItem = original;
    }
    expect(keptAnswer('problem-1', ['a', 'b'])).toBeNull();
  });
});
