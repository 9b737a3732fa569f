import type { FundingCandidate, FundingConstraints, FundingStatus, SearchLimits } from './fundingTypes';
import { optimiseFunding } from './optimise';

/** One point of the efficient frontier: the best total value reachable with this budget. */
export interface FrontierPoint {
  budget: number;
  /** Best total value at this budget; null when no set meets the rules (or the search stopped first). */
  value: number | null;
  totalInvestment: number;
  selectedIds: string[];
  status: FundingStatus;
}

/**
 * The largest budget worth drawing: for each problem, the investment of its forced-in candidate, else of
 * its most expensive candidate that may be funded (not forced out, no blocker, readiness assessed). Above this, no rule
 * lets more money be spent, so the frontier is flat.
 */
export function frontierMaxBudget(candidates: readonly FundingCandidate[], constraints: FundingConstraints): number {
  const forced = constraints.forced ?? {};
  const perProblem = new Map<string, number>();
  const forcedIn = new Map<string, number>();
  for (const c of candidates) {
    const mode = forced[c.id]?.mode;
    if (mode === 'in') forcedIn.set(c.problemId, (forcedIn.get(c.problemId) ?? 0) + c.investment);
    else if (mode !== 'out' && !c.hasBlocker && !(c.notAssessed?.length ?? 0)) perProblem.set(c.problemId, Math.max(perProblem.get(c.problemId) ?? 0, c.investment));
  }
  let total = 0;
  for (const [problem, most] of perProblem) if (!forcedIn.has(problem)) total += most;
  for (const spent of forcedIn.values()) total += spent;
  return total;
}

/**
 * Best value against budget: `points` budgets evenly spaced from 0 to `maxBudget` (default
 * frontierMaxBudget), each solved exactly by optimiseFunding under the other constraints, each search
 * starting from the previous point's set (still feasible, as the budget only grows). Limits apply per point.
 */
export function efficientFrontier(
  candidates: readonly FundingCandidate[],
  constraints: FundingConstraints,
  points = 50,
  options: SearchLimits & { maxBudget?: number } = {},
): FrontierPoint[] {
  const { maxBudget, ...limits } = options;
  const top = Math.max(0, maxBudget ?? frontierMaxBudget(candidates, constraints));
  const count = Math.max(2, Math.floor(points));
  const out: FrontierPoint[] = [];
  let previous: string[] | undefined;
  for (let j = 0; j < count; j++) {
    const budget = j === count - 1 ? top : (top * j) / (count - 1);
    const result = optimiseFunding(candidates, { ...constraints, budget }, { ...limits, incumbentIds: previous ?? limits.incumbentIds });
    const found = result.status === 'optimal' || result.status === 'best-found';
    out.push({
      budget,
      value: found ? result.totalValue : null,
      totalInvestment: result.totalInvestment,
      selectedIds: result.selectedIds,
      status: result.status,
    });
    if (found) previous = result.selectedIds;
  }
  return out;
}
