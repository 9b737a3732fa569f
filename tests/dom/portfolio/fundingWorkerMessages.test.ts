/**
 * What travels to the funding worker: the candidates once per candidate list, then only the rules (a budget change at
 * 5,000 candidates no longer copies them all again). A fresh worker (after "Stop searching") is sent them again, and a
 * worker that does not hold the list asked for gets the request again with its candidates. The portfolio page can hand
 * a list over ahead of any search (after an answer kept from an earlier opening). (jsdom has no workers: a
 * stand-in worker keeps lists like the real one and answers at once.)
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FundingCandidate, FundingResult } from '@shared/portfolio';
import { MISSING_CANDIDATES, type FundingReply, type FundingRequest } from '@renderer/features/portfolio/fundingMessages';

const optimal = (budget: number): FundingResult => ({
  status: 'optimal',
  selectedIds: budget >= 100 ? ['a'] : [],
  totalInvestment: budget >= 100 ? 100 : 0,
  totalValue: budget >= 100 ? 1000 : 0,
  bound: 1000,
  investmentByYear: [100],
  valueCreationShare: 0,
  excluded: [],
  nodesExplored: 1,
  why: { kind: 'optimal' },
  message: 'Optimal: no other set within the budget and rules has a higher total.',
});

let posted: FundingRequest[] = [];
/** Forgets every list it was sent when true (to check the service's way back). */
let forgetful = false;
class ListKeepingWorker {
  onmessage: ((event: MessageEvent<FundingReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  private held = new Set<string>();
  postMessage(request: FundingRequest) {
    posted.push(request);
    if (request.kind === 'prepare') return;
    if (request.candidates && !forgetful) this.held.add(request.setKey);
    const reply: FundingReply =
      request.kind === 'hold'
        ? { id: request.id, kind: 'held' }
        : request.candidates || this.held.has(request.setKey)
        ? { id: request.id, kind: 'funding', funding: optimal(request.constraints.budget) }
        : { id: request.id, kind: 'error', message: MISSING_CANDIDATES };
    setTimeout(() => this.onmessage?.({ data: reply } as MessageEvent<FundingReply>), 1);
  }
  terminate() {}
}

const candidates = (): FundingCandidate[] => [
  { id: 'a', problemId: 'p1', kind: 'automation', investment: 100, investmentByYear: [100], value: 1000, hasBlocker: false },
  { id: 'b', problemId: 'p2', kind: 'automation', investment: 200, investmentByYear: [200], value: 900, hasBlocker: false },
];

beforeEach(() => {
  localStorage.clear();
  posted = [];
  forgetful = false;
  vi.resetModules();
  vi.stubGlobal('Worker', ListKeepingWorker);
});
afterEach(() => vi.unstubAllGlobals());

const service = () => import('@renderer/features/portfolio/fundingService');
const withCandidates = () => posted.filter((r) => r.kind === 'funding' && r.candidates).length;

describe('messages to the funding worker', () => {
  it('sends the candidates once per list: budget changes over the same candidates (built afresh) send the rules only', async () => {
    const { requestFunding } = await service();
    expect((await requestFunding(candidates(), { budget: 150 })).selectedIds).toEqual(['a']);
    expect((await requestFunding(candidates(), { budget: 50 })).selectedIds).toEqual([]);
    expect((await requestFunding(candidates(), { budget: 120 })).selectedIds).toEqual(['a']);
    expect(posted.length).toBe(3);
    expect(withCandidates()).toBe(1);
    const changed = candidates();
    changed[1]!.value = 950;
    await requestFunding(changed, { budget: 150 });
    expect(withCandidates()).toBe(2);
  });

  it('a worker without the list is sent the request again with its candidates, and the answer is the same', async () => {
    const { requestFunding } = await service();
    forgetful = true;
    await requestFunding(candidates(), { budget: 150 });
    expect((await requestFunding(candidates(), { budget: 50 })).selectedIds).toEqual([]);
    expect(posted.map((r) => (r.kind === 'funding' ? Boolean(r.candidates) : null))).toEqual([true, false, true]);
  });

  it('a list handed over ahead (the page idle after a kept answer) is not sent again by the first search, nor handed over twice', async () => {
    const { holdCandidates, requestFunding } = await service();
    holdCandidates(candidates());
    holdCandidates(candidates());
    expect(posted.map((r) => r.kind)).toEqual(['hold']);
    expect((await requestFunding(candidates(), { budget: 150 })).selectedIds).toEqual(['a']);
    expect(posted.map((r) => r.kind)).toEqual(['hold', 'funding']);
    expect(withCandidates()).toBe(0);
  });

  it('the same candidates listed in another order (read back in another order than written) are the same problem: no second search', async () => {
    const { requestFunding } = await service();
    const first = await requestFunding(candidates(), { budget: 150 });
    const again = await requestFunding(candidates().reverse(), { budget: 150 });
    expect(again).toBe(first);
    expect(posted.length).toBe(1);
  });
});
