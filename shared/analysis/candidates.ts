import type { Problem, Stage, UncertaintyPolicySettings, UseCase, WorkspaceSettings } from '../domain';
import { todayPlanMonth, trackedMetrics, type TrackedMetrics, type TrackedSchedule } from '../finance';
import { READINESS_DIMENSIONS, READINESS_LABELS } from '../domain';
import { fundingCostAt } from './costBasis';
import { copyKeepingSchedule, withLazySchedule } from './lazySchedule';
import { NOT_ESTIMATED_REASON } from '../inventory/flags';
import { rankCandidates, type FundingCandidate, type FundingConstraints, type PortfolioPlan, type ScoreInput, type ScoreResult } from '../portfolio';

/** Stages the funding choice cannot change: committed work is in (at no cost to the budget), ended work is out. */
const STAGE_FUNDING: Partial<Record<Stage, { mode: 'in' | 'out'; reason: string }>> = {
  'last-mile': { mode: 'in', reason: 'Committed: its last mile is under way' },
  production: { mode: 'in', reason: 'In production' },
  'pilot-failed': { mode: 'out', reason: 'Its pilot failed' },
  stopped: { mode: 'out', reason: 'Stopped' },
};

/** One candidate with its business case and score: what every portfolio view and exporter reads. */
export interface CandidateAnalysis {
  useCase: UseCase;
  problem: Problem | undefined;
  /** Cash flows as they stand today: actuals before today, the forecast from today on. */
  schedule: TrackedSchedule;
  /** NPV, expected NPV, IRR, payback and ROI from today on; sunk, committed and whole-life figures in `living`. */
  metrics: TrackedMetrics;
  /** Mean readiness 1–5; null while any dimension is not assessed. */
  readinessAverage: number | null;
  score: ScoreResult;
  /** 1 = best score. */
  rank: number;
  /** The workspace's uncertainty policy: the ranges of a use case without its own (its P90 cost, costBasis.ts). */
  uncertainty: UncertaintyPolicySettings;
}

/** Mean of the five readiness scores; null while any dimension is not assessed. */
function readinessAverage(uc: UseCase): number | null {
  let sum = 0;
  for (const d of READINESS_DIMENSIONS) {
    const score = uc.readiness[d].score;
    if (score === null) return null;
    sum += score;
  }
  return sum / READINESS_DIMENSIONS.length;
}

/** One candidate's business case before scoring (what does not depend on the score weights). */
export type CandidateCase = Omit<CandidateAnalysis, 'score' | 'rank'>;

/**
 * The business case of every use case as it stands in the calendar month `todayMonth` ('YYYY-MM'; docs/living-portfolio.md):
 * schedule and metrics (the expensive part; independent of weights).
 */
export function candidateCases(workspace: WorkspaceSettings, problems: readonly Problem[], useCases: readonly UseCase[], todayMonth: string): CandidateCase[] {
  const problemById = new Map(problems.map((p) => [p.id, p]));
  const today = todayPlanMonth(workspace.planningStartMonth, todayMonth, workspace.horizonMonths);
  return useCases.map((useCase) => {
    // The schedule is worked out again when first read (lazySchedule.ts): most candidates' is never read.
    const { metrics } = trackedMetrics(useCase, workspace, today);
    const figures = { useCase, problem: problemById.get(useCase.problemId), metrics, readinessAverage: readinessAverage(useCase), uncertainty: workspace.uncertainty };
    return withLazySchedule(figures, { useCase, workspace, today, value: undefined });
  });
}

/** The room's score 0–1 per use case from the latest revealed workshop vote (shared/workshop roomScoresOf); null = none revealed. */
export type RoomScores = Readonly<Record<string, number | null>> | null;

/**
 * Scores and ranks business cases with the given weights, best first (ties by id): cheap, so sliders can re-rank live.
 * `roomScores` feeds the room-vote criterion (a use case without one is neutral); it counts only when its weight is above 0.
 */
export function rankCases(cases: readonly CandidateCase[], weights: PortfolioPlan['weights'], roomScores: RoomScores = null): CandidateAnalysis[] {
  const inputs: ScoreInput[] = cases.map((b) => ({
    id: b.useCase.id,
    // What is still to decide: money neither spent nor committed, and the expected NPV it buys (docs/living-portfolio.md).
    expectedNpv: b.metrics.living.fundingValue,
    investment: b.metrics.living.fundingCost,
    paybackMonth: b.metrics.paybackMonth,
    strategicImportance: b.problem?.strategicImportance ?? 1,
    readinessAverage: b.readinessAverage,
    probability: b.metrics.probability,
    classification: b.useCase.classification.kind,
    roomScore: roomScores && Object.hasOwn(roomScores, b.useCase.id) ? (roomScores[b.useCase.id] ?? null) : null,
  }));
  const byId = new Map(cases.map((b) => [b.useCase.id, b]));
  return rankCandidates(inputs, weights).map((r) => {
    const b = byId.get(r.id) as CandidateCase;
    return copyKeepingSchedule(b, { score: { total: r.total, parts: r.parts }, rank: r.rank });
  });
}

/** Business case and score of every use case, best score first (ties by id). */
export function analyseCandidates(
  workspace: WorkspaceSettings,
  problems: readonly Problem[],
  useCases: readonly UseCase[],
  plan: PortfolioPlan,
  todayMonth: string,
  roomScores: RoomScores = null,
): CandidateAnalysis[] {
  return rankCases(candidateCases(workspace, problems, useCases, todayMonth), plan.weights, roomScores);
}

type FundingRow = CandidateCase & { score?: ScoreResult };

/**
 * The funding problem of a plan: candidates as plain numbers (value = expected NPV or score, per the plan's
 * objective) and the plan's constraints. Candidates of a parked problem are left out unless the team forced
 * them in, with that reason. Scores are needed only when the objective is the score.
 */
export function fundingProblem(rows: readonly FundingRow[], plan: PortfolioPlan): { candidates: FundingCandidate[]; constraints: FundingConstraints } {
  return { candidates: fundingCandidates(rows, plan), constraints: fundingConstraints(rows, plan) };
}

/**
 * The candidates of fundingProblem: they depend on the rows, the objective and the cost basis only, so a screen that
 * keeps them while the budget, the caps, the share or the forced choices change keeps the same list (the funding
 * service then recognises it without comparing it again).
 */
export function fundingCandidates(rows: readonly FundingRow[], plan: Pick<PortfolioPlan, 'objective' | 'costBasis'>): FundingCandidate[] {
  // Not assessed: no expected NPV. Such a candidate is funded only when forced in, and then only its pilot (always
  // spent) is counted: its expected NPV at a probability of 0.
  // A running pilot's remaining cost is committed: without a probability its last mile is worth nothing to decide.
  const valueOf = (r: FundingRow): number => {
    if (plan.objective !== 'score') return r.metrics.living.fundingValue ?? (r.metrics.living.stage === 'idea' ? r.metrics.npvPilot : 0);
    if (!r.score) throw new Error('fundingProblem: the score objective needs scored candidates (rankCases)');
    return r.score.total;
  };
  // Committed work is a fact, not a choice: a register may hold several systems live for one problem. Only the first keeps
  // the problem's one-per-problem group (so new candidates of that problem stay out as "already served"); the others
  // stand apart, instead of making every funding answer impossible.
  const committedProblems = new Set<string>();
  const groupOf = (r: FundingRow): string => {
    if (STAGE_FUNDING[r.metrics.living.stage]?.mode !== 'in') return r.useCase.problemId;
    if (!committedProblems.has(r.useCase.problemId)) {
      committedProblems.add(r.useCase.problemId);
      return r.useCase.problemId;
    }
    return `${r.useCase.problemId}\u0000committed:${r.useCase.id}`;
  };
  return rows.map((r) => {
    // The likely or the P90 cost, as the plan says (costBasis.ts): the one place the cost basis enters the funding.
    const counted = fundingCostAt(r, plan.costBasis);
    return {
      id: r.useCase.id,
      name: r.useCase.name,
      problemId: groupOf(r),
      kind: r.useCase.classification.kind,
      investment: counted.cost,
      investmentByYear: counted.byYear,
      value: valueOf(r),
      hasBlocker: r.metrics.blockers.length > 0,
      notAssessed: r.metrics.notAssessed.map((d) => READINESS_LABELS[d].toLowerCase()),
    };
  });
}

/** The constraints of fundingProblem: the plan's budget, caps and share, and its forced choices with those the rows impose. */
export function fundingConstraints(rows: readonly FundingRow[], plan: PortfolioPlan): FundingConstraints {
  const forced = { ...plan.forced };
  for (const r of rows) {
    if (r.problem?.status === 'parked' && !forced[r.useCase.id]) forced[r.useCase.id] = { mode: 'out', reason: 'Its problem is parked' };
    // No cost estimate yet (an imported row without costs, docs/inventory.md): nothing to weigh, so it waits, unless forced in.
    if (r.useCase.estimate.source === 'none' && !forced[r.useCase.id]) forced[r.useCase.id] = { mode: 'out', reason: NOT_ESTIMATED_REASON };
    // Where the use case stands overrides any choice in the plan: committed work stays funded, ended work cannot be.
    const lifeChoice = STAGE_FUNDING[r.metrics.living.stage];
    if (lifeChoice) forced[r.useCase.id] = lifeChoice;
  }
  const yearCaps = plan.yearCaps.some((c) => c !== null) ? plan.yearCaps : undefined;
  return {
    budget: plan.budget,
    ...(yearCaps ? { yearCaps } : {}),
    minValueCreationShare: plan.minValueCreationShare,
    forced,
  };
}
