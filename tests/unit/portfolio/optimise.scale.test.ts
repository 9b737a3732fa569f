import { describe, expect, it } from 'vitest';
import { fundingMessage, optimiseFunding, type FundingCandidate } from '@shared/portfolio';
import { depthFirst, type Incumbent } from '@shared/portfolio/depthFirst';
import { buildModel } from '@shared/portfolio/fundingModel';
import { buildTable, makeContext } from '@shared/portfolio/mckpBound';
import { randomPortfolio, totalInvestment } from './randomPortfolio';

/**
 * Workspaces with thousands of problems: the search walks its tree with an explicit stack, so the depth of
 * the tree (one level per problem) is bounded by memory, not by the call stack ("Maximum call stack size
 * exceeded" used to end the funding calculation at about 3,000 problems).
 */

const PROBLEMS = 10_000;

/** `perProblem` candidates for each of `PROBLEMS` problems (a realistic random portfolio, problems assigned in turn). */
function bigPortfolio(seed: number, perProblem: number): FundingCandidate[] {
  return randomPortfolio(seed, { candidates: PROBLEMS * perProblem }).map((c, i) => ({ ...c, problemId: `p${Math.floor(i / perProblem)}` }));
}

describe('funding choice at 10,000 problems', () => {
  it('20,000 candidates, two per problem, under a budget, yearly caps and a value-creation share: a funded set within the time limit, no stack overflow', () => {
    const cs = bigPortfolio(11, 2);
    const total = totalInvestment(cs);
    // as the app runs it: a time limit (here 2 s) as well as a node limit
    const clock = () => performance.now();
    const r = optimiseFunding(cs, { budget: total * 0.25, yearCaps: [total * 0.1, null, null], minValueCreationShare: 0.3 }, { maxNodes: 3_000, clock, timeLimitMs: 2_000 });
    expect(['optimal', 'best-found']).toContain(r.status);
    expect(r.selectedIds.length).toBeGreaterThan(1_000);
    expect(r.totalInvestment).toBeLessThanOrEqual(total * 0.25);
    const funded = new Set(r.selectedIds);
    const problems = new Set(cs.filter((c) => funded.has(c.id)).map((c) => c.problemId));
    expect(problems.size).toBe(r.selectedIds.length); // one per problem
  });

  it('10,000 identical candidates, one per problem (every level ties): the first dive reaches the last problem', () => {
    const cs: FundingCandidate[] = Array.from({ length: PROBLEMS }, (_, i) => ({
      id: `uc${String(i).padStart(5, '0')}`,
      problemId: `p${i}`,
      kind: 'automation',
      investment: 100,
      investmentByYear: [100],
      value: 150,
      hasBlocker: false,
    }));
    const built = buildModel(cs, { budget: 100 * PROBLEMS });
    if (!built.ok) throw new Error(fundingMessage({ why: built.why, totalValue: 0 }));
    const model = built.model;
    expect(model.groups.length).toBe(PROBLEMS);
    const root = buildTable(makeContext(model, [...model.groups.keys()]), new Float64Array(model.K), 0, 0);
    // No incumbent and no rounding: nothing can be recorded before a leaf, 10,000 levels down.
    const inc: Incumbent = { value: -Infinity, candidates: null, improvements: 0 };
    const run = depthFirst(model, root, inc, PROBLEMS + 100, () => false, false);
    expect(run.nodes).toBeGreaterThan(PROBLEMS);
    expect(inc.candidates).toHaveLength(PROBLEMS);
    expect(inc.value).toBe(150 * PROBLEMS);
  });

  it('the whole optimiser on the same 10,000 ties answers "optimal" with every candidate funded', () => {
    const cs: FundingCandidate[] = Array.from({ length: PROBLEMS }, (_, i) => ({
      id: `uc${i}`,
      problemId: `p${i}`,
      kind: i % 3 === 0 ? 'value-creation' : 'automation',
      investment: 100,
      investmentByYear: [100],
      value: 150,
      hasBlocker: false,
    }));
    const r = optimiseFunding(cs, { budget: 100 * PROBLEMS, minValueCreationShare: 0.2 }, { maxNodes: 50_000 });
    expect(r.status).toBe('optimal');
    expect(r.selectedIds).toHaveLength(PROBLEMS);
  });
});
