/**
 * A long funding search on the portfolio page: after a moment it says it is still searching, how close the best set
 * found so far is, and offers "Stop searching"; stopping makes that set the answer, recorded once, so asking again for
 * the same funding problem (another screen, an export) gets the very same set. (jsdom has no workers: a stand-in
 * worker reports a best set and never finishes, like a search that would run to its limit.)
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultPortfolioPlan, type FundingCandidate, type FundingConstraints, type FundingResult } from '@shared/portfolio';
import { presenter } from '@shared/presentation';
import type { FundingRequest } from '@renderer/features/portfolio/fundingMessages';
import { standInFundingWorker } from './standInFundingWorker';

const bestSoFar: FundingResult = {
  status: 'best-found',
  selectedIds: ['a'],
  totalInvestment: 100,
  totalValue: 996,
  bound: 1000,
  investmentByYear: [100],
  valueCreationShare: 0,
  excluded: [{ id: 'b', reason: 'budget', detail: 'Not in the best set found before the search limit stopped the search; a longer search may fund it.' }],
  nodesExplored: 20_000,
  why: { kind: 'best-found', by: 'step-limit', steps: 20_000 },
  message: 'Best found: the search stopped at its limit after 20,000 steps; its total is within 0.4% of the best possible, so a better set may exist but not by more.',
};

const asked: FundingRequest[] = [];
const SlowSearchWorker = standInFundingWorker((request) => {
  asked.push(request);
  return request.kind === 'funding' ? { id: request.id, kind: 'progress', funding: bestSoFar } : null;
}, 20);
vi.stubGlobal('Worker', SlowSearchWorker);
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const { useFunding } = await import('@renderer/features/portfolio/useFunding');
const { FundingPanel } = await import('@renderer/features/portfolio/FundingPanel');
const { requestFunding } = await import('@renderer/features/portfolio/fundingService');

const candidates: FundingCandidate[] = [
  { id: 'a', problemId: 'p1', kind: 'automation', investment: 100, investmentByYear: [100], value: 996, hasBlocker: false },
  { id: 'b', problemId: 'p2', kind: 'automation', investment: 100, investmentByYear: [100], value: 500, hasBlocker: false },
];
const constraints: FundingConstraints = { budget: 150 };
const plan = defaultPortfolioPlan(150);
const present = presenter({ currency: 'EUR', numberFormat: 'en-US', planningStartMonth: '2027-01' });

function Page() {
  const { funding, busy, error } = useFunding(candidates, constraints, 0);
  return <FundingPanel plan={plan} planYears={1} present={present} funding={funding} byYear={null} busy={busy} error={error} onSave={async () => []} />;
}

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  document.body.innerHTML = '';
});

const wait = (ms: number) => act(() => new Promise<void>((r) => setTimeout(r, ms)));

describe('a long funding search', () => {
  it('shows its progress after a moment, and Stop keeps the best set found so far as the one answer', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
    act(() => root?.render(<Page />));
    expect(host.textContent).toContain('Searching for the best funded set…');
    expect(host.querySelector('button')).toBeNull();

    await wait(700);
    expect(host.textContent).toMatch(/Still searching after \d+(\.\d)? s\. A set within 0\.4% of the best possible is already found\./);
    const stop = [...host.querySelectorAll('button')].find((b) => b.textContent === 'Stop searching');
    expect(stop).toBeDefined();

    await act(async () => stop?.click());
    await wait(10);
    expect(SlowSearchWorker.terminated).toBe(1);
    const status = host.querySelector('[role="status"]')?.textContent ?? '';
    expect(status).toBe('Best found: you stopped the search; its total is within 0.4% of the best possible, so a better set may exist but not by more.');
    expect(host.textContent).not.toContain('Stop searching');

    // every other reader of this funding problem gets the same set, without a new search
    const before = asked.length;
    const again = await requestFunding([...candidates].reverse(), constraints);
    expect(again.selectedIds).toEqual(['a']);
    expect(again.status).toBe('best-found');
    expect(again.message).toBe(status);
    expect(asked.length).toBe(before);
  });
});
