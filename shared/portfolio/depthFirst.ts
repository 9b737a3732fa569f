import { budgetDpBound, budgetDpSet, rootBudgetDp } from './budgetDp';
import type { FundingModel } from './fundingModel';
import { feasibleItems, valueOfItems } from './incumbent';
import { fillOrderOf, roundAndFill } from './rounding';
import { improveMultipliers } from './lagrangian';
import { adjustedValue, boundOf, buildTable, constantPart, emptySolution, makeContext, solveLp, type BoundTable } from './mckpBound';
import { BLOCKS_FROM, lpChoiceAt, lpValueFast, type StepBreak } from './stepBlocks';

/** boundOf from the table's blocks (stepBlocks.ts), and where its budget ran out (into `at`). */
const fastBound = (t: BoundTable, depth: number, budget: number, capLeft: Float64Array, slack: number, at: StepBreak): number =>
  constantPart(t, capLeft, slack) + lpValueFast(t, depth, budget, at);

/**
 * Depth-first branch and bound over a prepared model: one level per group (problem), each level choosing
 * one of the group's items or none, the LP's choice first. A node is pruned when a Lagrangian /
 * multiple-choice knapsack LP bound (mckpBound.ts) shows it cannot beat the incumbent by more than 1e-9
 * relative, or when the value-creation share can no longer be reached with the budget left. The
 * multipliers inherited from the parent are refined by a few subgradient steps when they cannot prune;
 * each node's LP solution, rounded and filled, may give a new incumbent.
 */

/** The best set known: its value (free items only) and candidate indices; `improvements` counts updates. */
export interface Incumbent {
  value: number;
  candidates: number[] | null;
  improvements: number;
}

/**
 * Subgradient steps at a node (the first on the inherited table, each later one on a new table): three, two in models
 * over ROUND_ALL_UP_TO items, where a new table costs more than the rest of a node. At 5,000 candidates two steps took
 * 0.85–0.9 of the time at budgets × 0.8 and × 1 (within 3% of the nodes); models of the benchmark's families keep three.
 */
const NODE_ITERATIONS = 3;
const NODE_ITERATIONS_LARGE = 2;
/**
 * Re-tuning the multipliers at a node builds new tables (O(n log n) each, against O(n) for the rest of a node). It is
 * done at every node while at least one try in TUNE_PAYS prunes the node; below that rate, only at one node in
 * TUNE_SAMPLE (so that it resumes if it starts to pay again deeper in the tree).
 */
const TUNE_PAYS = 4;
const TUNE_SAMPLE = 32;
/**
 * Every node's LP is rounded into a set (repaired when it breaks the share or a cap) for the first this many nodes, the
 * first ROUND_EVERY_NODE_LARGE in models over ROUND_ALL_UP_TO items… At 1,000–5,000 candidates rounding every node up to
 * the 1,000th found nothing that rounding the first 100 did not (the same nodes on the benchmark portfolio at five
 * budgets and on six random portfolios of 1,000–5,000 with caps and shares, two budgets each) and cost 25–40% of the
 * search at 5,000 (session 12, docs/performance.md).
 */
const ROUND_EVERY_NODE = 1_000;
const ROUND_EVERY_NODE_LARGE = 100;
/**
 * …then, without repair, at every node in models of up to ROUND_ALL_UP_TO items, and at one node in ⌈n² / ROUND_AREA⌉
 * in larger ones: one in 11 at 501 items, one in 40 at 1,000. n is the model the run searches, after reduced-cost
 * fixing: about 800–1,100 items for the 5,000-candidate benchmark portfolio. Rounding is O(n), and since node bounds
 * are read from blocks (stepBlocks.ts) it cost more than the node itself there. At 5,000 candidates, one node in 26–48
 * (against the former ⌈n² / 500,000⌉, one in 2–3) found the same sets (the same nodes at budgets × 0.5, 1 and 0.8) and
 * the search took 0.7–0.95 of the time. Models of the benchmark's families (≤ 300 items) round at every node: rounding
 * less often there made the strongly correlated family 1.25× slower.
 */
const ROUND_ALL_UP_TO = 500;
const ROUND_AREA = 25_000;

/** 1e-9 relative (at least 1e-9): values closer than this count as equal. */
export const relativeTolerance = (x: number): number => 1e-9 * Math.max(1, Math.abs(x));

/**
 * Searches `model` (at least one group) from the root multipliers; stops after `nodeCap` nodes or when
 * `timeUp`. `rounding` = false turns the node heuristic off (tests use it to check the tree on its own).
 * `exactBudget` adds the budget DP bound (budgetDp.ts) under the root multipliers: tables built once, a look-up per node.
 * Bound tables of at least `blocksFrom` steps are read through their blocks (stepBlocks.ts; tests set it to compare).
 */
export function depthFirst(
  model: FundingModel,
  root: BoundTable,
  inc: Incumbent,
  nodeCap: number,
  timeUp: () => boolean,
  rounding = true,
  exactBudget = false,
  blocksFrom = BLOCKS_FROM,
): { nodes: number; complete: boolean; rootBound: number } {
  const { K, groups, share } = model;
  const G = groups.length;
  const relax = K > 0 || share > 0;

  // Branch on groups in the order their best step appears under the root multipliers.
  const firstSeen = new Array<number>(G).fill(Infinity);
  root.segPos.forEach((g, s) => (firstSeen[g] = Math.min(firstSeen[g] as number, s)));
  const order = [...groups.keys()].sort((a, b) => (firstSeen[a] as number) - (firstSeen[b] as number) || a - b);
  const ctx = makeContext(model, order);
  const plainTable = buildTable(ctx, new Float64Array(K), 0, 0);
  const tunedRoot = relax ? buildTable(ctx, root.lambda, root.mu, 0) : plainTable;
  const { cost, value, slack, yearCost } = model;
  const worth = (i: number) => adjustedValue(model, tunedRoot.lambda, tunedRoot.mu, i);
  const branchOrder = order.map((g) => Int32Array.from([...(groups[g] as number[])].sort((a, b) => worth(b) - worth(a))));
  const posOfItem = new Int32Array(model.n);
  ctx.itemsByCost.forEach((items, p) => items.forEach((i) => (posOfItem[i] = p)));
  const fillOrder = fillOrderOf(model, tunedRoot.lambda, tunedRoot.mu);
  // Most value-creation investment the groups from each position on could add (one item per group).
  const vcSuffix = new Float64Array(G + 1);
  for (let p = G - 1; p >= 0; p--) {
    let most = 0;
    for (const i of ctx.itemsByCost[p] as Int32Array) if ((slack[i] as number) > 0) most = Math.max(most, cost[i] as number);
    vcSuffix[p] = (vcSuffix[p + 1] as number) + most;
  }

  const rootLp = (t: BoundTable) => boundOf(t, 0, model.budgetRoom, model.capRoom, model.slackRoom);
  const dp = exactBudget ? rootBudgetDp(ctx, tunedRoot.lambda, tunedRoot.mu, { plain: rootLp(plainTable), tuned: rootLp(tunedRoot), incumbent: inc.value }) : null;
  const chosen = new Int32Array(G).fill(-1);
  const capLeft = Float64Array.from(model.capRoom);
  const needShare = share > 0;
  const sol = emptySolution(K, G);
  const useBlocks = tunedRoot.segPos.length >= blocksFrom;
  const lpBreak: StepBreak = { step: -1, share: 0 };
  const plainBreak: StepBreak = { step: -1, share: 0 };
  let nodes = 0;
  let aborted = false;
  const large = model.n > ROUND_ALL_UP_TO;
  const roundStride = large ? Math.ceil((model.n * model.n) / ROUND_AREA) : 1;
  const nodeIterations = large ? NODE_ITERATIONS_LARGE : NODE_ITERATIONS;
  const roundEveryNode = large ? ROUND_EVERY_NODE_LARGE : ROUND_EVERY_NODE;
  let tuneTries = 0;
  let tunePrunes = 0;
  const tuneNow = () => tuneTries < 64 || tunePrunes * TUNE_PAYS >= tuneTries || nodes % TUNE_SAMPLE === 0;

  // A bound on the whole model (the smaller root bound): once the incumbent reaches it, no node can beat it.
  const ceiling = Math.min(rootLp(tunedRoot), dp ? budgetDpBound(dp, 0, model.budgetRoom, model.capRoom, model.slackRoom) : Infinity);
  let settled = false;
  const record = (depth: number, total: number, extra: readonly number[]) => {
    inc.value = total;
    if (total + relativeTolerance(total) >= ceiling) settled = true;
    const items = [...extra];
    for (let d = 0; d < depth; d++) if ((chosen[d] as number) >= 0) items.push(chosen[d] as number);
    inc.candidates = items.map((i) => model.candidateOf[i] as number);
    inc.improvements++;
  };
  const tryRounding = (depth: number, budget: number, slackNow: number, total: number) => {
    const found = roundAndFill(model, { picks: sol.picks, depth, budget, capLeft, slack: slackNow, posOfItem, fillOrder, repair: nodes <= roundEveryNode });
    if (found && total + found.value > inc.value) record(depth, total + found.value, found.items);
  };

  // The tree is walked with an explicit stack, one frame per depth (never recursion: a workspace may have
  // thousands of problems). A frame keeps the node's budget, share slack and value, the bound table its
  // children inherit, the LP's first choice, the next branch to try and the item whose caps it holds.
  const fBudget = new Float64Array(G + 1);
  const fSlack = new Float64Array(G + 1);
  const fTotal = new Float64Array(G + 1);
  const fTable = new Array<BoundTable | undefined>(G + 1);
  const fFirst = new Int32Array(G + 1);
  /** Next branch: −1 = the LP's first choice, 0…len−1 = the others in branchOrder, len = "none", beyond = done. */
  const fStage = new Int32Array(G + 1);
  /** Item whose year costs the frame has taken from capLeft for the child being searched (−1 = none). */
  const fHeld = new Int32Array(G + 1).fill(-1);

  /** Visits a node: counts it, records or prunes it; true when its children are to be searched (frame filled). */
  const enter = (depth: number, budget: number, slackNow: number, total: number, inherited: BoundTable): boolean => {
    if (settled) return false;
    nodes++;
    if (nodes >= nodeCap || ((nodes & 63) === 0 && timeUp())) aborted = true;
    if (aborted) return false;
    const feasibleNow = !needShare || slackNow >= 0;
    if (depth === G) {
      if (feasibleNow && total > inc.value) record(depth, total, []);
      return false;
    }
    if (needShare && slackNow + (1 - share) * Math.min(budget, vcSuffix[depth] as number) < 0) return false;
    const tol = relativeTolerance(Number.isFinite(inc.value) ? inc.value : total);
    const limit = inc.value - total + tol; // a subtree is worth searching only if it can gain more than this
    if (dp && budgetDpBound(dp, depth, budget, capLeft, slackNow) <= limit) return false;
    // The inherited bound first; the plain LP bound (no multipliers) only when the inherited one cannot prune; then a
    // few subgradient steps, while they keep paying (see tuneNow). On large tables the bounds come from the tables'
    // blocks, and the LP's whole solution (each group's item, the caps' use) is worked out only where tuning or
    // rounding needs it; on small ones each bound scans the table and solves its LP on the way.
    let table = relax ? inherited : plainTable;
    let gain = useBlocks ? fastBound(table, depth, budget, capLeft, slackNow, lpBreak) : solveLp(ctx, table, depth, budget, capLeft, slackNow, sol);
    let solved = !useBlocks;
    if (gain <= limit) return false;
    if (relax && table !== plainTable) {
      const plainGain = useBlocks ? fastBound(plainTable, depth, budget, capLeft, slackNow, plainBreak) : boundOf(plainTable, depth, budget, capLeft, slackNow);
      if (plainGain <= limit) return false;
      if (plainGain < gain) {
        table = plainTable;
        if (useBlocks) {
          gain = plainGain;
          lpBreak.step = plainBreak.step;
          lpBreak.share = plainBreak.share;
        } else gain = solveLp(ctx, table, depth, budget, capLeft, slackNow, sol);
      }
    }
    if (relax && Number.isFinite(inc.value) && tuneNow()) {
      tuneTries++;
      const tuned = improveMultipliers(ctx, inherited, {
        depth, budget, capLeft, slack: slackNow, target: inc.value - total, stopAt: limit, iterations: nodeIterations, theta: 1,
      }, sol);
      if (tuned.bound <= limit) {
        tunePrunes++;
        return false;
      }
      if (tuned.bound < gain) {
        gain = tuned.bound;
        table = tuned.table;
      }
      solveLp(ctx, table, depth, budget, capLeft, slackNow, sol);
      solved = true;
    }
    if (rounding && (nodes <= roundEveryNode || nodes % roundStride === 0)) {
      if (!solved) solveLp(ctx, table, depth, budget, capLeft, slackNow, sol);
      solved = true;
      tryRounding(depth, budget, slackNow, total);
    }
    if (gain <= tol && feasibleNow) {
      // nothing left worth adding: this node's own set is the best of its subtree
      if (total > inc.value) record(depth, total, []);
      return false;
    }
    fBudget[depth] = budget;
    fSlack[depth] = slackNow;
    fTotal[depth] = total;
    fTable[depth] = table;
    fFirst[depth] = solved ? (sol.fracPos === depth && sol.fracShare > 0.5 ? sol.fracTo : (sol.picks[depth] as number)) : lpChoiceAt(table, depth, lpBreak);
    fStage[depth] = -1;
    fHeld[depth] = -1;
    return true;
  };

  /** The next branch of the frame at `depth` (advancing its stage), or null when it has none left: the LP's choice first, then the others, "none" last. */
  const nextBranch = (depth: number): number | null => {
    const first = fFirst[depth] as number;
    const items = branchOrder[depth] as Int32Array;
    for (;;) {
      const stage = fStage[depth] as number;
      fStage[depth] = stage + 1;
      if (stage < 0) return first;
      if (aborted || settled) return null;
      if (stage < items.length) {
        if (items[stage] !== first) return items[stage] as number;
      } else return stage === items.length && first >= 0 ? -1 : null;
    }
  };

  // the set behind the DP's root value: often the optimum itself when it meets the caps and the share
  const dpSet = dp && budgetDpSet(dp);
  if (dpSet && valueOfItems(model, dpSet) > inc.value && feasibleItems(model, dpSet)) record(0, valueOfItems(model, dpSet), dpSet);
  let top = enter(0, model.budgetRoom, model.slackRoom, 0, tunedRoot) ? 0 : -1;
  while (top >= 0) {
    const depth = top;
    const held = fHeld[depth] as number;
    if (held >= 0) {
      for (let k = 0; k < K; k++) capLeft[k] = (capLeft[k] as number) + (yearCost[held * K + k] as number);
      fHeld[depth] = -1;
    }
    const i = nextBranch(depth);
    if (i === null) {
      chosen[depth] = -1;
      fTable[depth] = undefined; // let the garbage collector have it
      top--;
      continue;
    }
    const budget = fBudget[depth] as number;
    const slackNow = fSlack[depth] as number;
    const total = fTotal[depth] as number;
    const table = fTable[depth] as BoundTable;
    let opened: boolean;
    if (i < 0) {
      chosen[depth] = -1;
      opened = enter(depth + 1, budget, slackNow, total, table);
    } else {
      if ((cost[i] as number) > budget) continue;
      let fits = true;
      for (let k = 0; k < K && fits; k++) fits = (yearCost[i * K + k] as number) <= (capLeft[k] as number);
      if (!fits) continue;
      for (let k = 0; k < K; k++) capLeft[k] = (capLeft[k] as number) - (yearCost[i * K + k] as number);
      fHeld[depth] = i;
      chosen[depth] = i;
      opened = enter(depth + 1, budget - (cost[i] as number), slackNow + (slack[i] as number), total + (value[i] as number), table);
    }
    if (opened) top = depth + 1;
  }
  return { nodes, complete: !aborted, rootBound: ceiling };
}
