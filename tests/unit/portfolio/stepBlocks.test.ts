import { describe, expect, it } from 'vitest';
import type { FundingConstraints } from '@shared/portfolio';
import { depthFirst, type Incumbent } from '@shared/portfolio/depthFirst';
import { buildModel } from '@shared/portfolio/fundingModel';
import { boundOf, buildTable, constantPart, emptySolution, makeContext, solveLp } from '@shared/portfolio/mckpBound';
import { lpChoiceAt, lpValueFast, type StepBreak } from '@shared/portfolio/stepBlocks';
import { randomPortfolio, seededRandom, totalInvestment } from './randomPortfolio';

/**
 * The search's node bound from a table's blocks (stepBlocks.ts) against the plain scan (boundOf, solveLp): the same
 * bound and the same first choice for the group at the node's depth, along a walk that goes down and back up the
 * positions as the depth-first search does, at budgets from none to more than everything, with and without
 * multipliers, on tables built at the root and deeper.
 */
describe('the LP bound from blocks of hull steps', () => {
  for (const seed of [11, 12, 13, 14]) {
    it(`equals the scan of every step, and picks the same item (portfolio ${seed})`, () => {
      const rnd = seededRandom(seed);
      const candidates = randomPortfolio(seed, { candidates: 300 + Math.floor(rnd() * 400), perProblem: 2.5 });
      const total = candidates.reduce((s, c) => s + c.investment, 0);
      const constraints: FundingConstraints = { budget: total * 0.3, yearCaps: [total * 0.1, total * 0.12, null], minValueCreationShare: 0.2 };
      const built = buildModel(candidates, constraints);
      if (!built.ok) throw new Error('the portfolio builds a model');
      const model = built.model;
      const ctx = makeContext(model, [...model.groups.keys()]);
      const G = ctx.G;
      const lambda = Float64Array.from({ length: model.K }, () => rnd() * 0.5);
      const tables = [buildTable(ctx, new Float64Array(model.K), 0, 0), buildTable(ctx, lambda, rnd(), 0), buildTable(ctx, lambda, 0.3, Math.floor(G / 3))];
      const sol = emptySolution(model.K, G);
      const at: StepBreak = { step: -1, share: 0 };
      for (const table of tables) {
        let depth = table.depth;
        for (let step = 0; step < 400; step++) {
          // mostly one level down or up, now and then a jump back (the search backtracking several levels)
          const r = rnd();
          depth = r < 0.55 ? Math.min(G, depth + 1) : r < 0.9 ? Math.max(table.depth, depth - 1) : table.depth + Math.floor(rnd() * (G - table.depth + 1));
          const budget = [0, total * 0.01, total * rnd() * 0.5, total * 2][step % 4] as number;
          const capLeft = Float64Array.from(model.capRoom, (c) => c * rnd());
          const slack = (rnd() - 0.5) * total * 0.1;
          const expected = boundOf(table, depth, budget, capLeft, slack);
          const fast = constantPart(table, capLeft, slack) + lpValueFast(table, depth, budget, at);
          expect(Math.abs(fast - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
          if (depth < G) {
            solveLp(ctx, table, depth, budget, capLeft, slack, sol);
            const first = sol.fracPos === depth && sol.fracShare > 0.5 ? sol.fracTo : sol.picks[depth];
            expect(lpChoiceAt(table, depth, at)).toBe(first);
          }
        }
      }
    });
  }
});

describe('the search with its bounds read from blocks', () => {
  it('walks the same tree to the same optimum as with every table scanned (150–1,500 candidates, caps and a share)', () => {
    for (const [seed, size] of [
      [21, 150],
      [22, 400],
      [23, 800],
      [24, 1_500],
    ] as const) {
      const candidates = randomPortfolio(seed, { candidates: size, perProblem: 2.5, years: 3 });
      const budget = totalInvestment(candidates) * 0.2;
      const constraints: FundingConstraints = { budget, yearCaps: [budget * 0.45, budget * 0.5, null], minValueCreationShare: 0.3 };
      const built = buildModel(candidates, constraints);
      if (!built.ok) throw new Error('the portfolio builds a model');
      const model = built.model;
      const ctx = makeContext(model, [...model.groups.keys()]);
      const root = buildTable(ctx, Float64Array.from({ length: model.K }, () => 0.05), 0.1, 0);
      const search = (blocksFrom: number) => {
        const inc: Incumbent = { value: model.slackRoom >= 0 ? 0 : -Infinity, candidates: null, improvements: 0 };
        return { ...depthFirst(model, root, inc, 2_000_000, () => false, true, false, blocksFrom), value: inc.value };
      };
      const scanned = search(Infinity);
      const blocked = search(0);
      expect(scanned.complete && blocked.complete).toBe(true);
      expect(blocked.nodes).toBe(scanned.nodes);
      expect(Math.abs(blocked.value - scanned.value)).toBeLessThanOrEqual(1e-9 * Math.abs(scanned.value));
    }
  });
});
