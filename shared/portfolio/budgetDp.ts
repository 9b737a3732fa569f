import type { FundingModel } from './fundingModel';
import { adjustedValue, type SearchContext } from './mckpBound';

/**
 * A second kind of bound, exact on the budget row: the year caps and the share stay relaxed with Lagrange multipliers
 * (λ, μ ≥ 0, as in mckpBound.ts), but the budget and one-item-per-group rules are kept whole (x ∈ {0, 1}), solved by
 * dynamic programming over the budget. Where the LP bound loses to the budget's integrality (a set can rarely fill the
 * budget exactly: the inversely and almost strongly correlated families), this bound reaches the optimum.
 *
 * The budget is cut into cells of `unit`, the costs' greatest common divisor (when every cost is a whole number), each
 * cost is rounded DOWN to whole cells and each room to the cells it covers. A set within the budget then fits the
 * cells too (Σ ⌊cᵢ/u⌋ ≤ ⌊Σ cᵢ/u⌋), so the bound is valid, and with the costs' own unit nothing is lost. Rounding is done
 * with a margin of 1e-12 relative on each cost and 2e-12 on each room, so that no rounding error of the floating-point
 * division can make a cost bigger than it is (the room keeps our 1e-9 tolerance).
 *
 * F(p, b): the most adjusted value the groups at branching positions ≥ p can add within b cells. The tables keep F
 * for the positions that are multiples of `stride` (table[(p / stride)·(cells + 1) + b]), so that memory stays within
 * DpLimits.entries; F at a position between two kept ones is worked out from the next kept one by
 * trying each choice of the groups in between, where that takes at most MAX_TRIES look-ups (else that depth gets no
 * DP bound). Position 0 is always kept: the root's bound is always there.
 */
export interface BudgetDp {
  ctx: SearchContext;
  unit: number;
  cells: number;
  stride: number;
  lambda: Float64Array;
  mu: number;
  /** Cells of each item's cost (rounded down), and its adjusted value. */
  itemCells: Int32Array;
  itemValue: Float64Array;
  /** Look-ups F(p, ·) takes from the next kept position (Infinity beyond MAX_TRIES). */
  tries: Float64Array;
  table: Float64Array;
}

/** How large the tables may grow. */
export interface DpLimits {
  /** Table entries (8 bytes each): 2^21 keeps the tables of one search within 16 MB. */
  entries: number;
  /** Item × cell steps to build the tables (2^25: some tens of ms). */
  work: number;
}
export const DP_LIMITS: DpLimits = { entries: 1 << 21, work: 1 << 25 };
/** Most look-ups for the bound at a position that is not kept. */
const MAX_TRIES = 64;

/** Greatest common divisor of the costs when all are whole numbers (0 when all are 0, NaN when some is not whole). */
function costGcd(model: FundingModel): number {
  let g = 0;
  for (let i = 0; i < model.n; i++) {
    let c = model.cost[i] as number;
    if (!Number.isSafeInteger(c)) return Number.NaN;
    let a = g;
    while (c > 0) [a, c] = [c, a % c];
    g = a;
  }
  return g;
}

/** Whole cells a room of `room` covers, with the margin that keeps the bound valid. */
export const roomCells = (room: number, unit: number, cells: number): number =>
  room <= 0 ? 0 : Math.min(cells, Math.floor((room * (1 + 2e-12)) / unit));

/**
 * The cells of the budget, of the costs' common unit, when every cost is a whole number and the limits allow that many
 * cells; null otherwise (then there is no DP bound). Coarser cells would give a valid bound too (costs rounded down),
 * but a weak one: on the app's generated 1,000-candidate portfolios (costs with no common unit above 1) they cost more
 * than they saved (68 against 106 ms, 75 against 130 ms and 21 against 35 ms at three budgets).
 */
export function budgetGrid(model: FundingModel, limits: DpLimits = DP_LIMITS): { unit: number; cells: number } | null {
  const room = model.budgetRoom;
  if (!(room > 0)) return null;
  const gcd = costGcd(model);
  const unit = gcd === 0 ? room : gcd; // every cost 0: one cell of the whole room
  if (!(unit > 0)) return null;
  const cells = Math.floor((room * (1 + 2e-12)) / unit);
  return cells < Math.min(limits.entries, limits.work / Math.max(1, model.n)) ? { unit, cells } : null;
}

/**
 * The tables for the groups in `ctx`'s branching order under multipliers (λ, μ), or null when the costs have no common
 * unit within the limits (budgetGrid).
 */
export function buildBudgetDp(ctx: SearchContext, lambda: Float64Array, mu: number, limits: DpLimits = DP_LIMITS): BudgetDp | null {
  const { model, G, itemsByCost } = ctx;
  const grid = G > 0 ? budgetGrid(model, limits) : null;
  if (!grid) return null;
  const { unit, cells } = grid;
  const width = cells + 1;
  let stride = Math.max(1, Math.floor((G * width) / limits.entries));
  while (Math.ceil(G / stride) * width > limits.entries) stride++;
  const itemCells = new Int32Array(model.n);
  const itemValue = new Float64Array(model.n);
  for (let i = 0; i < model.n; i++) {
    itemCells[i] = Math.floor(((model.cost[i] as number) * (1 + 1e-12)) / unit);
    itemValue[i] = adjustedValue(model, lambda, mu, i);
  }
  const tries = new Float64Array(G);
  for (let p = G - 1; p >= 0; p--) {
    let choices = 1;
    for (const i of itemsByCost[p] as Int32Array) if ((itemValue[i] as number) > 0) choices++;
    const after = p + 1 < G && (p + 1) % stride !== 0 ? (tries[p + 1] as number) : 1;
    tries[p] = p % stride === 0 ? 1 : choices * after > MAX_TRIES ? Infinity : choices * after;
  }
  const table = new Float64Array(Math.ceil(G / stride) * width);
  // F(p, ·) is written straight into its row of the table (kept positions) or into one of two spare rows, from
  // F(p + 1, ·): F(p, b) = max(F(p + 1, b), max over the group's items of F(p + 1, b − cᵢ) + vᵢ), one pass per row.
  // F(p, ·) stops growing beyond `reach` cells (the groups from p on, each at its most expensive item): above it, it
  // is constant, so only the cells up to it are worked out and the rest filled.
  const spares = stride > 1 ? [new Float64Array(width), new Float64Array(width)] : [];
  let next: Float64Array<ArrayBufferLike> = new Float64Array(width); // F(G, ·) = 0: nothing left to add
  let reach = 0;
  const costs: number[] = [];
  const values: number[] = [];
  for (let p = G - 1; p >= 0; p--) {
    costs.length = 0;
    values.length = 0;
    let most = 0;
    let least = Infinity;
    for (const i of itemsByCost[p] as Int32Array) {
      const v = itemValue[i] as number;
      if (!(v > 0)) continue;
      const c = itemCells[i] as number;
      costs.push(c);
      values.push(v);
      most = Math.max(most, c);
      least = Math.min(least, c);
    }
    reach = Math.min(cells, reach + most);
    const here = p % stride === 0 ? table.subarray((p / stride) * width, (p / stride + 1) * width) : next === spares[0] ? (spares[1] as Float64Array) : (spares[0] as Float64Array);
    const copied = Math.min(reach + 1, least);
    here.set(next.subarray(0, copied));
    if (costs.length === 1) {
      const c = costs[0] as number;
      const v = values[0] as number;
      for (let b = copied; b <= reach; b++) {
        const w = (next[b - c] as number) + v;
        const u = next[b] as number;
        here[b] = w > u ? w : u;
      }
    } else {
      const k = costs.length;
      for (let b = copied; b <= reach; b++) {
        let best = next[b] as number;
        for (let j = 0; j < k; j++) {
          const c = costs[j] as number;
          if (c <= b) {
            const w = (next[b - c] as number) + (values[j] as number);
            if (w > best) best = w;
          }
        }
        here[b] = best;
      }
    }
    if (reach < cells) here.fill(here[reach] as number, reach + 1);
    next = here;
  }
  return { ctx, unit, cells, stride, lambda, mu, itemCells, itemValue, tries, table };
}

/** F(p, b): from the table at a kept position, else by trying each choice of the group at p. */
function valueAt(dp: BudgetDp, p: number, b: number): number {
  if (p >= dp.ctx.G) return 0;
  if (p % dp.stride === 0) return dp.table[(p / dp.stride) * (dp.cells + 1) + b] as number;
  let best = valueAt(dp, p + 1, b);
  for (const i of dp.ctx.itemsByCost[p] as Int32Array) {
    const v = dp.itemValue[i] as number;
    const c = dp.itemCells[i] as number;
    if (v > 0 && c <= b) best = Math.max(best, v + valueAt(dp, p + 1, b - c));
  }
  return best;
}

/** Upper bound on what the groups at positions ≥ depth can still add, for a node with this budget, caps and slack left. */
export function budgetDpBound(dp: BudgetDp, depth: number, budget: number, capLeft: Float64Array, slack: number): number {
  if (depth < dp.ctx.G && !((dp.tries[depth] as number) <= MAX_TRIES)) return Infinity;
  let bound = dp.mu * slack;
  for (let k = 0; k < dp.lambda.length; k++) bound += (dp.lambda[k] as number) * (capLeft[k] as number);
  return bound + valueAt(dp, depth, roomCells(budget, dp.unit, dp.cells));
}

/**
 * The set behind the root's value (one item or none per group), read back from the tables; null when some position
 * is too costly to work out (see MAX_TRIES). It fits the cells, so the budget too (the cells are the costs' own unit); the
 * caller checks it against every rule before using it.
 */
export function budgetDpSet(dp: BudgetDp): number[] | null {
  const { ctx } = dp;
  if (!dp.tries.every((t) => t <= MAX_TRIES)) return null;
  const items: number[] = [];
  let b = roomCells(ctx.model.budgetRoom, dp.unit, dp.cells);
  for (let p = 0; p < ctx.G; p++) {
    const here = valueAt(dp, p, b);
    if (here === valueAt(dp, p + 1, b)) continue;
    for (const i of ctx.itemsByCost[p] as Int32Array) {
      const c = dp.itemCells[i] as number;
      const v = dp.itemValue[i] as number;
      if (v > 0 && c <= b && v + valueAt(dp, p + 1, b - c) === here) {
        items.push(i);
        b -= c;
        break;
      }
    }
  }
  return items;
}

/**
 * The tables for the root: under the multipliers tuned for the LP bound, or under none (the budget rule alone), which
 * is the tighter of the two when the multipliers matter less than the budget's integrality. One is built, by the root's
 * LP bounds: when the tuned multipliers lower the LP bound by less than the gap left between it and the incumbent,
 * none (inversely correlated instances are proven at the root this way); otherwise the tuned ones.
 */
export function rootBudgetDp(ctx: SearchContext, lambda: Float64Array, mu: number, lp: { plain: number; tuned: number; incumbent: number }): BudgetDp | null {
  const plain = lp.plain - lp.tuned <= lp.tuned - lp.incumbent;
  return buildBudgetDp(ctx, plain ? new Float64Array(lambda.length) : lambda, plain ? 0 : mu);
}
