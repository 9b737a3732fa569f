import { searchFunding, type SearchOutcome } from './branchAndBound';
import { budgetGrid } from './budgetDp';
import { engineTolerance, solveWithEngine } from './exactEngine';
import { explainExclusions, fundedTotals } from './exclusions';
import { assertCandidates, buildModel, type FundingModel } from './fundingModel';
import type { Exclusion, FundingCandidate, FundingConstraints, FundingResult, FundingStatus, FundingWhy, SearchLimits } from './fundingTypes';
import { fundingMessage, shareText } from './fundingWording';
import type { PresolveDrop } from './presolve';

/**
 * The funding choice: the set of candidates with the largest total value such that
 * - total investment ≤ budget, and each capped plan year's investment ≤ its cap;
 * - at most one candidate per problem (its benefit is counted once);
 * - value-creation investment ≥ minimum share × total investment (an empty set meets it);
 * - forced-in candidates are funded and forced-out ones are not;
 * - candidates with a blocker (a readiness score of 1) are left out unless forced in.
 * Exact: branch and bound with LP / Lagrangian bounds over real-valued costs (branchAndBound.ts). When an exact
 * engine is given (limits.engine, HiGHS in the app), our search runs first with a small budget (the fast path, which
 * settles most instances in milliseconds) and hands the rest of the time to the engine (exactEngine.ts).
 */

export const DEFAULT_MAX_NODES = 2_000_000;
/**
 * Our search's share of the work before an engine takes over: this many nodes… With the budget DP bound (budgetDp.ts)
 * our search proves every instance of the family benchmark within 300 ms, while HiGHS's own set-up on them takes
 * 100–600 ms, so the engine is kept for what our search does not settle in that time (docs/optimiser-engines.md).
 */
export const FAST_PATH_NODES = 200_000;
/** …or this many ms of the clock, whichever comes first. */
export const FAST_PATH_MS = 300;
/**
 * Above this many free items the fast path grows with the model (10 nodes and 0.5 ms per item beyond it): at 1,000–
 * 5,000 candidates HiGHS's own set-up and presolve take 0.3–0.8 s, while our search proves the app's portfolios in
 * 10–850 ms warm (measured on generated 1,000- and 5,000-candidate workspaces; docs/optimiser-engines.md). A fresh
 * worker's first search of a 5,000-candidate portfolio takes 1.2–1.5 s of CPU: with 0.25 ms per item (1.4 s) a loaded
 * machine's clock often ran out first, and HiGHS then took 1.5–3.3 s, once not proving within 5 s.
 */
export const FAST_PATH_GROWS_ABOVE = 500;

/** The fast path's nodes and ms for a model of `n` free items (not subset-sum). */
export function fastPathFor(n: number): { nodes: number; ms: number } {
  const extra = Math.max(0, n - FAST_PATH_GROWS_ABOVE);
  return { nodes: FAST_PATH_NODES + 10 * extra, ms: FAST_PATH_MS + 0.5 * extra };
}

/**
 * The fast path when every free item has the same value per unit of investment (subset-sum) and the costs have no
 * common unit the budget DP can use exactly: nodes…
 */
export const FLAT_FAST_PATH_NODES = 1_000;
/** …or ms. */
export const FLAT_FAST_PATH_MS = 5;

/** True when every free item with an investment has the same value per unit of it (within 1e-9 relative). */
function valuePerCostIsFlat(model: FundingModel): boolean {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < model.n; i++) {
    const c = model.cost[i] as number;
    if (!(c > 0)) return false;
    const r = (model.value[i] as number) / c;
    lo = Math.min(lo, r);
    hi = Math.max(hi, r);
  }
  return model.n > 0 && hi - lo <= 1e-9 * Math.abs(hi);
}

/** The engine's time when the caller gives no time limit. */
export const ENGINE_DEFAULT_MS = 10_000;

/** Free-item indices of a proposed selection, or null if it is not made of forced-in + free candidates. */
function startItems(model: FundingModel, candidates: readonly FundingCandidate[], ids: readonly string[] | undefined): number[] | null {
  if (!ids) return null;
  const freeOf = new Map<string, number>();
  model.candidateOf.forEach((ci, i) => freeOf.set((candidates[ci] as FundingCandidate).id, i));
  const wanted = new Set(ids);
  for (const id of model.fixedIds) if (!wanted.has(id)) return null;
  const items: number[] = [];
  for (const id of wanted) {
    if (model.fixedIds.has(id)) continue;
    const i = freeOf.get(id);
    if (i === undefined) return null;
    items.push(i);
  }
  return items;
}

function emptyResult(status: FundingStatus, why: FundingWhy, nodes: number): FundingResult {
  return {
    status,
    selectedIds: [],
    totalInvestment: 0,
    totalValue: 0,
    investmentByYear: [],
    valueCreationShare: 0,
    excluded: [],
    nodesExplored: nodes,
    why,
    message: fundingMessage({ why, totalValue: 0 }),
  };
}

const byId = (a: FundingCandidate, b: FundingCandidate): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Why presolve dropped each candidate, for the explanations that no funded-set check answers. */
function presolveReasons(candidates: readonly FundingCandidate[], drops: readonly PresolveDrop[], share: number): Map<string, Omit<Exclusion, 'id'>> {
  const out = new Map<string, Omit<Exclusion, 'id'>>();
  const minimum = shareText(share);
  for (const d of drops) {
    const c = candidates[d.candidate] as FundingCandidate;
    if (d.rule === 'share') {
      out.set(c.id, {
        reason: 'value-creation-share',
        detail: `Even with all the value-creation candidates the budget could add next to it, funding it would bring value creation below the minimum of ${minimum} of the investment.`,
      });
    } else {
      const by = candidates[d.by] as FundingCandidate;
      out.set(c.id, {
        reason: 'negative-value',
        detail: `${by.name ?? by.id} solves the same problem for no more money in total or in any capped year, does as much for the value-creation share and is worth more, so funding it instead is always better.`,
      });
    }
  }
  return out;
}

/**
 * A best-found (or optimal) result kept because the user stopped the search: its sentence says so, with the same
 * honest gap to the best possible. Optimal and other statuses are returned unchanged.
 */
export function stoppedByUser(result: FundingResult): FundingResult {
  if (result.status !== 'best-found') return result;
  const why: FundingWhy = { kind: 'best-found', by: 'user', steps: result.nodesExplored };
  return { ...result, why, message: fundingMessage({ ...result, why }) };
}

/** The same result with its ids in the input order. */
function inInputOrder(candidates: readonly FundingCandidate[], result: FundingResult): FundingResult {
  const position = new Map(candidates.map((c, i) => [c.id, i]));
  const inputOrder = (a: string, b: string) => (position.get(a) ?? 0) - (position.get(b) ?? 0);
  return {
    ...result,
    selectedIds: [...result.selectedIds].sort(inputOrder),
    excluded: [...result.excluded].sort((a, b) => inputOrder(a.id, b.id)),
  };
}

/**
 * Best-value funded set under the constraints; status 'optimal' only when the search proved it.
 * Deterministic tie-break: the search always runs over the candidates in id order, so among sets of equal value
 * the same one wins whatever order the candidates come in (the funded ids do not depend on the input order);
 * `selectedIds` and `excluded` are then given in the input order.
 */
export function optimiseFunding(
  candidates: readonly FundingCandidate[],
  constraints: FundingConstraints,
  limits: SearchLimits = {},
): FundingResult {
  assertCandidates(candidates);
  const { onProgress } = limits;
  const report = onProgress ? (r: FundingResult) => onProgress(inInputOrder(candidates, r)) : undefined;
  return inInputOrder(candidates, optimiseInIdOrder([...candidates].sort(byId), constraints, limits, report));
}

type Outcome = SearchOutcome & { engineUsed: boolean };

/**
 * Our search, then (when it did not finish and an engine is given) the engine on the model our search prepared;
 * `report` gets our search's answer before the engine starts. `valueOf` is a candidate's value.
 */
function search(model: FundingModel, start: number[] | null, limits: SearchLimits, valueOf: (ci: number) => number, report?: (o: Outcome) => void): Outcome {
  const { clock, timeLimitMs, engine } = limits;
  const started = clock ? clock() : 0;
  const elapsed = () => (clock ? clock() - started : 0);
  const limit = clock && timeLimitMs !== undefined ? timeLimitMs : Infinity;
  const maxNodes = limits.maxNodes ?? DEFAULT_MAX_NODES;
  // Value proportional to investment everywhere (subset-sum): every LP bound is the budget times that ratio, so only the
  // budget DP can prune, and only when the costs have a common unit; otherwise the engine gets the model after a short look.
  const flat = engine !== undefined && valuePerCostIsFlat(model) && !budgetGrid(model);
  const grown = fastPathFor(model.n);
  const fastMs = engine ? Math.min(limit, limits.fastPathMs ?? (flat ? FLAT_FAST_PATH_MS : grown.ms)) : limit;
  const fastNodes = limits.fastPathNodes ?? (flat ? FLAT_FAST_PATH_NODES : grown.nodes);
  const timeUp = clock && Number.isFinite(fastMs) ? () => elapsed() > fastMs : () => false;
  const fast = searchFunding(model, { maxNodes: engine ? Math.min(maxNodes, fastNodes) : maxNodes, timeUp }, start);
  const ours: Outcome = { ...fast, engineUsed: false };
  if (fast.complete || !engine) return ours;
  const left = Number.isFinite(limit) ? limit - elapsed() : ENGINE_DEFAULT_MS;
  if (left <= 0) return ours;
  report?.(ours);
  const itemOf = new Map(Array.from(fast.prepared.candidateOf, (ci, i) => [ci, i]));
  const startItems = fast.candidates?.every((ci) => itemOf.has(ci)) ? fast.candidates.map((ci) => itemOf.get(ci) as number) : null;
  const exact = solveWithEngine(fast.prepared, engine, left, clock, startItems);
  // No set of the prepared model meets the rules: our set (if any) is the best; else none exists.
  if (exact.infeasible) return { ...ours, complete: true, bound: fast.candidates ? fast.bound : -Infinity, engineUsed: true };
  const oursValue = fast.candidates ? fast.candidates.reduce((s, ci) => s + valueOf(ci), 0) : -Infinity;
  const theirs = exact.items && exact.value > oursValue ? exact.items.map((i) => fast.prepared.candidateOf[i] as number) : null;
  const value = Math.max(oursValue, exact.value);
  // Any set better than what fixing compared against is a set of the prepared model, worth at most the engine's bound.
  const bound = Math.max(value, Math.min(fast.bound, Math.max(exact.bound, fast.fixedAgainst)));
  const complete = exact.proven && value >= bound - engineTolerance(bound);
  return { ...fast, candidates: theirs ?? fast.candidates, complete, bound: complete ? value : bound, engineUsed: true };
}

function optimiseInIdOrder(candidates: readonly FundingCandidate[], constraints: FundingConstraints, limits: SearchLimits, report?: (r: FundingResult) => void): FundingResult {
  const built = buildModel(candidates, constraints);
  if (!built.ok) return emptyResult('infeasible', built.why, 0);
  const model = built.model;
  const presolved = presolveReasons(candidates, built.presolved, model.share);
  const valueOf = (ci: number) => (candidates[ci] as FundingCandidate).value;
  const finish = (outcome: Outcome) => resultOf(candidates, constraints, model, presolved, outcome);
  const outcome = search(model, startItems(model, candidates, limits.incumbentIds), limits, valueOf, report && ((o) => o.candidates && report(finish(o))));
  return finish(outcome);
}

function resultOf(
  candidates: readonly FundingCandidate[],
  constraints: FundingConstraints,
  model: FundingModel,
  presolved: Map<string, Omit<Exclusion, 'id'>>,
  outcome: Outcome,
): FundingResult {
  if (!outcome.candidates) {
    if (!outcome.complete) {
      return emptyResult('stopped', { kind: 'nothing-found', steps: outcome.nodes }, outcome.nodes);
    }
    return emptyResult('infeasible', { kind: 'share-impossible', share: constraints.minValueCreationShare ?? 0 }, outcome.nodes);
  }

  const selected = new Set<string>(model.fixedIds);
  for (const ci of outcome.candidates) selected.add((candidates[ci] as FundingCandidate).id);
  const funded = candidates.filter((c) => selected.has(c.id));
  const years = candidates.reduce((most, c) => Math.max(most, c.investmentByYear.length), constraints.yearCaps?.length ?? 0);
  const totals = fundedTotals(funded, years);
  const status: FundingStatus = outcome.complete ? 'optimal' : 'best-found';
  const totalValue = funded.reduce((s, c) => s + c.value, 0);
  const bound = status === 'optimal' ? totalValue : Math.max(totalValue, model.fixedValue + outcome.bound);
  const why: FundingWhy = status === 'optimal' ? { kind: 'optimal' } : { kind: 'best-found', by: outcome.engineUsed ? 'time-limit' : 'step-limit', steps: outcome.nodes };
  return {
    status,
    selectedIds: funded.map((c) => c.id),
    totalInvestment: totals.investment,
    totalValue,
    bound,
    investmentByYear: totals.investmentByYear,
    valueCreationShare: totals.investment > 0 ? totals.valueCreationInvestment / totals.investment : 0,
    excluded: explainExclusions(candidates, constraints, selected, totals, !outcome.complete, presolved),
    nodesExplored: outcome.nodes,
    why,
    message: fundingMessage({ why, totalValue, bound }),
  };
}
