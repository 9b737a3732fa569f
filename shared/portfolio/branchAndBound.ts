import { budgetGrid } from './budgetDp';
import type { FundingModel } from './fundingModel';
import { itemsWorthKeeping, restrictModel } from './fixing';
import { feasibleItems, greedyItems, improveBySwaps, startingSets, valueOfItems } from './incumbent';
import { fillOrderOf, roundAndFill } from './rounding';
import { improveMultipliers } from './lagrangian';
import { adjustedValue, boundOf, buildTable, emptySolution, makeContext, solveLp, type BoundTable } from './mckpBound';
import { depthFirst, relativeTolerance, type Incumbent } from './depthFirst';

/**
 * Exact search over the free items: depth-first branch and bound, one level per group (problem), each
 * level choosing one of the group's items or none. A node is pruned when a Lagrangian / multiple-choice
 * knapsack LP bound (mckpBound.ts) shows it cannot beat the incumbent by more than 1e-9 relative, or when
 * the value-creation share can no longer be reached with the budget left. At the root the multipliers
 * are tuned and items that provably cannot improve on the incumbent are dropped (fixing.ts); at nodes
 * the inherited multipliers are refined when they cannot prune. Costs stay real numbers throughout:
 * nothing is rounded, so a completed search proves optimality.
 */
export interface SearchOutcome {
  /** Candidate indices of the chosen free items; null when no set meeting every rule was found. */
  candidates: number[] | null;
  nodes: number;
  /** True when the whole tree was searched (the answer is proven). */
  complete: boolean;
  /**
   * Upper bound on the value of the free items of any set within the rules (Infinity when none is known): the
   * incumbent's value when complete, else the smallest root bound of the restarts (see searchFunding).
   */
  bound: number;
  /**
   * The model the last restart searched (after reduced-cost fixing against the incumbent) and the value it was fixed
   * against: any set worth more than `fixedAgainst` is a set of `prepared`, so an exact answer on `prepared` settles
   * the whole problem (exactEngine.ts).
   */
  prepared: FundingModel;
  fixedAgainst: number;
}

export interface SearchGuard {
  maxNodes: number;
  /** True when the time is up (asked every 64 nodes and between restarts). */
  timeUp: () => boolean;
}

const ROOT_ITERATIONS = 200;
/** Root subgradient steps: each builds a table (O(n log n)), so large models get fewer; later rounds and restarts start warm. */
const rootIterations = (n: number, first: boolean): number => {
  const most = first ? ROOT_ITERATIONS : ROOT_ITERATIONS / 4;
  return Math.max(first ? 40 : 10, Math.min(most, Math.round((most * ROOT_ITEMS) / Math.max(1, n))));
};
/** Models up to this many items get the full number of root steps. */
const ROOT_ITEMS = 1_000;
const FIXING_ROUNDS = 3;
/**
 * Nodes of the first run (LP / Lagrangian bounds alone) before the second adds the budget DP bound: about what the DP
 * costs (n × cells steps, a node about NODE_CELLS cells' worth per item), between FIRST_CHUNK_FEWEST and
 * FIRST_CHUNK_MOST; FIRST_CHUNK_MOST when there is no DP. Measured on the benchmark's instance families (40–300
 * candidates): a node costs 13–50 cells' worth per item. 20 against the former 100, per instance (geometric mean, A/B in
 * one process): uncorrelated 0.82, weakly 0.83, strongly 0.95, inversely 1.15, almost strongly 1.12, subset-sum 1.08 of
 * the time (docs/optimiser-engines.md).
 */
const NODE_CELLS = 20;
const FIRST_CHUNK_FEWEST = 100;
const FIRST_CHUNK_MOST = 4_000;
const firstChunk = (model: FundingModel): number => {
  const cells = budgetGrid(model)?.cells;
  return cells === undefined ? FIRST_CHUNK_MOST : Math.min(FIRST_CHUNK_MOST, Math.max(FIRST_CHUNK_FEWEST, Math.round(cells / NODE_CELLS)));
};

/** Offers a set of items of `model` as the incumbent (after local search, cut short when the time is up); keeps the better. */
function offer(model: FundingModel, items: readonly number[], inc: Incumbent, timeUp: () => boolean): void {
  if (!feasibleItems(model, items)) return;
  const improved = timeUp() ? [...items] : improveBySwaps(model, items, undefined, timeUp);
  const v = valueOfItems(model, improved);
  if (v > inc.value) {
    inc.value = v;
    inc.candidates = improved.map((i) => model.candidateOf[i] as number);
    inc.improvements++;
  }
}

/**
 * Root work: tune the multipliers, round the LP solution into a good incumbent, then drop items that
 * cannot beat it; repeat on the smaller model until nothing more drops. Once the time is up (a very large
 * workspace), the local search stops where it is and no further fixing round starts.
 */
function prepareRoot(model: FundingModel, inc: Incumbent, warm: BoundTable | null, timeUp: () => boolean): { model: FundingModel; root: BoundTable } {
  const relax = model.K > 0 || model.share > 0;
  let lambda: Float64Array = warm ? warm.lambda : new Float64Array(model.K);
  let mu = warm ? warm.mu : 0;
  for (let round = 0; ; round++) {
    const ctx = makeContext(model, [...model.groups.keys()]);
    let root = buildTable(ctx, lambda, mu, 0);
    const sol = emptySolution(model.K, ctx.G);
    if (relax && ctx.G > 0) {
      const plain = boundOf(root, 0, model.budgetRoom, model.capRoom, model.slackRoom);
      root = improveMultipliers(ctx, root, {
        depth: 0, budget: model.budgetRoom, capLeft: model.capRoom, slack: model.slackRoom,
        target: Number.isFinite(inc.value) ? inc.value : 0.5 * plain,
        // a bound at the incumbent (within its tolerance) proves it: fixing then drops every item
        stopAt: Number.isFinite(inc.value) ? inc.value + relativeTolerance(inc.value) : -Infinity,
        iterations: rootIterations(model.n, round === 0 && !warm),
        theta: 2,
      }, sol).table;
      lambda = root.lambda;
      mu = root.mu;
    }
    if (ctx.G === 0 || round >= FIXING_ROUNDS || (round > 0 && timeUp())) return { model, root };
    solveLp(ctx, root, 0, model.budgetRoom, model.capRoom, model.slackRoom, sol);
    const posOfItem = new Int32Array(model.n);
    ctx.itemsByCost.forEach((items, p) => items.forEach((i) => (posOfItem[i] = p)));
    const fillOrder = fillOrderOf(model, lambda, mu);
    const rounded = roundAndFill(model, { picks: sol.picks, depth: 0, budget: model.budgetRoom, capLeft: model.capRoom, slack: model.slackRoom, posOfItem, fillOrder });
    // the greedies at nearby scales often give the same set: each distinct set is offered (and improved) once
    const offered = new Set<string>();
    const offerOnce = (items: number[]) => {
      const key = [...items].sort((a, b) => a - b).join(',');
      if (!offered.has(key)) offer(model, items, inc, timeUp);
      offered.add(key);
    };
    if (rounded) offerOnce(rounded.items);
    for (const scale of relax ? [1, 1.05, 1.2, 1.5, 2] : []) {
      const greedy = greedyItems(model, (i) => adjustedValue(model, lambda, mu * scale, i));
      if (greedy) offerOnce(greedy);
    }
    if (!Number.isFinite(inc.value)) return { model, root };
    const keep = itemsWorthKeeping(ctx, root, inc.value + relativeTolerance(inc.value));

    if (keep.every((x) => x === 1)) return { model, root };
    model = restrictModel(model, keep);
  }
}

/** Runs the branch and bound; `start` is an optional feasible set of free items to beat. */
export function searchFunding(original: FundingModel, guard: SearchGuard, start: readonly number[] | null): SearchOutcome {
  const inc: Incumbent = { value: -Infinity, candidates: null, improvements: 0 };
  if (original.slackRoom >= 0) {
    inc.candidates = [];
    inc.value = 0;
  }
  for (const set of start ? [[...start], ...startingSets(original)] : startingSets(original)) offer(original, set, inc, guard.timeUp);
  // Two runs. The first, of at most firstChunk nodes, uses the LP / Lagrangian bounds alone and settles most
  // instances. If it does not, the root is prepared again (fixing drops more items against the better incumbent) and
  // the second run adds the budget DP bound (budgetDp.ts: its tables cost n × cells once) and goes on to the end.
  let nodes = 0;
  let warm: BoundTable | null = null;
  // The bound if the search stops: a set of the prepared model is worth at most its root bound (any multipliers
  // ≥ 0 give a valid bound, and so does the budget DP), and a set using an item that fixing dropped is worth at most
  // what fixing compared against, which is never above the incumbent's value plus its tolerance.
  let bound = Infinity;
  let prepared = original;
  let fixedAgainst = -Infinity;
  const proven = () => ({ candidates: inc.candidates, nodes, complete: true, bound: inc.value, prepared, fixedAgainst });
  for (let round = 0; ; round++) {
    // The second run starts from the model the first one prepared: an item fixing dropped against an earlier incumbent
    // cannot beat the better one either, so every set worth more than `fixedAgainst` stays a set of `prepared`.
    const { model, root } = prepareRoot(prepared, inc, warm, guard.timeUp);
    prepared = model;
    warm = root;
    if (model.groups.length === 0) return proven();
    fixedAgainst = Number.isFinite(inc.value) ? inc.value + relativeTolerance(inc.value) : -Infinity;
    const cap = round === 0 ? Math.min(firstChunk(model), guard.maxNodes) : guard.maxNodes - nodes;
    const run = depthFirst(model, root, inc, cap, guard.timeUp, true, round > 0);
    nodes += run.nodes;
    if (run.complete) return proven();
    bound = Math.min(bound, Math.max(run.rootBound, fixedAgainst));
    if (nodes >= guard.maxNodes || guard.timeUp()) return { candidates: inc.candidates, nodes, complete: false, bound: Math.max(bound, inc.value), prepared, fixedAgainst };
  }
}
