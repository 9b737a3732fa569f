import type { Classification } from '../domain';
import type { ExactEngine } from './exactEngine';
import type { ForcedChoice } from './plan';

/** One use case as the funding choice sees it: plain numbers, computed by the business case. */
export interface FundingCandidate {
  id: string;
  /** Shown in explanations ("its problem is already served by …"); the id is used when absent. */
  name?: string;
  problemId: string;
  /** null = not classified yet: counted in neither share (never as value creation). */
  kind: Classification | null;
  /** Total investment (pilot + last mile), ≥ 0, in the workspace currency. */
  investment: number;
  /** Investment falling in each plan year (index 0 = plan year 1); missing years count as 0. */
  investmentByYear: readonly number[];
  /** What the objective adds up: expected NPV or score. May be negative. */
  value: number;
  /** A readiness score of 1 somewhere: excluded unless forced in. */
  hasBlocker: boolean;
  /** Readiness not fully assessed (no production probability): excluded unless forced in. Names of the open dimensions, for the explanation. */
  notAssessed?: readonly string[];
}

export interface FundingConstraints {
  /** Most the funded set may invest in total. */
  budget: number;
  /** Cap on the funded set's investment per plan year (index 0 = plan year 1); null/absent = no cap. */
  yearCaps?: readonly (number | null)[];
  /** Least share (0–1) of the funded investment that goes to value creation; 0/absent = none. An empty set meets it. */
  minValueCreationShare?: number;
  /** Candidates the team forces in or out, keyed by id. */
  forced?: Readonly<Record<string, ForcedChoice>>;
}

export interface SearchLimits {
  /** Stop after this many branch-and-bound nodes (default 2,000,000) and report 'best-found'. */
  maxNodes?: number;
  /** Stop after this many milliseconds of `clock` (no limit unless both are given). */
  timeLimitMs?: number;
  /** Milliseconds from any origin, e.g. performance.now (the domain never reads the time itself). */
  clock?: () => number;
  /** A known selection to start from (used when it meets every constraint), e.g. the previous frontier point. */
  incumbentIds?: readonly string[];
  /**
   * A second exact solver (HiGHS in the app, loaded outside shared/). Our search runs first for fastPathNodes /
   * fastPathMs; if it has not finished, the engine gets the rest of the time and its answer is checked (exactEngine.ts).
   */
  engine?: ExactEngine;
  fastPathNodes?: number;
  fastPathMs?: number;
  /** Called with our search's best set (a full 'best-found' result) when the engine takes over. */
  onProgress?: (best: FundingResult) => void;
}

export const EXCLUSION_REASONS = [
  'not-assessed',
  'budget',
  'problem-served',
  'blocker',
  'forced-out',
  'negative-value',
  'year-cap',
  'value-creation-share',
] as const;
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];

export interface Exclusion {
  id: string;
  reason: ExclusionReason;
  detail: string;
}

/**
 * optimal: no set within the constraints has more value (up to floating-point rounding, 1e-9 relative; 1e-8 when the
 * exact engine gave the proof, exactEngine.ts).
 * best-found: the search limit stopped the proof; the set meets every constraint but may not be the best.
 * infeasible: no set meets the constraints (the message says which rule cannot be met).
 * stopped: the search limit stopped it before any set meeting the constraints was found.
 */
export type FundingStatus = 'optimal' | 'best-found' | 'infeasible' | 'stopped';

/** The facts behind an answer's sentence (worded by fundingWording.ts in a workspace's format). */
export type FundingWhy =
  | { kind: 'optimal' }
  /** A set that meets every rule, not proven the best: a step or time limit stopped the search, or the user did. */
  | { kind: 'best-found'; by: 'step-limit' | 'time-limit' | 'user'; steps: number }
  /** A limit stopped the search before it found any set that meets every rule. */
  | { kind: 'nothing-found'; steps: number }
  /** Infeasible: no set reaches the minimum value-creation share with the candidates forced in. */
  | { kind: 'share-impossible'; share: number }
  /** Infeasible: two candidates of one problem are both forced in (their names). */
  | { kind: 'forced-same-problem'; first: string; second: string }
  /** Infeasible: the candidates forced in need more than the budget. */
  | { kind: 'forced-over-budget'; need: number; budget: number }
  /** Infeasible: the candidates forced in need more than a year's cap (planYear 1-based). */
  | { kind: 'forced-over-cap'; planYear: number; need: number; cap: number };

export interface FundingResult {
  status: FundingStatus;
  /** Funded ids in input order (empty unless optimal / best-found). */
  selectedIds: string[];
  totalInvestment: number;
  totalValue: number;
  /** Investment of the funded set per plan year (as long as the longest candidate or cap list). */
  investmentByYear: number[];
  /** Value-creation investment / total investment of the funded set (0 when nothing is invested). */
  valueCreationShare: number;
  /** Every candidate not funded, in input order, with why (empty when infeasible / stopped). */
  excluded: Exclusion[];
  nodesExplored: number;
  /**
   * Upper bound on the total value of any set within the rules (optimal / best-found only): the total itself when
   * optimal; after a stopped search, the search's proven bound, so (bound − total) / bound is the most a better set
   * could gain, relatively.
   */
  bound?: number;
  /** The facts behind the sentence: screens and exports word them in the workspace's format (fundingWording.ts). */
  why: FundingWhy;
  /** The sentence in plain figures ("Optimal: …", "Best found …", or why nothing can be funded), for tools and tests. */
  message: string;
}
