import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FundingConstraints } from '@shared/portfolio';
import { lpWithout, stepsWithout } from '@shared/portfolio/fixing';
import { buildModel } from '@shared/portfolio/fundingModel';
import { buildTable, makeContext, type BoundTable } from '@shared/portfolio/mckpBound';
import { smallInstance } from './fundingOracle';
import { randomPortfolio, seededRandom } from './randomPortfolio';

/**
 * Reduced-cost fixing's LP of every group but one (fixing.ts), read from the table's running totals, against the plain
 * scan it replaced: every step in table order, the skipped group's passed over, taken while it fits, the first that
 * does not taken in part.
 */
function scanWithout(t: BoundTable, skip: number, budget: number): number {
  let room = budget;
  let value = 0;
  for (let s = 0; s < t.segPos.length; s++) {
    if (t.segPos[s] === skip) continue;
    const dc = t.segCost[s] as number;
    if (dc <= room) {
      room -= dc;
      value += t.segValue[s] as number;
    } else {
      if (room > 0) value += ((t.segValue[s] as number) * room) / dc;
      break;
    }
  }
  return value;
}

const close = (a: number, b: number, scale: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, scale);

describe('the LP of every group but one, from running totals', () => {
  for (const seed of [31, 32, 33]) {
    it(`equals the scan for every group, at budgets from below nothing to more than everything (portfolio ${seed})`, () => {
      const rnd = seededRandom(seed);
      const candidates = randomPortfolio(seed, { candidates: 200 + Math.floor(rnd() * 400), perProblem: 2.5 });
      const total = candidates.reduce((s, c) => s + c.investment, 0);
      const constraints: FundingConstraints = { budget: total * 0.4, yearCaps: [total * 0.15, null], minValueCreationShare: 0.2 };
      const built = buildModel(candidates, constraints);
      if (!built.ok) throw new Error('the portfolio builds a model');
      const model = built.model;
      const ctx = makeContext(model, [...model.groups.keys()]);
      const lambda = Float64Array.from({ length: model.K }, () => rnd() * 0.6);
      for (const table of [buildTable(ctx, new Float64Array(model.K), 0, 0), buildTable(ctx, lambda, rnd(), 0)]) {
        const w = stepsWithout(table);
        const everything = table.segCost.reduce((s, c) => s + c, 0);
        for (let p = 0; p < ctx.G; p++) {
          for (const budget of [-total * 0.01, 0, everything * rnd() * 0.3, everything * rnd(), everything * 1.5]) {
            const expected = scanWithout(table, p, budget);
            expect(close(lpWithout(table, w, p, budget), expected, Math.abs(expected) + everything)).toBe(true);
          }
        }
      }
    });
  }

  it('equals the scan on small portfolios with free items, ties and budgets that hit a step exactly', () => {
    fc.assert(
      fc.property(smallInstance(12, 1), fc.double({ min: 0, max: 1.2, noNaN: true }), ({ candidates, constraints }, share) => {
        const built = buildModel(candidates, constraints);
        if (!built.ok || built.model.groups.length === 0) return;
        const ctx = makeContext(built.model, [...built.model.groups.keys()]);
        const table = buildTable(ctx, new Float64Array(built.model.K), 0, 0);
        const w = stepsWithout(table);
        const m = table.segPos.length;
        const everything = table.segCost.reduce((s, c) => s + c, 0);
        // budgets at each step's running total (a step that exactly fits) and a share of everything
        const budgets = [everything * share, ...Array.from({ length: m + 1 }, (_, s) => table.segCost.slice(0, s).reduce((a, c) => a + c, 0))];
        for (let p = 0; p < ctx.G; p++)
          for (const budget of budgets) {
            const expected = scanWithout(table, p, budget);
            expect(close(lpWithout(table, w, p, budget), expected, Math.abs(expected) + everything)).toBe(true);
          }
      }),
      { numRuns: 300 },
    );
  });
});
