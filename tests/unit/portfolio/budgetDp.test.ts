import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { budgetDpBound, budgetDpSet, budgetGrid, buildBudgetDp, DP_LIMITS, type DpLimits } from '@shared/portfolio/budgetDp';
import { buildModel, type FundingModel } from '@shared/portfolio/fundingModel';
import { feasibleItems } from '@shared/portfolio/incumbent';
import { makeContext } from '@shared/portfolio/mckpBound';
import { smallInstance } from './fundingOracle';

/**
 * The budget DP bound (shared/portfolio/budgetDp.ts) keeps the budget rule whole and relaxes the caps and the share.
 * It must never fall below the best set that a node can still complete, whatever the multipliers and however sparsely
 * the tables are kept; with the budget, one per problem and nothing else, it is the best set itself.
 */

/**
 * Small portfolios with every investment (and its split over the years) in whole thousands, so that the costs share a
 * unit; in some, the budget is exactly what a subset of them costs (sums that hit the limit).
 */
const instances = fc.tuple(fc.oneof(smallInstance(12, 5), smallInstance(12, 10)), fc.option(fc.nat(), { nil: null })).map(([{ candidates, constraints }, subset]) => {
  const rounded = candidates.map((c) => {
    const investment = Math.round(c.investment / 1000) * 1000;
    const first = Math.min(investment, Math.round((c.investmentByYear[0] ?? 0) / 1000) * 1000);
    return { ...c, investment, investmentByYear: [first, investment - first, 0] };
  });
  const budget = subset === null ? constraints.budget : rounded.reduce((sum, c, i) => ((subset >> i) & 1 ? sum + c.investment : sum), 0);
  return { candidates: rounded, constraints: { ...constraints, budget } };
});

/** The tables' limits: the app's, or small ones that keep only every few positions (the rest worked out from them). */
const limits: fc.Arbitrary<DpLimits> = fc.oneof(
  fc.constant(DP_LIMITS),
  fc.integer({ min: 400, max: 4_000 }).map((entries) => ({ entries, work: DP_LIMITS.work })),
);

const multipliers = fc.record({
  lambda: fc.array(fc.double({ min: 0, max: 3, noNaN: true }), { minLength: 3, maxLength: 3 }),
  mu: fc.double({ min: 0, max: 3, noNaN: true }),
});

/**
 * Brute force over the model: the most value the groups at positions ≥ depth (in `order`) can add within `budget`,
 * the caps' rooms and the share, one item or none per group; -Infinity when no choice meets the share.
 */
function bestCompletion(model: FundingModel, order: readonly number[], depth: number, budget: number): number {
  const { K } = model;
  const caps = Float64Array.from(model.capRoom);
  let best = -Infinity;
  const walk = (p: number, room: number, slack: number, value: number) => {
    if (p === order.length) {
      if (model.share <= 0 || slack >= 0) best = Math.max(best, value);
      return;
    }
    walk(p + 1, room, slack, value);
    for (const i of model.groups[order[p] as number] as number[]) {
      if ((model.cost[i] as number) > room) continue;
      let fits = true;
      for (let k = 0; k < K; k++) fits &&= (model.yearCost[i * K + k] as number) <= (caps[k] as number);
      if (!fits) continue;
      for (let k = 0; k < K; k++) caps[k] = (caps[k] as number) - (model.yearCost[i * K + k] as number);
      walk(p + 1, room - (model.cost[i] as number), slack + (model.slack[i] as number), value + (model.value[i] as number));
      for (let k = 0; k < K; k++) caps[k] = (caps[k] as number) + (model.yearCost[i * K + k] as number);
    }
  };
  walk(depth, budget, model.slackRoom, 0);
  return best;
}

describe('budget DP bound', () => {
  it('is never below the best completion of a node, for any multipliers ≥ 0 and any spacing of kept positions', () => {
    fc.assert(
      fc.property(instances, multipliers, limits, fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(), (inst, m, lim, budgetShare, depthSeed) => {
        const built = buildModel(inst.candidates, inst.constraints);
        if (!built.ok || built.model.groups.length === 0) return;
        const model = built.model;
        const order = [...model.groups.keys()].reverse();
        const ctx = makeContext(model, order);
        const dp = buildBudgetDp(ctx, Float64Array.from(m.lambda.slice(0, model.K)), model.share > 0 ? m.mu : 0, lim);
        if (!dp) return;
        const depth = depthSeed % (ctx.G + 1);
        const budget = depth === 0 ? model.budgetRoom : model.budgetRoom * budgetShare;
        const best = bestCompletion(model, order, depth, budget);
        if (best === -Infinity) return;
        const bound = budgetDpBound(dp, depth, budget, model.capRoom, model.slackRoom);
        expect(bound).toBeGreaterThanOrEqual(best - 1e-9 * Math.max(1, Math.abs(best)));
      }),
      { numRuns: 400 },
    );
  });

  it('with the budget and one per problem alone, is the best set itself and reads it back', () => {
    fc.assert(
      fc.property(instances, (inst) => {
        const built = buildModel(inst.candidates, { budget: inst.constraints.budget, forced: inst.constraints.forced });
        if (!built.ok || built.model.groups.length === 0) return;
        const model = built.model;
        const ctx = makeContext(model, [...model.groups.keys()]);
        expect(budgetGrid(model)).not.toBeNull();
        const dp = buildBudgetDp(ctx, new Float64Array(model.K), 0);
        expect(dp).not.toBeNull();
        if (!dp) return;
        const best = bestCompletion(model, [...model.groups.keys()], 0, model.budgetRoom);
        const bound = budgetDpBound(dp, 0, model.budgetRoom, model.capRoom, model.slackRoom);
        expect(Math.abs(bound - best)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(best)));
        const set = budgetDpSet(dp);
        expect(set).not.toBeNull();
        expect(feasibleItems(model, set ?? [])).toBe(true);
        const value = (set ?? []).reduce((s, i) => s + (model.value[i] as number), 0);
        expect(Math.abs(value - best)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(best)));
      }),
      { numRuns: 300 },
    );
  });
});
