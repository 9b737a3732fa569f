import type { FundingModel } from './fundingModel';
import { adjustedValue, type BoundTable, type SearchContext } from './mckpBound';
import { stepsByPosition } from './stepBlocks';

/**
 * Reduced-cost fixing: an item whose Lagrangian bound WITH the item taken cannot beat the incumbent can
 * never be part of a better set, so it is dropped before branching. For item i of the group at position p:
 *   bound(i) = Σ λₖ·capLeftₖ + μ·slack + adjustedᵢ + LP(budget − costᵢ; every group except p),
 * valid for every set that contains i (the same relaxation as mckpBound.ts with xᵢ fixed to 1).
 */

/**
 * The hull steps of a table as running totals, and each position's steps in table order: the LP of every group but
 * one is then the table's running totals less that group's few steps, found by a binary search, instead of a scan of
 * every step per item. At 5,000 candidates the scan was O(items × steps) per fixing round (25 million steps): 60–150 ms
 * of a fresh funding worker's first search, whose code is not yet optimised then (docs/performance.md, session 12).
 */
export interface StepsWithout {
  /** cumCost[s] / cumValue[s]: total cost / value of the steps before s (s = 0 … m). */
  cumCost: Float64Array;
  cumValue: Float64Array;
  /** The steps of position p: posSteps[posStart[p] … posStart[p + 1]), in table order. */
  posStart: Int32Array;
  posSteps: Int32Array;
}

/** The running totals and each position's steps of a table built at depth 0 (every position in it). */
export function stepsWithout(t: BoundTable): StepsWithout {
  const m = t.segPos.length;
  const cumCost = new Float64Array(m + 1);
  const cumValue = new Float64Array(m + 1);
  for (let s = 0; s < m; s++) {
    cumCost[s + 1] = (cumCost[s] as number) + (t.segCost[s] as number);
    cumValue[s + 1] = (cumValue[s] as number) + (t.segValue[s] as number);
  }
  return { cumCost, cumValue, ...stepsByPosition(t) };
}

/**
 * LP value of the hull steps of every group except position `skip`, within `budget`: the steps are taken in table order
 * while they fit, the first that does not is taken in part. The same value as scanning the steps one by one and
 * skipping `skip`'s (up to the order of floating-point additions), in O(skip's steps + log steps).
 */
export function lpWithout(t: BoundTable, w: StepsWithout, skip: number, budget: number): number {
  const { cumCost, cumValue, posStart, posSteps } = w;
  const m = t.segPos.length;
  // Running totals of skip's steps before the current stretch of other groups' steps.
  let offCost = 0;
  let offValue = 0;
  let from = 0;
  const last = posStart[skip + 1] as number;
  for (let j = posStart[skip] as number; j <= last; j++) {
    const to = j < last ? (posSteps[j] as number) : m; // the stretch [from, to) holds no step of skip
    if ((cumCost[to] as number) - offCost <= budget) {
      if (to === m) return (cumValue[m] as number) - offValue;
      offCost += t.segCost[to] as number;
      offValue += t.segValue[to] as number;
      from = to + 1;
      continue;
    }
    // The first step s in [from, to) whose running total passes the budget.
    let lo = from;
    let hi = to - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumCost[mid + 1] as number) - offCost > budget) hi = mid;
      else lo = mid + 1;
    }
    const room = budget - ((cumCost[lo] as number) - offCost);
    let value = (cumValue[lo] as number) - offValue;
    if (room > 0) value += ((t.segValue[lo] as number) * room) / (t.segCost[lo] as number);
    return value;
  }
  return (cumValue[m] as number) - offValue;
}

/** 1 for each item that might still be in a set worth more than `limit`, 0 for items proven useless. */
export function itemsWorthKeeping(ctx: SearchContext, t: BoundTable, limit: number): Uint8Array {
  const { model } = ctx;
  const keep = new Uint8Array(model.n);
  let constant = t.mu * model.slackRoom;
  for (let k = 0; k < model.K; k++) constant += (t.lambda[k] as number) * (model.capRoom[k] as number);
  const w = stepsWithout(t);
  for (let p = 0; p < ctx.G; p++) {
    const items = ctx.itemsByCost[p] as Int32Array;
    for (let j = 0; j < items.length; j++) {
      const i = items[j] as number;
      const bound = constant + adjustedValue(model, t.lambda, t.mu, i) + lpWithout(t, w, p, model.budgetRoom - (model.cost[i] as number));
      keep[i] = bound > limit ? 1 : 0;
    }
  }
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
