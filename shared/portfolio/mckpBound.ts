import type { FundingModel } from './fundingModel';
import type { StepBlocks } from './stepBlocks';
import { sortByKeyDesc } from './sortByKey';

/**
 * Upper bounds for the branch and bound. The year caps and the value-creation share are relaxed with
 * Lagrange multipliers λ, μ ≥ 0; what remains (budget + at most one item per group, x ∈ [0,1]) is the
 * multiple-choice knapsack LP, solved exactly by the greedy over each group's upper convex hull
 * (Sinha & Zoltners 1979). For ANY λ, μ ≥ 0 the best completion of a node gains at most
 *   Σ λₖ·capLeftₖ + μ·slack + LP(budget left; adjustedᵢ = valueᵢ − Σ λₖ·yearCostᵢₖ + μ·slackᵢ),
 * so every bound computed here is valid whatever the multipliers; good multipliers make it tight.
 */

/** Static facts of one search: group order and each group's items sorted by investment. */
export interface SearchContext {
  model: FundingModel;
  G: number;
  /** Group index at each branching position. */
  order: Int32Array;
  /** Items of the group at each position, cheapest first. */
  itemsByCost: Int32Array[];
  /** Work space of buildTable (n entries each), reused to spare the garbage collector. */
  scratch: {
    pos: Int32Array;
    cost: Float64Array;
    value: Float64Array;
    from: Int32Array;
    to: Int32Array;
    slope: Float64Array;
    hull: Int32Array;
    hullValue: Float64Array;
    idx: Int32Array;
  };
}

/** Hull steps of the groups at positions ≥ depth, sorted by value per unit of budget (best first). */
export interface BoundTable {
  lambda: Float64Array;
  mu: number;
  depth: number;
  segPos: Int32Array;
  segCost: Float64Array;
  segValue: Float64Array;
  segFrom: Int32Array;
  segTo: Int32Array;
  /** firstAt[p]: index of the first step of a group at position ≥ p (scans for a node at depth p start there). */
  firstAt: Int32Array;
  /** The steps in blocks, for bounds without a full scan (stepBlocks.ts); made at the first such bound. */
  blocks: StepBlocks | null;
}

/** Search context for branching on the groups in `order` (items sorted by cost, work space sized to the model). */
export function makeContext(model: FundingModel, order: readonly number[]): SearchContext {
  const itemsByCost = order.map((g) =>
    Int32Array.from([...(model.groups[g] as number[])].sort((a, b) => (model.cost[a] as number) - (model.cost[b] as number))),
  );
  const n = model.n;
  const scratch = {
    pos: new Int32Array(n),
    cost: new Float64Array(n),
    value: new Float64Array(n),
    from: new Int32Array(n),
    to: new Int32Array(n),
    slope: new Float64Array(n),
    hull: new Int32Array(n),
    hullValue: new Float64Array(n),
    idx: new Int32Array(n),
  };
  return { model, G: order.length, order: Int32Array.from(order), itemsByCost, scratch };
}

/** Value of item i under the multipliers. */
export function adjustedValue(model: FundingModel, lambda: Float64Array, mu: number, i: number): number {
  const K = model.K;
  let v = (model.value[i] as number) + mu * (model.slack[i] as number);
  for (let k = 0; k < K; k++) v -= (lambda[k] as number) * (model.yearCost[i * K + k] as number);
  return v;
}

/** Builds the sorted hull steps for multipliers (λ, μ) over the groups at positions ≥ depth. */
export function buildTable(ctx: SearchContext, lambda: Float64Array, mu: number, depth: number): BoundTable {
  const { model, G, itemsByCost } = ctx;
  const cost = model.cost;
  const { pos, cost: dcs, value: dvs, from: froms, to: tos, slope, hull, hullValue } = ctx.scratch;
  let count = 0;
  for (let p = depth; p < G; p++) {
    const items = itemsByCost[p] as Int32Array;
    let h = 0;
    for (let j = 0; j < items.length; j++) {
      const i = items[j] as number;
      const v = adjustedValue(model, lambda, mu, i);
      if (v <= (h > 0 ? (hullValue[h - 1] as number) : 0)) continue; // costs no less, worth no more
      const c = cost[i] as number;
      while (h > 0) {
        const tc = cost[hull[h - 1] as number] as number;
        const tv = hullValue[h - 1] as number;
        const pc = h > 1 ? (cost[hull[h - 2] as number] as number) : 0;
        const pv = h > 1 ? (hullValue[h - 2] as number) : 0;
        if ((tv - pv) * (c - pc) <= (v - pv) * (tc - pc)) h--; // top lies on or under the line prev → i
        else break;
      }
      hull[h] = i;
      hullValue[h] = v;
      h++;
    }
    for (let j = 0; j < h; j++) {
      const to = hull[j] as number;
      const from = j > 0 ? (hull[j - 1] as number) : -1;
      const dc = (cost[to] as number) - (from >= 0 ? (cost[from] as number) : 0);
      const dv = (hullValue[j] as number) - (j > 0 ? (hullValue[j - 1] as number) : 0);
      pos[count] = p;
      dcs[count] = dc;
      dvs[count] = dv;
      froms[count] = from;
      tos[count] = to;
      slope[count] = dc > 0 ? dv / dc : Infinity;
      count++;
    }
  }
  const idx = ctx.scratch.idx.subarray(0, count);
  for (let s = 0; s < count; s++) idx[s] = s;
  // Within a group slopes strictly fall along the hull, so any order of equal slopes keeps each group's steps in order.
  sortByKeyDesc(idx, slope, 0, count - 1);
  const t: BoundTable = {
    lambda,
    mu,
    depth,
    segPos: new Int32Array(count),
    segCost: new Float64Array(count),
    segValue: new Float64Array(count),
    segFrom: new Int32Array(count),
    segTo: new Int32Array(count),
    firstAt: new Int32Array(G + 1).fill(count),
    blocks: null,
  };
  for (let s = 0; s < count; s++) {
    const o = idx[s] as number;
    t.segPos[s] = pos[o] as number;
    t.segCost[s] = dcs[o] as number;
    t.segValue[s] = dvs[o] as number;
    t.segFrom[s] = froms[o] as number;
    t.segTo[s] = tos[o] as number;
    const p = pos[o] as number;
    if ((t.firstAt[p] as number) > s) t.firstAt[p] = s;
  }
  for (let p = G - 1; p >= 0; p--) t.firstAt[p] = Math.min(t.firstAt[p] as number, t.firstAt[p + 1] as number);
  return t;
}

/** Constant part of the Lagrangian: Σ λₖ·capLeftₖ + μ·slack. */
export function constantPart(t: BoundTable, capLeft: Float64Array, slack: number): number {
  let c = t.mu * slack;
  for (let k = 0; k < t.lambda.length; k++) c += (t.lambda[k] as number) * (capLeft[k] as number);
  return c;
}

/** Upper bound on what the groups at positions ≥ depth can still add. */
export function boundOf(t: BoundTable, depth: number, budget: number, capLeft: Float64Array, slack: number): number {
  let bound = constantPart(t, capLeft, slack);
  let room = budget;
  const { segPos, segCost, segValue } = t;
  const m = segPos.length;
  for (let s = t.firstAt[depth] ?? m; s < m; s++) {
    if ((segPos[s] as number) < depth) continue;
    const dc = segCost[s] as number;
    if (dc <= room) {
      room -= dc;
      bound += segValue[s] as number;
    } else {
      if (room > 0) bound += ((segValue[s] as number) * room) / dc;
      break;
    }
  }
  return bound;
}

/** The LP solution behind a bound: resource use (for the subgradient) and each group's item rounded down. */
export interface LpSolution {
  bound: number;
  capUse: Float64Array;
  slackUse: number;
  /** Item per position once the fractional step is dropped (−1 = none); meaningful for positions ≥ depth. */
  picks: Int32Array;
  /** Position, target item and share of the fractional step (−1 when the LP is integral). */
  fracPos: number;
  fracTo: number;
  fracShare: number;
}

/** A blank LP solution to be filled by solveLp (K relaxed caps, G branching positions). */
export function emptySolution(K: number, G: number): LpSolution {
  return { bound: 0, capUse: new Float64Array(K), slackUse: 0, picks: new Int32Array(G).fill(-1), fracPos: -1, fracTo: -1, fracShare: 0 };
}

/** Like boundOf, but also reports the LP solution into `out`. */
export function solveLp(ctx: SearchContext, t: BoundTable, depth: number, budget: number, capLeft: Float64Array, slack: number, out: LpSolution): number {
  const { model, G } = ctx;
  const { K, yearCost } = model;
  out.capUse.fill(0);
  out.slackUse = 0;
  out.fracPos = -1;
  out.fracTo = -1;
  out.fracShare = 0;
  for (let p = depth; p < G; p++) out.picks[p] = -1;
  const step = (s: number, f: number) => {
    const from = t.segFrom[s] as number;
    const to = t.segTo[s] as number;
    for (let k = 0; k < K; k++) {
      const d = (yearCost[to * K + k] as number) - (from >= 0 ? (yearCost[from * K + k] as number) : 0);
      out.capUse[k] = (out.capUse[k] as number) + f * d;
    }
    out.slackUse += f * ((model.slack[to] as number) - (from >= 0 ? (model.slack[from] as number) : 0));
  };
  let bound = constantPart(t, capLeft, slack);
  let room = budget;
  for (let s = t.firstAt[depth] ?? t.segPos.length; s < t.segPos.length; s++) {
    const p = t.segPos[s] as number;
    if (p < depth) continue;
    const dc = t.segCost[s] as number;
    if (dc <= room) {
      room -= dc;
      bound += t.segValue[s] as number;
      step(s, 1);
      out.picks[p] = t.segTo[s] as number;
    } else {
      if (room > 0) {
        const f = room / dc;
        bound += (t.segValue[s] as number) * f;
        step(s, f);
        out.fracPos = p;
        out.fracTo = t.segTo[s] as number;
        out.fracShare = f;
      }
      break;
    }
  }
  out.bound = bound;
  return bound;
}
