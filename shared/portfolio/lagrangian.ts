import { buildTable, solveLp, type BoundTable, type LpSolution, type SearchContext } from './mckpBound';

/** The multipliers with the lowest bound met so far, and that bound. */
export interface TunedBound {
  table: BoundTable;
  bound: number;
}

export interface TuneRequest {
  depth: number;
  budget: number;
  capLeft: Float64Array;
  slack: number;
  /** Value the bound should come down to (a known achievable gain); Polyak steps aim at it. */
  target: number;
  /** Stop as soon as the bound is at or below this (the node can be pruned). */
  stopAt: number;
  iterations: number;
  /** Initial step factor (2 at the root, smaller at nodes). */
  theta: number;
}

/**
 * Lowers the Lagrangian bound of a node by projected subgradient steps on (λ, μ) ≥ 0 with Polyak step
 * sizes towards `target`, starting from `start`'s multipliers. Every table met gives a valid bound; the
 * lowest is returned. The step factor halves after 5 steps without improvement.
 */
export function improveMultipliers(ctx: SearchContext, start: BoundTable, req: TuneRequest, scratch: LpSolution): TunedBound {
  const { model } = ctx;
  const { K } = model;
  const relaxShare = model.share > 0;
  let lambda = start.lambda;
  let mu = start.mu;
  let best: TunedBound | null = null;
  let theta = req.theta;
  let stale = 0;
  for (let it = 0; it < req.iterations; it++) {
    // a table built for a shallower node still serves: positions above the depth are skipped
    const table = it === 0 && start.depth <= req.depth ? start : buildTable(ctx, lambda, mu, req.depth);
    const bound = solveLp(ctx, table, req.depth, req.budget, req.capLeft, req.slack, scratch);
    if (!best || bound < best.bound) {
      if (best && bound > best.bound - 1e-9 * Math.abs(best.bound)) stale++;
      else stale = 0;
      best = { table, bound };
    } else stale++;
    if (stale >= 5) {
      theta /= 2;
      stale = 0;
    }
    if (bound <= req.stopAt || theta < 1e-3) break;
    let norm = 0;
    const g = new Float64Array(K);
    for (let k = 0; k < K; k++) {
      g[k] = (req.capLeft[k] as number) - (scratch.capUse[k] as number);
      if ((lambda[k] as number) > 0 || (g[k] as number) < 0) norm += (g[k] as number) ** 2;
    }
    const gMu = relaxShare ? req.slack + scratch.slackUse : 0;
    if (relaxShare && (mu > 0 || gMu < 0)) norm += gMu * gMu;
    if (norm <= 0) break; // the relaxed solution respects every relaxed rule with complementary slackness: bound is exact
    const gap = Math.max(bound - req.target, 1e-6 * Math.max(1, Math.abs(bound)));
    const step = (theta * gap) / norm;
    const next = new Float64Array(K);
    for (let k = 0; k < K; k++) next[k] = Math.max(0, (lambda[k] as number) - step * (g[k] as number));
    lambda = next;
    if (relaxShare) mu = Math.max(0, mu - step * gMu);
  }
  return best as TunedBound;
}
