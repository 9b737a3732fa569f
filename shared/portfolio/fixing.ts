import type { FundingModel } from './fundingModel';
import { adjustedValue, type BoundTable, type SearchContext } from './mckpBound';

/**
 * Reduced-cost fixing: an item whose Lagrangian bound WITH the item taken cannot beat the incumbent can
 * never be part of a better set, so it is dropped before branching. For item i of the group at position p:
 *   bound(i) = Σ λₖ·capLeftₖ + μ·slack + adjustedᵢ + LP(budget − costᵢ; every group except p),
 * valid for every set that contains i (the same relaxation as mckpBound.ts with xᵢ fixed to 1).
 */

/** LP value of the hull steps of every group except position `skip`, within `budget`. */
function lpWithout(t: BoundTable, skip: number, budget: number): number {
  let room = budget;
  let value = 0;
  const { segPos, segCost, segValue } = t;
  for (let s = 0; s < segPos.length; s++) {
    if (segPos[s] === skip) continue;
    const dc = segCost[s] as number;
    if (dc <= room) {
      room -= dc;
      value += segValue[s] as number;
    } else {
      if (room > 0) value += ((segValue[s] as number) * room) / dc;
      break;
    }
  }
  return value;
}

/** 1 for each item that might still be in a set worth more than `limit`, 0 for items proven useless. */
export function itemsWorthKeeping(ctx: SearchContext, t: BoundTable, limit: number): Uint8Array {
  const { model } = ctx;
  const keep = new Uint8Array(model.n);
  let constant = t.mu * model.slackRoom;
  for (let k = 0; k < model.K; k++) constant += (t.lambda[k] as number) * (model.capRoom[k] as number);
  ctx.itemsByCost.forEach((items, p) => {
    for (const i of items) {
      const bound = constant + adjustedValue(model, t.lambda, t.mu, i) + lpWithout(t, p, model.budgetRoom - (model.cost[i] as number));
      keep[i] = bound > limit ? 1 : 0;
    }
  });
  return keep;
}

/** The same model with only the kept items (groups left empty disappear). */
export function restrictModel(model: FundingModel, keep: Uint8Array): FundingModel {
  const { K } = model;
  const newIndex = new Int32Array(model.n).fill(-1);
  let n = 0;
  for (let i = 0; i < model.n; i++) if (keep[i]) newIndex[i] = n++;
  // Written out in buildModel's order, not spread from `model`: a spread object has another hidden class, and the
  // search's functions, compiled for the first model they met, were thrown back to the interpreter by the second
  // (30 deoptimisations in a first search at 5,000 candidates, against 8; its time 285 → 210 ms, docs/performance.md).
  const out: FundingModel = {
    n,
    candidateOf: new Int32Array(n),
    cost: new Float64Array(n),
    value: new Float64Array(n),
    slack: new Float64Array(n),
    yearCost: new Float64Array(n * K),
    capYears: model.capYears,
    K,
    groups: [],
    budgetRoom: model.budgetRoom,
    capRoom: model.capRoom,
    share: model.share,
    slackRoom: model.slackRoom,
    fixedValue: model.fixedValue,
    fixedIds: model.fixedIds,
  };
  for (let i = 0; i < model.n; i++) {
    const j = newIndex[i] as number;
    if (j < 0) continue;
    out.candidateOf[j] = model.candidateOf[i] as number;
    out.cost[j] = model.cost[i] as number;
    out.value[j] = model.value[i] as number;
    out.slack[j] = model.slack[i] as number;
    for (let k = 0; k < K; k++) out.yearCost[j * K + k] = model.yearCost[i * K + k] as number;
  }
  out.groups = model.groups.map((g) => g.filter((i) => keep[i]).map((i) => newIndex[i] as number)).filter((g) => g.length > 0);
  return out;
}
