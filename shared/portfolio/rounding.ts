import type { FundingModel } from './fundingModel';
import { adjustedValue } from './mckpBound';
import { indicesByKeyDesc } from './sortByKey';

/**
 * The rounding heuristic of the search (incumbent.ts has the others): a node's LP solution rounded down, repaired where
 * it breaks a relaxed row, and filled with the best items that still fit.
 */

/** Per model: the items that use each relaxed row (share: negative slack; cap k: year cost), least value per unit first. */
const repairCache = new WeakMap<FundingModel, { share: Int32Array; caps: Int32Array[] }>();
function repairOrders(model: FundingModel): { share: Int32Array; caps: Int32Array[] } {
  let orders = repairCache.get(model);
  if (!orders) {
    const { n, K, value, slack, yearCost } = model;
    const byRatio = (use: (i: number) => number): Int32Array => {
      const users = [...Array(n).keys()].filter((i) => use(i) > 0);
      const ratio = new Float64Array(n);
      for (const i of users) ratio[i] = (value[i] as number) / use(i);
      return Int32Array.from(users.sort((a, b) => (ratio[a] as number) - (ratio[b] as number) || a - b));
    };
    orders = {
      share: byRatio((i) => -(slack[i] as number)),
      caps: Array.from({ length: K }, (_, k) => byRatio((i) => yearCost[i * K + k] as number)),
    };
    repairCache.set(model, orders);
  }
  return orders;
}

/** The fill's order: items by value adjusted by the multipliers per unit of investment, best first (ties by index). */
export const fillOrderOf = (model: FundingModel, lambda: Float64Array, mu: number): Int32Array =>
  indicesByKeyDesc(model.n, (i) => adjustedValue(model, lambda, mu, i) / Math.max(model.cost[i] as number, 1e-12));

/** What a node passes to the rounding heuristic. */
export interface RoundingInput {
  /** Item per branching position from the node's LP, fractional step dropped (−1 = none). */
  picks: Int32Array;
  depth: number;
  budget: number;
  capLeft: Float64Array;
  slack: number;
  /** Branching position of each item's group. */
  posOfItem: Int32Array;
  /** Items in the order the fill tries them (best value per unit of investment first). */
  fillOrder: Int32Array;
  /** Repair a rounded solution that breaks the share or a cap (else give up on it: cheaper, for deep in the tree). */
  repair?: boolean;
}

/**
 * Primal heuristic at a node: take the LP solution rounded down (groups at positions ≥ depth), then fill
 * the groups it leaves empty with the best items that still fit the budget, the caps and the share. A rounded solution
 * that breaks the share or a cap is repaired first by dropping picks. Returns the added items and their value, or null
 * when no repair was found.
 */
export function roundAndFill(model: FundingModel, input: RoundingInput): { items: number[]; value: number } | null {
  // Written without closures over the running totals: a number a closure changes is boxed at every change, and this
  // runs at thousands of nodes (it was the search's largest source of garbage at 5,000 candidates).
  const { K, cost, value, slack, yearCost } = model;
  const { picks, depth, posOfItem } = input;
  const G = picks.length;
  const cap = Float64Array.from(input.capLeft);
  const taken = new Uint8Array(G);
  const items: number[] = [];
  let budget = input.budget;
  let s = input.slack;
  let v = 0;
  for (let p = depth; p < G; p++) {
    const i = picks[p] as number;
    if (i < 0) continue;
    items.push(i);
    taken[posOfItem[i] as number] = 1;
    budget -= cost[i] as number;
    s += slack[i] as number;
    v += value[i] as number;
    for (let k = 0; k < K; k++) cap[k] = (cap[k] as number) - (yearCost[i * K + k] as number);
  }
  // Repair a rounded solution that breaks the share or a cap (the relaxed rows): drop the picks that give the least
  // value per unit of the broken row until it holds; the fill below may then use their groups again.
  let broken = model.share > 0 && s < 0;
  for (let k = 0; k < K; k++) broken ||= (cap[k] as number) < 0;
  if (broken && input.repair !== false) {
    const state: RoundingState = { budget, slack: s, value: v, cap, taken };
    repairRounding(model, depth, posOfItem, items, state);
    budget = state.budget;
    s = state.slack;
    v = state.value;
  }
  if (model.share > 0 && s < 0) return null;
  for (let k = 0; k < K; k++) if ((cap[k] as number) < 0) return null;
  const order = input.fillOrder;
  for (let o = 0; o < order.length; o++) {
    const i = order[o] as number;
    const p = posOfItem[i] as number;
    if (p < depth || taken[p] || !((value[i] as number) > 0) || (cost[i] as number) > budget) continue;
    if (model.share > 0 && s + (slack[i] as number) < 0) continue;
    let fits = true;
    for (let k = 0; k < K && fits; k++) fits = (yearCost[i * K + k] as number) <= (cap[k] as number);
    if (!fits) continue;
    items.push(i);
    taken[p] = 1;
    budget -= cost[i] as number;
    s += slack[i] as number;
    v += value[i] as number;
    for (let k = 0; k < K; k++) cap[k] = (cap[k] as number) - (yearCost[i * K + k] as number);
  }
  return { items, value: v };
}

/** The running totals of a rounding while it is repaired. */
interface RoundingState {
  budget: number;
  slack: number;
  value: number;
  cap: Float64Array;
  taken: Uint8Array;
}

/** Drops picks (least value per unit of the broken row first) until the share and every cap hold, or none is left to drop. */
function repairRounding(model: FundingModel, depth: number, posOfItem: Int32Array, items: number[], state: RoundingState): void {
  const { K, cost, value, slack, yearCost } = model;
  const orders = repairOrders(model);
  const pickAt = new Int32Array(state.taken.length).fill(-1);
  for (const i of items) pickAt[posOfItem[i] as number] = i;
  // row −1: the share (over by −slack); row k: cap k (over by −cap)
  for (let row = model.share > 0 ? -1 : 0; row < K; row++) {
    const order = row < 0 ? orders.share : (orders.caps[row] as Int32Array);
    for (let o = 0; o < order.length && (row < 0 ? -state.slack : -(state.cap[row] as number)) > 0; o++) {
      const i = order[o] as number;
      const p = posOfItem[i] as number;
      if (p < depth || pickAt[p] !== i) continue;
      pickAt[p] = -1;
      state.taken[p] = 0;
      state.budget += cost[i] as number;
      state.slack -= slack[i] as number;
      state.value -= value[i] as number;
      for (let k = 0; k < K; k++) state.cap[k] = (state.cap[k] as number) + (yearCost[i * K + k] as number);
    }
  }
  let kept = 0;
  for (const i of items) if (pickAt[posOfItem[i] as number] === i) items[kept++] = i;
  items.length = kept;
}
