import { describe, expect, it } from 'vitest';
import { defaultSnapshotName, nothingChanged, sinceSnapshot } from '@shared/analysis/sinceSnapshot';
import type { BoardSnapshot, FundingDecision, SnapshotCandidate, UseCase } from '@shared/domain';

const c = (id: string, rank: number, over: Partial<SnapshotCandidate> = {}): SnapshotCandidate => ({
  id, name: id.toUpperCase(), problemName: 'P', stage: 'idea', rank, funded: true, fundingCost: 100, totalInvestment: 100, monthlyBenefitAtFull: 10, monthlyRunCost: 1, expectedNpv: 50, npv: 80, sunkCost: 0, ...over,
});

const snapshot: BoardSnapshot = {
  id: 's', workspaceId: 'w', name: 'Board, March 2027', at: '2027-03-15T10:00:00.000Z', month: '2027-03', budget: 1000, totalInvestment: 300, expectedNpv: 150,
  candidates: [c('a', 1), c('b', 2), c('c', 3, { funded: false }), c('d', 4)],
};

const decision = (at: string, title: string): FundingDecision => ({
  id: title, workspaceId: 'w', at, month: at.slice(0, 7), by: 'Dana', title, rationale: 'r',
  figures: { budget: 1, fundedIds: [], fundedNames: [], totalInvestment: 0, expectedNpv: 0, committedInvestment: 0, sunkCost: 0 },
});
const gated = (at: string): Pick<UseCase, 'id' | 'name' | 'lifecycle'> => ({
  id: 'b', name: 'B', lifecycle: { history: [], decisions: [{ choice: 'fund-last-mile', month: at.slice(0, 7), at, by: 'Sam', rationale: 'Pilot worked', extensionMonths: null, figures: { remainingLastMileCost: 1, remainingLastMileMonths: 1, monthlyRunCost: 1, monthlyBenefitAtFull: 1, forwardNpv: 1, forwardExpectedNpv: 1, probability: 0.5, sunkCost: 1, openRisks: [] } }] },
});

describe('since last board: the portfolio now against a frozen snapshot', () => {
  it('lists exactly what changed, each list in the current rank order', () => {
    const now = [c('e', 1, { funded: false }), c('b', 2, { stage: 'pilot', totalInvestment: 140, monthlyRunCost: 3 }), c('a', 3, { monthlyBenefitAtFull: 7 }), c('c', 4, { funded: true })];
    const s = sinceSnapshot(snapshot, { candidates: now, budget: 1200, totalInvestment: 340, expectedNpv: 150 }, {
      funding: [decision('2027-03-01T00:00:00.000Z', 'Before'), decision('2027-04-02T00:00:00.000Z', 'After')],
      useCases: [gated('2027-04-05T00:00:00.000Z')],
    });
    expect(s.newCandidates.map((x) => x.id)).toEqual(['e']);
    expect(s.droppedCandidates.map((x) => x.id)).toEqual(['d']);
    expect(s.stageChanges).toEqual([{ id: 'b', name: 'B', from: 'idea', to: 'pilot' }]);
    expect(s.investmentMoves).toEqual([{ id: 'b', name: 'B', from: 100, to: 140 }]);
    expect(s.runCostMoves).toEqual([{ id: 'b', name: 'B', from: 1, to: 3 }]);
    expect(s.benefitMoves).toEqual([{ id: 'a', name: 'A', from: 10, to: 7 }]);
    // Among a, b and c (in both): b moved above a; e's arrival and d's departure alone move nobody.
    expect(s.rankChanges).toEqual([
      { id: 'b', name: 'B', from: 2, to: 1 },
      { id: 'a', name: 'A', from: 1, to: 2 },
    ]);
    expect(s.fundingChanges).toEqual([{ id: 'c', name: 'C', nowFunded: true }]);
    expect(s.decisions.map((d) => [d.kind, d.title])).toEqual([
      ['gate', 'B'],
      ['funding', 'After'],
    ]);
    expect(s.totals.budget).toMatchObject({ from: 1000, to: 1200 });
    expect(nothingChanged(s)).toBe(false);
  });

  it('the same portfolio as the snapshot changed nothing; rounding is not a move', () => {
    const now = snapshot.candidates.map((x) => ({ ...x, totalInvestment: x.totalInvestment + 0.2 }));
    const s = sinceSnapshot(snapshot, { candidates: now, budget: 1000, totalInvestment: 300, expectedNpv: 150 }, { funding: [decision('2027-03-01T00:00:00.000Z', 'Before')], useCases: [] });
    expect(nothingChanged(s)).toBe(true);
    expect(defaultSnapshotName('March 2027')).toBe('Board, March 2027');
  });
});
