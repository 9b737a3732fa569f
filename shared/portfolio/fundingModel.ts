import type { FundingCandidate, FundingConstraints, FundingWhy } from './fundingTypes';
import { presolve, type PresolveDrop } from './presolve';

/**
 * The funding problem reduced to what the search needs: candidates forced in are fixed, candidates that
 * can never be funded are dropped, the rest are "free items" grouped by problem (at most one per group).
 *
 * Constraints over the free items x ∈ {0,1}, with every limit already widened by its tolerance
 * (1e-9 of the limit) so that the search, its bounds and its heuristics all compare exactly:
 *   Σ cost·x ≤ budgetRoom; for each capped year k: Σ yearCost_k·x ≤ capRoom_k; Σ_g x ≤ 1 per group;
 *   value-creation share s: slackRoom + Σ slack·x ≥ 0 with slack = (isValueCreation − s)·cost.
 */
export interface FundingModel {
  n: number;
  /** Candidate index of each free item. */
  candidateOf: Int32Array;
  cost: Float64Array;
  value: Float64Array;
  slack: Float64Array;
  /** Row-major n × K: investment of item i in capped year k. */
  yearCost: Float64Array;
  /** Plan-year index of each capped year. */
  capYears: number[];
  K: number;
  /** Groups (problems) of free items, each a list of item indices. */
  groups: number[][];
  /** Budget left after the forced-in candidates, plus tolerance. */
  budgetRoom: number;
  /** Each capped year's cap left after the forced-in candidates, plus tolerance. */
  capRoom: Float64Array;
  share: number;
  /** Σ slack of the forced-in candidates, plus tolerance (1e-9 of all candidates' investment). */
  slackRoom: number;
  fixedValue: number;
  fixedIds: Set<string>;
}

/** `presolved`: free candidates dropped by presolve.ts (they can never meet the share, or another candidate of their problem is better). */
export type ModelOutcome = { ok: true; model: FundingModel; presolved: PresolveDrop[] } | { ok: false; why: FundingWhy };

/** Tolerance for "fits within" comparisons: 1e-9 of the limit (at least 1e-9). */
export const tolerance = (limit: number): number => 1e-9 * Math.max(1, Math.abs(limit));

/** Investment of a candidate in plan year y (0 where its list is shorter). */
export const yearInvestment = (c: FundingCandidate, y: number): number => c.investmentByYear[y] ?? 0;

/** Plan-year indices that carry a cap. */
export function cappedYears(constraints: FundingConstraints): number[] {
  const out: number[] = [];
  (constraints.yearCaps ?? []).forEach((cap, y) => {
    if (cap !== null && cap !== undefined) out.push(y);
  });
  return out;
}

/** Throws on figures no business case should produce (NaN, infinite, negative investment). */
export function assertCandidates(candidates: readonly FundingCandidate[]): void {
  const seen = new Set<string>();
  for (const c of candidates) {
    if (seen.has(c.id)) throw new RangeError(`Candidate id ${c.id} appears twice`);
    seen.add(c.id);
    const figures = [c.investment, c.value, ...c.investmentByYear];
    if (!figures.every(Number.isFinite)) throw new RangeError(`Candidate ${c.id} has a figure that is not a finite number`);
    if (c.investment < 0 || c.investmentByYear.some((x) => x < 0)) throw new RangeError(`Candidate ${c.id} has a negative investment`);
  }
}

const labelOf = (c: FundingCandidate): string => c.name ?? c.id;

/** Fixes forced-in candidates, drops what can never be funded (then presolve.ts), groups the rest by problem. */
export function buildModel(candidates: readonly FundingCandidate[], constraints: FundingConstraints): ModelOutcome {
  const forced = constraints.forced ?? {};
  const share = Math.min(1, Math.max(0, constraints.minValueCreationShare ?? 0));
  const capYears = cappedYears(constraints);
  const caps = constraints.yearCaps ?? [];
  const K = capYears.length;
  const capLeft = Float64Array.from(capYears, (y) => caps[y] ?? 0);
  const tolCap = Float64Array.from(capLeft, tolerance);
  const tolBudget = tolerance(constraints.budget);
  let budgetLeft = constraints.budget;
  let slackFixed = 0;
  let fixedValue = 0;
  let totalCost = 0;
  const fixedIds = new Set<string>();
  const servedBy = new Map<string, FundingCandidate>();

  for (const c of candidates) {
    totalCost += c.investment;
    if (forced[c.id]?.mode !== 'in') continue;
    const other = servedBy.get(c.problemId);
    if (other) return { ok: false, why: { kind: 'forced-same-problem', first: labelOf(other), second: labelOf(c) } };
    servedBy.set(c.problemId, c);
    fixedIds.add(c.id);
    budgetLeft -= c.investment;
    fixedValue += c.value;
    slackFixed += ((c.kind === 'value-creation' ? 1 : 0) - share) * c.investment;
    capYears.forEach((y, k) => (capLeft[k] = (capLeft[k] as number) - yearInvestment(c, y)));
  }
  const budgetRoom = budgetLeft + tolBudget;
  const capRoom = Float64Array.from(capLeft, (left, k) => left + (tolCap[k] as number));
  if (budgetRoom < 0) {
    return { ok: false, why: { kind: 'forced-over-budget', need: constraints.budget - budgetLeft, budget: constraints.budget } };
  }
  for (let k = 0; k < K; k++) {
    if ((capRoom[k] as number) < 0) {
      const y = capYears[k] as number;
      return { ok: false, why: { kind: 'forced-over-cap', planYear: y + 1, need: (caps[y] ?? 0) - (capLeft[k] as number), cap: caps[y] ?? 0 } };
    }
  }

  const free: number[] = [];
  candidates.forEach((c, i) => {
    if (forced[c.id] || c.hasBlocker || (c.notAssessed?.length ?? 0) > 0 || servedBy.has(c.problemId)) return;
    const helpsShare = share > 0 && c.kind === 'value-creation';
    if (!(c.value > 0) && !helpsShare) return;
    if (c.investment > budgetRoom) return;
    for (let k = 0; k < K; k++) if (yearInvestment(c, capYears[k] as number) > (capRoom[k] as number)) return;
    free.push(i);
  });

  const n = free.length;
  // The same properties in the same order as restrictModel's (fixing.ts): one hidden class for every model.
  const model: FundingModel = {
    n,
    candidateOf: Int32Array.from(free),
    cost: new Float64Array(n),
    value: new Float64Array(n),
    slack: new Float64Array(n),
    yearCost: new Float64Array(n * K),
    capYears,
    K,
    groups: [],
    budgetRoom,
    capRoom,
    share,
    slackRoom: slackFixed + tolerance(totalCost),
    fixedValue,
    fixedIds,
  };
  const groupOf = new Map<string, number[]>();
  free.forEach((ci, i) => {
    const c = candidates[ci] as FundingCandidate;
    model.cost[i] = c.investment;
    model.value[i] = c.value;
    model.slack[i] = ((c.kind === 'value-creation' ? 1 : 0) - share) * c.investment;
    for (let k = 0; k < K; k++) model.yearCost[i * K + k] = yearInvestment(c, capYears[k] as number);
    const g = groupOf.get(c.problemId);
    if (g) g.push(i);
    else groupOf.set(c.problemId, [i]);
  });
  model.groups = [...groupOf.values()];
  const reduced = presolve(model);
  return { ok: true, model: reduced.model, presolved: reduced.dropped };
}
