import type { Problem, UseCase, WorkspaceSettings } from '../domain';
import { useCaseMetricsFromSchedule, useCaseSchedule, type CashFlowSchedule, type UseCaseMetrics } from '../finance';
import { READINESS_DIMENSIONS, READINESS_LABELS } from '../domain';
import { rankCandidates, type FundingCandidate, type FundingConstraints, type PortfolioPlan, type ScoreInput, type ScoreResult } from '../portfolio';

/** One candidate with its business case and score: what every portfolio view and exporter reads. */
export interface CandidateAnalysis {
  useCase: UseCase;
  problem: Problem | undefined;
  schedule: CashFlowSchedule;
  metrics: UseCaseMetrics;
  /** Mean readiness 1–5; null while any dimension is not assessed. */
  readinessAverage: number | null;
  score: ScoreResult;
  /** 1 = best score. */
  rank: number;
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

/** The business case of every use case: schedule and metrics (the expensive part; independent of weights). */
export function candidateCases(workspace: WorkspaceSettings, problems: readonly Problem[], useCases: readonly UseCase[]): CandidateCase[] {
  const problemById = new Map(problems.map((p) => [p.id, p]));
  return useCases.map((useCase) => {
    const schedule = useCaseSchedule(useCase, workspace);
    const metrics = useCaseMetricsFromSchedule(useCase, workspace, schedule);
    return { useCase, problem: problemById.get(useCase.problemId), schedule, metrics, readinessAverage: readinessAverage(useCase) };
  });
}

/** Scores and ranks business cases with the given weights, best first (ties by id): cheap, so sliders can re-rank live. */
export function rankCases(cases: readonly CandidateCase[], weights: PortfolioPlan['weights']): CandidateAnalysis[] {
  const inputs: ScoreInput[] = cases.map((b) => ({
    id: b.useCase.id,
    expectedNpv: b.metrics.expectedNpv,
    investment: b.metrics.totalInvestment,
    paybackMonth: b.metrics.paybackMonth,
    strategicImportance: b.problem?.strategicImportance ?? 1,
    readinessAverage: b.readinessAverage,
    probability: b.metrics.probability,
    classification: b.useCase.classification.kind,
  }));
  const byId = new Map(cases.map((b) => [b.useCase.id, b]));
  return rankCandidates(inputs, weights).map((r) => {
    const b = byId.get(r.id) as CandidateCase;
    return { ...b, score: { total: r.total, parts: r.parts }, rank: r.rank };
  });
}

/** Business case and score of every use case, best score first (ties by id). */
export function analyseCandidates(
  workspace: WorkspaceSettings,
  problems: readonly Problem[],
  useCases: readonly UseCase[],
  plan: PortfolioPlan,
): CandidateAnalysis[] {
  return rankCases(candidateCases(workspace, problems, useCases), plan.weights);
}

/**
 * The funding problem of a plan: candidates as plain numbers (value = expected NPV or score, per the plan's
 * objective) and the plan's constraints. Candidates of a parked problem are left out unless the team forced
 * them in, with that reason. Scores are needed only when the objective is the score.
 */
export function fundingProblem(
  rows: readonly (CandidateCase & { score?: ScoreResult })[],
  plan: PortfolioPlan,
): { candidates: FundingCandidate[]; constraints: FundingConstraints } {
  // Not assessed: no expected NPV. Such a candidate is funded only when forced in, and then only its pilot (always
  // spent) is counted: its expected NPV at a probability of 0.
  const valueOf = (r: (typeof rows)[number]): number => {
    if (plan.objective !== 'score') return r.metrics.expectedNpv ?? r.metrics.npvPilot;
    if (!r.score) throw new Error('fundingProblem: the score objective needs scored candidates (rankCases)');
    return r.score.total;
  };
  const forced = { ...plan.forced };
  for (const r of rows) {
    if (r.problem?.status === 'parked' && !forced[r.useCase.id]) forced[r.useCase.id] = { mode: 'out', reason: 'Its problem is parked' };
  }
  const candidates: FundingCandidate[] = rows.map((r) => ({
    id: r.useCase.id,
    name: r.useCase.name,
    problemId: r.useCase.problemId,
    kind: r.useCase.classification.kind,
    investment: r.metrics.totalInvestment,
    investmentByYear: r.metrics.investmentByPlanYear,
    value: valueOf(r),
    hasBlocker: r.metrics.blockers.length > 0,
    notAssessed: r.metrics.notAssessed.map((d) => READINESS_LABELS[d].toLowerCase()),
  }));
  const yearCaps = plan.yearCaps.some((c) => c !== null) ? plan.yearCaps : undefined;
  return {
    candidates,
    constraints: {
      budget: plan.budget,
      ...(yearCaps ? { yearCaps } : {}),
      minValueCreationShare: plan.minValueCreationShare,
      forced,
    },
  };
}
