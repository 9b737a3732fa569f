import { describe, expect, it } from 'vitest';
import { fundingMessage, optimiseFunding, type FundingCandidate, type FundingConstraints } from '@shared/portfolio';
import { depthFirst, type Incumbent } from '@shared/portfolio/depthFirst';
import { buildModel } from '@shared/portfolio/fundingModel';
import { buildTable, makeContext } from '@shared/portfolio/mckpBound';
import { randomPortfolio, totalInvestment } from './randomPortfolio';

/** A candidate with its whole investment in plan year 1 unless told otherwise. */
function cand(id: string, problemId: string, investment: number, value: number, extra: Partial<FundingCandidate> = {}): FundingCandidate {
  return { id, problemId, kind: 'automation', investment, investmentByYear: [investment], value, hasBlocker: false, ...extra };
}

const reasons = (r: ReturnType<typeof optimiseFunding>) => Object.fromEntries(r.excluded.map((e) => [e.id, e.reason]));

describe('funding choice: worked examples', () => {
  it('is optimal, not greedy: two mid-sized cases beat the single best ratio', () => {
    const cs = [cand('A', 'p1', 60, 120), cand('B', 'p2', 50, 95), cand('C', 'p3', 50, 95)];
    const r = optimiseFunding(cs, { budget: 100 });
    expect(r.status).toBe('optimal');
    expect(r.selectedIds).toEqual(['B', 'C']);
    expect(r.totalValue).toBe(190);
    expect(r.totalInvestment).toBe(100);
    expect(r.excluded).toEqual([{ id: 'A', reason: 'budget', detail: 'Needs 60; only 0 of the budget is left after the funded set.' }]);
    expect(r.message).toMatch(/^Optimal/);
  });

  it('funds at most one candidate per problem and says which one serves it', () => {
    const cs = [cand('chat', 'support', 100, 300, { name: 'Support chatbot' }), cand('triage', 'support', 80, 200), cand('ocr', 'invoices', 50, 60)];
    const r = optimiseFunding(cs, { budget: 1000 });
    expect(r.selectedIds).toEqual(['chat', 'ocr']);
    expect(r.excluded).toEqual([{ id: 'triage', reason: 'problem-served', detail: 'Its problem is already served by Support chatbot.' }]);
  });

  it('respects a cap per plan year by choosing spending that falls later', () => {
    const early = cand('early', 'p1', 100, 150, { investmentByYear: [100, 0] });
    const late = cand('late', 'p1', 100, 140, { investmentByYear: [20, 80] });
    const other = cand('other', 'p2', 60, 90, { investmentByYear: [60, 0] });
    const r = optimiseFunding([early, late, other], { budget: 1000, yearCaps: [90, null] });
    expect(r.selectedIds).toEqual(['late', 'other']);
    expect(r.investmentByYear).toEqual([80, 80]);
    expect(reasons(r)).toEqual({ early: 'problem-served' });
    const tight = optimiseFunding([early, other], { budget: 1000, yearCaps: [90] });
    expect(tight.selectedIds).toEqual(['other']);
    expect(tight.excluded[0]).toEqual({ id: 'early', reason: 'year-cap', detail: "Needs 100 in plan year 1; only 30 of that year's cap is left." });
  });

  it('meets a minimum value-creation share even when that takes most of the budget left', () => {
    const cs = [
      cand('auto', 'p1', 100, 1000),
      cand('new1', 'p2', 100, 10, { kind: 'value-creation' }),
      cand('new2', 'p3', 100, 10, { kind: 'value-creation' }),
      cand('auto2', 'p4', 100, 500),
    ];
    const constraints: FundingConstraints = { budget: 300, minValueCreationShare: 0.6 };
    const r = optimiseFunding(cs, constraints);
    expect(r.selectedIds).toEqual(['auto', 'new1', 'new2']);
    expect(r.valueCreationShare).toBeCloseTo(2 / 3, 12);
    expect(r.excluded[0]?.reason).toBe('budget');
    // the tree search alone (no heuristics) must reach it too
    const built = buildModel(cs, constraints);
    if (!built.ok) throw new Error(fundingMessage({ why: built.why, totalValue: 0 }));
    const ctx = makeContext(built.model, [...built.model.groups.keys()]);
    const inc: Incumbent = { value: -Infinity, candidates: null, improvements: 0 };
    depthFirst(built.model, buildTable(ctx, new Float64Array(0), 0, 0), inc, 1e6, () => false, false);
    expect(inc.value).toBe(1020);
    // with a budget to spare, a value-creation case with no value of its own is funded to meet the share
    const share = optimiseFunding([cand('auto', 'p1', 100, 1000), cand('lab', 'p2', 100, -5, { kind: 'value-creation' })], { budget: 500, minValueCreationShare: 0.5 });
    expect(share.selectedIds).toEqual(['auto', 'lab']);
    expect(share.totalValue).toBe(995);
  });

  it('funds what is forced in, leaves out what is forced out, and keeps blockers out unless forced in', () => {
    const cs = [
      cand('mandate', 'p1', 50, -20),
      cand('vetoed', 'p2', 10, 500),
      cand('blocked', 'p3', 10, 400, { hasBlocker: true }),
      cand('blockedButForced', 'p4', 10, 300, { hasBlocker: true }),
      cand('dud', 'p5', 10, 0),
    ];
    const r = optimiseFunding(cs, {
      budget: 1000,
      forced: {
        mandate: { mode: 'in', reason: 'Regulator deadline' },
        vetoed: { mode: 'out', reason: 'Vendor under review' },
        blockedButForced: { mode: 'in', reason: 'Data fix already funded' },
      },
    });
    expect(r.selectedIds).toEqual(['mandate', 'blockedButForced']);
    expect(r.totalValue).toBe(280);
    expect(r.excluded).toEqual([
      { id: 'vetoed', reason: 'forced-out', detail: 'Forced out: Vendor under review' },
      { id: 'blocked', reason: 'blocker', detail: 'A readiness score of 1 blocks production; it is left out unless forced in.' },
      { id: 'dud', reason: 'negative-value', detail: 'Its value is 0, so funding it would not add to the total.' },
    ]);
  });

  it('says plainly why nothing can be funded', () => {
    const a = cand('a', 'p1', 100, 10, { name: 'Claims triage' });
    const b = cand('b', 'p1', 100, 10, { name: 'Claims summariser' });
    const inBoth = { a: { mode: 'in' as const, reason: '' }, b: { mode: 'in' as const, reason: '' } };
    expect(optimiseFunding([a, b], { budget: 1000, forced: inBoth })).toMatchObject({
      status: 'infeasible',
      selectedIds: [],
      message: 'Claims triage and Claims summariser are both forced in but solve the same problem; fund at most one per problem.',
    });
    expect(optimiseFunding([a], { budget: 99, forced: { a: { mode: 'in', reason: '' } } }).message).toBe(
      'The candidates forced in need 100, more than the budget of 99.',
    );
    expect(optimiseFunding([a], { budget: 1000, yearCaps: [40], forced: { a: { mode: 'in', reason: '' } } }).message).toBe(
      'The candidates forced in need 100 in plan year 1, more than its cap of 40.',
    );
    const vc = cand('v', 'p2', 50, 5, { kind: 'value-creation' });
    expect(optimiseFunding([a, vc], { budget: 1000, minValueCreationShare: 0.5, forced: { a: { mode: 'in', reason: '' } } })).toMatchObject({
      status: 'infeasible',
      message: 'No set meets the minimum value-creation share of 50% together with the candidates forced in.',
    });
  });

  it('handles the edges: nothing to choose, no budget, free candidates', () => {
    expect(optimiseFunding([], { budget: 100 })).toMatchObject({ status: 'optimal', selectedIds: [], totalValue: 0, excluded: [] });
    const r = optimiseFunding([cand('free', 'p1', 0, 5), cand('paid', 'p2', 10, 50)], { budget: 0 });
    expect(r).toMatchObject({ status: 'optimal', selectedIds: ['free'], totalValue: 5, valueCreationShare: 0 });
    expect(reasons(r)).toEqual({ paid: 'budget' });
  });

  it('refuses figures no business case should produce', () => {
    expect(() => optimiseFunding([cand('x', 'p', Number.NaN, 1)], { budget: 1 })).toThrow(/not a finite number/);
    expect(() => optimiseFunding([cand('x', 'p', -1, 1)], { budget: 1 })).toThrow(/negative investment/);
    expect(() => optimiseFunding([cand('x', 'p', 1, 1), cand('x', 'q', 1, 1)], { budget: 1 })).toThrow(/appears twice/);
  });
});

describe('search guard', () => {
  const big = randomPortfolio(4, { candidates: 400 }); // needs about 1,600 nodes
  const constraints: FundingConstraints = { budget: totalInvestment(big) * 0.15, yearCaps: [null, totalInvestment(big) * 0.05], minValueCreationShare: 0.4 };

  it('a node limit stops the search and the answer is not called optimal', () => {
    const r = optimiseFunding(big, constraints, { maxNodes: 50 });
    expect(r.status).toBe('best-found');
    expect(r.message).toMatch(/^Best found: the search stopped at its limit/);
    expect(r.nodesExplored).toBeLessThanOrEqual(50);
    const full = optimiseFunding(big, constraints);
    expect(full.status).toBe('optimal');
    expect(r.totalValue).toBeLessThanOrEqual(full.totalValue);
  });

  it('a time limit on the given clock stops the search too', () => {
    let now = 0;
    const clock = () => (now += 1); // every reading advances 1 ms
    const r = optimiseFunding(big, constraints, { clock, timeLimitMs: 3 });
    expect(r.status).not.toBe('optimal');
  });

  it('a starting set that breaks a rule is ignored; a good one is kept or beaten', () => {
    const full = optimiseFunding(big, constraints);
    const all = big.map((c) => c.id);
    expect(optimiseFunding(big, constraints, { incumbentIds: all }).totalValue).toBeCloseTo(full.totalValue, 6);
    expect(optimiseFunding(big, constraints, { incumbentIds: full.selectedIds }).totalValue).toBeCloseTo(full.totalValue, 6);
  });
});
