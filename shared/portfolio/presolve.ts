import type { FundingModel } from './fundingModel';
import { restrictModel } from './fixing';

/**
 * Presolve: free items that no set worth having can contain are dropped before the search, so the bounds
 * and the tree only see items that matter. Two rules, both exact (they never drop an item of an optimal set):
 *
 * - **The share cannot be met with it.** An item i with negative share slack (automation or unclassified when a
 *   minimum share s > 0 applies) needs value-creation investment next to it. At most one item per other problem can
 *   join it, within the budget left after it, so the value-creation investment of any set containing i is at most
 *   vcUpᵢ = min(budgetRoom − costᵢ, Σ over the other groups of their most expensive value-creation item).
 *   Every other item adds slack ≤ (1 − s)·cost if value creation and ≤ 0 otherwise, so if
 *   slackRoom + slackᵢ + (1 − s)·vcUpᵢ < 0, no set within the rules contains i.
 * - **Dominated within its problem.** Item j is dropped when another item i of the same problem costs no more in
 *   total and in every capped year, does at least as much for the share (slackᵢ ≥ slackⱼ) and is worth strictly
 *   more: swapping j for i in any set keeps every rule and raises the total, so j is in no optimal set. Equal values
 *   are kept (either may be in an optimal set). Groups larger than DOMINANCE_GROUP_LIMIT are not compared pairwise.
 */

export type PresolveDrop = { candidate: number; rule: 'share' } | { candidate: number; rule: 'dominated'; by: number };

export const DOMINANCE_GROUP_LIMIT = 256;

/** Items that can never be in a set within the rules because of the minimum value-creation share (1 = drop). */
function shareDrops(model: FundingModel): Uint8Array {
  const drop = new Uint8Array(model.n);
  if (!(model.share > 0)) return drop;
  const { cost, slack, groups, share, budgetRoom, slackRoom } = model;
  const mostVc = groups.map((g) => g.reduce((most, i) => ((slack[i] as number) > 0 ? Math.max(most, cost[i] as number) : most), 0));
  const allVc = mostVc.reduce((s, x) => s + x, 0);
  groups.forEach((g, p) => {
    for (const i of g) {
      if ((slack[i] as number) >= 0) continue;
      const vcUp = Math.max(0, Math.min(budgetRoom - (cost[i] as number), allVc - (mostVc[p] as number)));
      if (slackRoom + (slack[i] as number) + (1 - share) * vcUp < 0) drop[i] = 1;
    }
  });
  return drop;
}

/** True when item i is at least as good as j on every rule and worth strictly more. */
function dominates(model: FundingModel, i: number, j: number): boolean {
  const { cost, value, slack, yearCost, K } = model;
  if (!((value[i] as number) > (value[j] as number))) return false;
  if ((cost[i] as number) > (cost[j] as number) || (slack[i] as number) < (slack[j] as number)) return false;
  for (let k = 0; k < K; k++) if ((yearCost[i * K + k] as number) > (yearCost[j * K + k] as number)) return false;
  return true;
}

/** The model without the items presolve proves useless, and what was dropped (candidate indices). */
export function presolve(model: FundingModel): { model: FundingModel; dropped: PresolveDrop[] } {
  const drop = shareDrops(model);
  const dropped: PresolveDrop[] = [];
  for (let i = 0; i < model.n; i++) if (drop[i]) dropped.push({ candidate: model.candidateOf[i] as number, rule: 'share' });
  for (const g of model.groups) {
    if (g.length < 2 || g.length > DOMINANCE_GROUP_LIMIT) continue;
    const alive = g.filter((i) => !drop[i]);
    for (const j of alive) {
      // the most valuable dominator is itself undominated (dominance is transitive), so it stays in the model
      let by = -1;
      for (const i of alive) if (i !== j && dominates(model, i, j) && (by < 0 || (model.value[i] as number) > (model.value[by] as number))) by = i;
      if (by >= 0) {
        drop[j] = 2;
        dropped.push({ candidate: model.candidateOf[j] as number, rule: 'dominated', by: model.candidateOf[by] as number });
      }
    }
  }
  if (dropped.length === 0) return { model, dropped };
  return { model: restrictModel(model, Uint8Array.from(drop, (d) => (d ? 0 : 1))), dropped };
}
