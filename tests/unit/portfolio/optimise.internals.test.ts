import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FundingCandidate, FundingConstraints } from '@shared/portfolio';
import { depthFirst, type Incumbent } from '@shared/portfolio/depthFirst';
import { itemsWorthKeeping } from '@shared/portfolio/fixing';
import { buildModel, type FundingModel } from '@shared/portfolio/fundingModel';
import { improveMultipliers } from '@shared/portfolio/lagrangian';
import { boundOf, buildTable, emptySolution, makeContext } from '@shared/portfolio/mckpBound';
import { bruteForceBest, expectBruteForceValue, meetsRules, smallInstance } from './fundingOracle';

/**
 * The parts of the exact search checked on their own against brute force, so that the starting
 * heuristics (which often find the optimum of a small portfolio by themselves) cannot hide a fault.
 */

const instances = fc.oneof(smallInstance(12, 5), smallInstance(12, 10));

function modelOf(candidates: FundingCandidate[], constraints: FundingConstraints): FundingModel | null {
  const built = buildModel(candidates, constraints);
  return built.ok ? built.model : null;
}

/** Brute-force best value of the free items alone (total minus what is forced in), with double tolerance. */
function bestFree(candidates: FundingCandidate[], constraints: FundingConstraints, model: FundingModel): number | null {
  const best = bruteForceBest(candidates, constraints, 2);
  return best === null ? null : best - model.fixedValue;
}

const multipliers = (K: number) =>
  fc.record({ lambda: fc.array(fc.double({ min: 0, max: 3, noNaN: true }), { minLength: K, maxLength: K }), mu: fc.double({ min: 0, max: 3, noNaN: true }) });

describe('exact search internals', () => {
  it('the Lagrangian / knapsack-LP bound is never below the true best, for any multipliers ≥ 0', () => {
    fc.assert(
      fc.property(instances.chain((inst) => fc.tuple(fc.constant(inst), multipliers(3))), ([{ candidates, constraints }, m]) => {
        const model = modelOf(candidates, constraints);
        if (!model) return;
        const best = bestFree(candidates, constraints, model);
        if (best === null) return;
        const ctx = makeContext(model, [...model.groups.keys()]);
        const table = buildTable(ctx, Float64Array.from(m.lambda.slice(0, model.K)), model.share > 0 ? m.mu : 0, 0);
        const bound = boundOf(table, 0, model.budgetRoom, model.capRoom, model.slackRoom);
        expect(bound).toBeGreaterThanOrEqual(best - 1e-6 * Math.max(1, Math.abs(best)));
      }),
      { numRuns: 300 },
    );
  });

  it('the branch and bound alone, from no incumbent, finds the brute-force best (plain or tuned multipliers, with or without the node heuristic and the budget DP bound)', () => {
    fc.assert(
      fc.property(instances, fc.boolean(), fc.boolean(), fc.boolean(), ({ candidates, constraints }, tune, rounding, exactBudget) => {
        const model = modelOf(candidates, constraints);
        if (!model) {
          expectBruteForceValue(candidates, constraints, null);
          return;
        }
        const inc: Incumbent = { value: -Infinity, candidates: null, improvements: 0 };
        if (model.groups.length === 0) {
          if (model.slackRoom >= 0) {
            inc.value = 0;
            inc.candidates = [];
          }
        } else {
          const ctx = makeContext(model, [...model.groups.keys()]);
          let root = buildTable(ctx, new Float64Array(model.K), 0, 0);
          if (tune && (model.K > 0 || model.share > 0)) {
            root = improveMultipliers(ctx, root, {
              depth: 0, budget: model.budgetRoom, capLeft: model.capRoom, slack: model.slackRoom, target: 0, stopAt: -Infinity, iterations: 30, theta: 2,
            }, emptySolution(model.K, ctx.G)).table;
          }
          expect(depthFirst(model, root, inc, 1e7, () => false, rounding, exactBudget).complete).toBe(true);
        }
        expectBruteForceValue(candidates, constraints, inc.candidates === null ? null : model.fixedValue + inc.value);
        if (inc.candidates === null) return;
        const chosen = candidates.filter((c, i) => inc.candidates?.includes(i) || model.fixedIds.has(c.id));
        expect(meetsRules(candidates, constraints, chosen, 2)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('reduced-cost fixing only drops items that no better set contains', () => {
    fc.assert(
      fc.property(instances.chain((inst) => fc.tuple(fc.constant(inst), multipliers(3))), ([{ candidates, constraints }, m]) => {
        const model = modelOf(candidates, constraints);
        if (!model || model.groups.length === 0) return;
        const best = bruteForceBest(candidates, constraints, 0.5);
        if (best === null) return;
        const ctx = makeContext(model, [...model.groups.keys()]);
        const table = buildTable(ctx, Float64Array.from(m.lambda.slice(0, model.K)), model.share > 0 ? m.mu : 0, 0);
        // ask for sets better than a value a little under the best: the best set's items must all stay
        const limit = best - model.fixedValue - 1e-6 * Math.max(1, Math.abs(best));
        const keep = itemsWorthKeeping(ctx, table, limit);
        for (let i = 0; i < model.n; i++) {
          if (keep[i]) continue;
          const dropped = candidates[model.candidateOf[i]!]!;
          const withIt = bruteForceBest(candidates, { ...constraints, forced: { ...constraints.forced, [dropped.id]: { mode: 'in', reason: '' } } }, 0.5);
          if (withIt !== null) expect(withIt - model.fixedValue).toBeLessThanOrEqual(limit + 1e-6 * Math.max(1, Math.abs(best)));
        }
      }),
      { numRuns: 200 },
    );
  });
});
