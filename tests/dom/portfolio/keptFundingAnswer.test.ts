/**
 * A proven funding answer is kept across reloads: the first opening searches in the worker and keeps the optimal
 * answer; a later opening of the same funding problem (after a reload: a fresh module, an empty in-memory cache) gets
 * it back without starting a search, and a changed problem searches again. (jsdom has no workers: a stand-in worker
 * answers at once and counts the requests.)
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FundingCandidate, FundingConstraints, FundingResult } from '@shared/portfolio';
import { standInFundingWorker } from './standInFundingWorker';

const optimal: FundingResult = {
  status: 'optimal',
  selectedIds: ['a'],
  totalInvestment: 100,
  totalValue: 1000,
  bound: 1000,
  investmentByYear: [100],
  valueCreationShare: 0,
  excluded: [{ id: 'b', reason: 'budget', detail: 'Over the budget.' }],
  nodesExplored: 3,
  why: { kind: 'optimal' },
  message: 'Optimal: no other set within the budget and rules has a higher total.',
};

let asked = 0;
const InstantWorker = standInFundingWorker((request) => {
  asked++;
  return { id: request.id, kind: 'funding', funding: optimal };
}, 5);

const candidates: FundingCandidate[] = [
  { id: 'a', problemId: 'p1', kind: 'automation', investment: 100, investmentByYear: [100], value: 1000, hasBlocker: false },
  { id: 'b', problemId: 'p2', kind: 'automation', investment: 200, investmentByYear: [200], value: 900, hasBlocker: false },
];
const constraints: FundingConstraints = { budget: 150 };

beforeEach(() => {
  localStorage.clear();
  asked = 0;
  vi.stubGlobal('Worker', InstantWorker);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

/**
 * The funding service as a fresh page load sees it: a new module with nothing in memory. The old page goes away first
 * (pagehide), which writes any answer still waiting for an idle moment to be kept.
 */
async function freshService() {
  dispatchEvent(new Event('pagehide'));
  vi.resetModules();
  return import('@renderer/features/portfolio/fundingService');
}

describe('proven funding answers across reloads', () => {
  it('the same problem after a reload is answered without a search; a changed one is searched', async () => {
    const first = await freshService();
    expect(await first.requestFunding(candidates, constraints)).toEqual(optimal);
    expect(asked).toBe(1);

    const reloaded = await freshService();
    expect(await reloaded.requestFunding([...candidates].reverse(), constraints)).toEqual(optimal);
    expect(asked).toBe(1);

    await reloaded.requestFunding(candidates, { budget: 250 });
    expect(asked).toBe(2);
  });

  it('a known answer is there without waiting (the page draws it in the pass that asks); an unknown one is not', async () => {
    const first = await freshService();
    expect(first.knownAnswer(candidates, constraints)).toBeNull();
    await first.requestFunding(candidates, constraints);
    expect(first.knownAnswer([...candidates], { ...constraints })).toEqual(optimal);
    const reloaded = await freshService();
    expect(reloaded.knownAnswer(candidates, constraints)).toEqual(optimal);
    expect(reloaded.knownAnswer(candidates, { budget: 300 })).toBeNull();
    expect(asked).toBe(1);
  });
});
