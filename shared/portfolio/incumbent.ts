import type { FundingModel } from './fundingModel';
import { sortByKeyDesc } from './sortByKey';

/** Keyed by a model's groups array (a model with other groups has another array), so the map is built once per model. */
const groupCache = new WeakMap<readonly number[][], Int32Array>();

/** Group index of each free item (shared: do not write to it). */
export function groupOfItems(model: FundingModel): Int32Array {
  let out = groupCache.get(model.groups);
  if (!out || out.length !== model.n) {
    out = new Int32Array(model.n).fill(-1);
    for (let g = 0; g < model.groups.length; g++) for (const i of model.groups[g] as number[]) out[i] = g;
    groupCache.set(model.groups, out);
  }
  return out;
}

/** Does this set of free items meet budget, caps, one-per-group and the value-creation share? */
export function feasibleItems(model: FundingModel, items: readonly number[]): boolean {
  const { K } = model;
  let cost = 0;
  let slack = model.slackRoom;
  const cap = new Float64Array(K);
  const groupOf = groupOfItems(model);
  const used = new Uint8Array(model.groups.length);
  for (const i of items) {
    const g = i >= 0 && i < model.n ? (groupOf[i] as number) : -1;
    if (g < 0 || used[g]) return false;
    used[g] = 1;
    cost += model.cost[i] as number;
    slack += model.slack[i] as number;
    for (let k = 0; k < K; k++) cap[k] = (cap[k] as number) + (model.yearCost[i * K + k] as number);
  }
  if (cost > model.budgetRoom) return false;
  for (let k = 0; k < K; k++) if ((cap[k] as number) > (model.capRoom[k] as number)) return false;
  return slack >= 0;
}

/** Total value of free items. */
export const valueOfItems = (model: FundingModel, items: readonly number[]): number =>
  items.reduce((s, i) => s + (model.value[i] as number), 0);

/**
 * Greedy: items by `worth` per unit of investment (best first), each added if its group is free and it
 * fits the budget and caps left. Returns null if the result misses the value-creation share.
 */
export function greedyItems(model: FundingModel, worth: (i: number) => number): number[] | null {
  const { K } = model;
  const ratio = new Float64Array(model.n);
  const order = new Int32Array(model.n);
  let m = 0;
  for (let i = 0; i < model.n; i++) {
    const c = model.cost[i] as number;
    const w = worth(i);
    if (!(w > 0)) continue;
    ratio[i] = c > 0 ? w / c : Infinity;
    order[m++] = i;
  }
  sortByKeyDesc(order, ratio, 0, m - 1);
  const groupOf = groupOfItems(model);
  const used = new Uint8Array(model.groups.length);
  const cap = Float64Array.from(model.capRoom);
  let budget = model.budgetRoom;
  const chosen: number[] = [];
  for (let o = 0; o < m; o++) {
    const i = order[o] as number;
    if (used[groupOf[i] as number] || (model.cost[i] as number) > budget) continue;
    let fits = true;
    for (let k = 0; k < K && fits; k++) fits = (model.yearCost[i * K + k] as number) <= (cap[k] as number);
    if (!fits) continue;
    for (let k = 0; k < K; k++) cap[k] = (cap[k] as number) - (model.yearCost[i * K + k] as number);
    budget -= model.cost[i] as number;
    used[groupOf[i] as number] = 1;
    chosen.push(i);
  }
  return feasibleItems(model, chosen) ? chosen : null;
}

/**
 * Starting sets for the search: greedy on plain value and, when a value-creation share is required,
 * greedy with value-creation investment rewarded ever more strongly until the share is met.
 */
export function startingSets(model: FundingModel): number[][] {
  const out: number[][] = [];
  const plain = greedyItems(model, (i) => model.value[i] as number);
  if (plain) out.push(plain);
  if (model.share > 0) {
    // loops, not Math.max(...array): spreading tens of thousands of arguments can overflow the stack
    let mostValue = 0;
    let mostCost = 1;
    for (let i = 0; i < model.n; i++) {
      mostValue = Math.max(mostValue, Math.abs(model.value[i] as number));
      mostCost = Math.max(mostCost, model.cost[i] as number);
    }
    const scale = model.n > 0 ? mostValue / mostCost : 0;
    for (let m = 0.05; m <= 1000; m *= 2) {
      const mu = m * scale;
      const set = greedyItems(model, (i) => (model.value[i] as number) + mu * (model.slack[i] as number));
      if (set) {
        out.push(set);
        break;
      }
    }
  }
  return out;
}

/** Members a swap tries to drop for one item (the lowest valued first): keeps a sweep O(n) rather than O(n²) at scale. */
const MAX_DROPS_TRIED = 64;

/**
 * Local search on a feasible set: repeatedly adds an item, or swaps one item out for another, whenever
 * that raises the value and keeps every rule (first improvement, at most `passes` sweeps; a swap tries to drop the
 * lowest-valued members first, at most MAX_DROPS_TRIED of them). Every step keeps
 * the set feasible, so when `timeUp` answers true (asked every 1,024 items) the set so far is returned.
 */
export function improveBySwaps(model: FundingModel, start: readonly number[], passes = 8, timeUp: () => boolean = () => false): number[] {
  const { K, n, cost, value, slack, yearCost } = model;
  const groupOf = groupOfItems(model);
  const inSet = new Uint8Array(n);
  const holder = new Int32Array(model.groups.length).fill(-1);
  // The members by value, lowest first (ties by index), kept in step with inSet: a swap tries the cheapest drops to
  // lose first and stops at the first member worth as much as the item coming in.
  const members: number[] = [];
  const lower = (a: number, b: number): boolean => (value[a] as number) < (value[b] as number) || ((value[a] as number) === (value[b] as number) && a < b);
  const memberAt = (i: number): number => {
    let lo = 0;
    let hi = members.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (lower(members[mid] as number, i)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  let spent = 0;
  let s = model.slackRoom;
  const used = new Float64Array(K);
  const apply = (i: number, sign: 1 | -1) => {
    const at = memberAt(i);
    if (sign > 0) members.splice(at, 0, i);
    else members.splice(at, 1);
    inSet[i] = sign > 0 ? 1 : 0;
    holder[groupOf[i] as number] = sign > 0 ? i : -1;
    spent += sign * (cost[i] as number);
    s += sign * (slack[i] as number);
    for (let k = 0; k < K; k++) used[k] = (used[k] as number) + sign * (yearCost[i * K + k] as number);
  };
  start.forEach((i) => apply(i, 1));
  const fitsWith = (add: number, drop: number): boolean => {
    const dc = (cost[add] as number) - (drop >= 0 ? (cost[drop] as number) : 0);
    if (spent + dc > model.budgetRoom) return false;
    const ds = (slack[add] as number) - (drop >= 0 ? (slack[drop] as number) : 0);
    if (model.share > 0 && s + ds < 0) return false;
    for (let k = 0; k < K; k++) {
      const d = (yearCost[add * K + k] as number) - (drop >= 0 ? (yearCost[drop * K + k] as number) : 0);
      if ((used[k] as number) + d > (model.capRoom[k] as number)) return false;
    }
    return true;
  };
  sweeps: for (let pass = 0; pass < passes; pass++) {
    let improved = false;
    for (let i = 0; i < n; i++) {
      if ((i & 1023) === 1023 && timeUp()) break sweeps;
      if (inSet[i]) continue;
      const sameGroup = holder[groupOf[i] as number] as number;
      if (sameGroup < 0 && (value[i] as number) > 0 && fitsWith(i, -1)) {
        apply(i, 1);
        improved = true;
        continue;
      }
      const drops = sameGroup >= 0 ? [sameGroup] : members;
      const tries = Math.min(drops.length, MAX_DROPS_TRIED);
      for (let d = 0; d < tries; d++) {
        const j = drops[d] as number;
        if (!((value[i] as number) > (value[j] as number) + 1e-12 * Math.abs(value[j] as number))) break; // the rest are worth more
        if (fitsWith(i, j)) {
          apply(j, -1);
          apply(i, 1);
          improved = true;
          break;
        }
      }
    }
    if (!improved) break;
  }
  return [...Array(n).keys()].filter((i) => inSet[i]);
}
