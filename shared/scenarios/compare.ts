import { candidateCases, fundingProblem, moneyByYear, rankCases, summariseFunded, type CandidateCase, type RoomScores } from '../analysis';
import type { Problem, UseCase, WorkspaceSettings } from '../domain';
import { efficientFrontier, fundingMessage, optimiseFunding, type CostBasis, type FrontierPoint, type FundingCandidate, type FundingConstraints, type FundingResult, type FundingStatus, type PortfolioPlan, type SearchLimits } from '../portfolio';
import { applyScenario, type ScenarioOverrides, type ScenarioView } from './applyScenario';
import { presenter } from '../presentation';

/**
 * Scenarios side by side (docs/scenarios.md, "Comparing"): each scenario (or the base plan) is applied, its business
 * cases and funding problem built exactly as the portfolio page builds them, and its funding answer (the app's one
 * answer per funding problem, from the funding worker) compared: funded sets with the differences marked, totals,
 * spend per plan year, cumulative cash and the efficient frontiers. Pure.
 */

/** The workspace's data and plan, and the calendar month its figures are as of. */
export interface ScenarioBase<W extends WorkspaceSettings = WorkspaceSettings> {
  workspace: W;
  problems: readonly Problem[];
  useCases: readonly UseCase[];
  plan: PortfolioPlan;
  todayMonth: string;
  /** The room's vote of the latest revealed workshop session (shared/workshop roomScoresOf), as the portfolio page ranks with it. */
  roomScores: RoomScores;
}

/** One scenario ready to be funded: its view of the workspace, its business cases and its funding problem. */
export interface PreparedScenario<W extends WorkspaceSettings = WorkspaceSettings> {
  /** The scenario's id, or BASE_KEY for the base plan. */
  key: string;
  name: string;
  view: ScenarioView<W>;
  cases: readonly CandidateCase[];
  problem: { candidates: FundingCandidate[]; constraints: FundingConstraints };
}

export const BASE_KEY = 'base';
export const BASE_NAME = 'Base plan';

/**
 * Applies a scenario (null = the base plan) and builds its funding problem. `baseCases`, the base's business cases,
 * are reused when the scenario changes only the plan (switching then costs one funding problem, not every business case).
 */
export function prepareScenario<W extends WorkspaceSettings>(
  base: ScenarioBase<W>,
  scenario: (ScenarioOverrides & { id: string; name: string }) | null,
  baseCases?: readonly CandidateCase[],
): PreparedScenario<W> {
  const view = applyScenario(base.workspace, base.plan, base.useCases, scenario);
  const same = view.workspace === base.workspace && view.useCases === base.useCases;
  const cases = same && baseCases ? baseCases : candidateCases(view.workspace, base.problems, view.useCases, base.todayMonth);
  const plan = view.plan;
  const problem = fundingProblem(plan.objective === 'score' ? rankCases(cases, plan.weights, base.roomScores) : cases, plan);
  return { key: scenario?.id ?? BASE_KEY, name: scenario?.name ?? BASE_NAME, view, cases, problem };
}

/** One column of the comparison. */
export interface ComparedScenario {
  key: string;
  name: string;
  status: FundingStatus;
  message: string;
  costBasis: CostBasis;
  budget: number;
  fundedCount: number;
  /** Investment still to decide of the funded set at the likely cost (what the summary header shows). */
  investment: number;
  /** The same as the budget counts it (at the P90 cost when the scenario funds against it). */
  countedInvestment: number;
  expectedNpv: number;
  valueCreationShare: number;
  /** Investment of the funded set per plan year (pilot + last mile; index 0 = plan year 1). */
  spendByYear: number[];
  /** Cumulative net cash of the funded set per plan month (unrisked), and its payback month. */
  cumulativeCash: number[];
  paybackMonth: number | null;
  /** The efficient frontier (budget → best expected NPV), when worked out. */
  frontier: FrontierPoint[] | null;
}

/** A candidate funded in at least one of the scenarios compared. */
export interface ComparedCandidate {
  id: string;
  name: string;
  /** Funded or not, per scenario, in the columns' order. */
  funded: boolean[];
  /** Funded in every scenario compared (no difference). */
  inAll: boolean;
}

export interface ScenarioComparison {
  columns: ComparedScenario[];
  /** Funded somewhere: those funded in all first, then the differences; by name within each. */
  candidates: ComparedCandidate[];
  inAllCount: number;
  differenceCount: number;
  /** Plan years shown in the spend table (the longest of the columns). */
  planYears: number;
}

export interface ScenarioAnswer<W extends WorkspaceSettings = WorkspaceSettings> {
  prepared: PreparedScenario<W>;
  funding: FundingResult;
  frontier: FrontierPoint[] | null;
}

/** Compares 2–4 funded scenarios (more or fewer are compared as given). */
export function compareScenarios(answers: readonly ScenarioAnswer[]): ScenarioComparison {
  const columns = answers.map(({ prepared, funding, frontier }): ComparedScenario => {
    const { view, cases } = prepared;
    const ids = new Set(funding.selectedIds);
    const summary = summariseFunded(cases, funding, view.workspace.horizonMonths);
    // At the likely cost, as every comparison labels it (the counted P90 total is `countedInvestment`).
    const years = moneyByYear(cases, ids, { ...view.plan, costBasis: 'likely' }, view.workspace);
    return {
      key: prepared.key,
      name: prepared.name,
      status: funding.status,
      message: fundingMessage(funding, presenter(view.workspace)),
      costBasis: view.plan.costBasis,
      budget: view.plan.budget,
      fundedCount: summary.fundedCount,
      investment: summary.totalInvestment,
      countedInvestment: funding.totalInvestment,
      expectedNpv: summary.expectedNpv,
      valueCreationShare: summary.valueCreationShare,
      spendByYear: years.years.map((y) => y.investment),
      cumulativeCash: summary.cash.cumulative,
      paybackMonth: summary.cash.paybackMonth,
      frontier,
    };
  });
  const names = new Map<string, string>();
  for (const a of answers) for (const c of a.prepared.cases) if (!names.has(c.useCase.id)) names.set(c.useCase.id, c.useCase.name);
  const fundedSets = answers.map((a) => new Set(a.funding.selectedIds));
  const ids = new Set(fundedSets.flatMap((s) => [...s]));
  const candidates = [...ids]
    .map((id): ComparedCandidate => {
      const funded = fundedSets.map((s) => s.has(id));
      return { id, name: names.get(id) ?? id, funded, inAll: funded.every(Boolean) };
    })
    .sort((a, b) => Number(b.inAll) - Number(a.inAll) || a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1));
  const inAllCount = candidates.filter((c) => c.inAll).length;
  return { columns, candidates, inAllCount, differenceCount: candidates.length - inAllCount, planYears: Math.max(0, ...columns.map((c) => c.spendByYear.length)) };
}

/**
 * A scenario funded here, synchronously, with its frontier of `frontierPoints` (0 = none): for tests and tools. The
 * app asks the funding worker for the same search (renderer/features/scenarios), so the answers are the page's.
 */
export function answerScenario<W extends WorkspaceSettings>(prepared: PreparedScenario<W>, frontierPoints = 0, limits: SearchLimits = {}): ScenarioAnswer<W> {
  const { candidates, constraints } = prepared.problem;
  const funding = optimiseFunding(candidates, constraints, limits);
  const frontier = frontierPoints > 0 ? efficientFrontier(candidates, constraints, frontierPoints, limits) : null;
  return { prepared, funding, frontier };
}
