/**
 * The one model every exporter reads (XLSX, PPTX, CSV, the PDF board pack), so their figures agree: the
 * workspace and its records, each candidate's business case and score in rank order, the funding choice,
 * and the funded set's summary. Built once by `buildExportModel`; pure.
 */
import type { Problem } from '@shared/domain/problem';
import type { Scenario } from '@shared/domain/scenario';
import type { Workspace } from '@shared/domain/workspace';
import {
  analyseCandidates,
  boardDecision,
  candidateCases,
  fundingNotes,
  fundingProblem,
  initialPortfolioPlan,
  moneyByYear,
  objectiveRanks,
  rankCases,
  summariseFunded,
  type CandidateCase,
  type CandidateAnalysis,
  type FundedSummary,
  type FundingNote,
  type MoneyByYear,
} from '@shared/analysis';
import { planMonthToCalendar } from '@shared/finance/calendar';
import { optimiseFunding, SCORE_CRITERIA, type Exclusion, type ForcedChoice, type FundingResult, type PortfolioPlan, type SearchLimits } from '@shared/portfolio';
import { presenter, type Presenter } from '@shared/presentation';
import type { MethodRoomVote } from '@shared/presentation/methodText';
import { runSteps, type Steps } from './compression';
import type { ExportOptions } from './exportOptions';
import type { ExportRisk } from './exportRisk';
import { roomScoresOf, type RoomVoteSource } from '@shared/workshop/roomVote';
import { latestRecorded } from '@shared/workshop/session';
import { exportSpend, type ExportSpend } from '@shared/spend/exportSpend';
import type { WorkshopSession } from '@shared/domain/workshop';
import type { WorkspaceBundle, WorkspaceRecord } from './workspaceFileValidation';

/** One candidate as exported: its analysis (business case, score, rank) and what the funding choice did with it. */
export interface ExportRow extends CandidateAnalysis {
  funded: boolean;
  /** The team's forced choice with its reason, if any. */
  forced: ForcedChoice | null;
  /** Why it is not funded (budget, problem already served, blocker, …); null when funded. */
  exclusion: Exclusion | null;
  /** Funded, or not funded with its reason inline, and the trade-off line when a higher scorer lost (fundingStory.ts). */
  note: FundingNote;
  /** Rank by the funding objective (1 = adds the most expected NPV, or score when that is the objective). */
  objectiveRank: number;
}

export interface ExportModel {
  /** ISO date-time of the export (passed in: the domain never reads the clock). */
  generatedAt: string;
  /** The calendar month the figures are as of ('YYYY-MM'). */
  todayMonth: string;
  workspace: Workspace;
  problems: Problem[];
  plan: PortfolioPlan;
  /** Every use case, best score first (rank 1, 2, …). */
  rows: ExportRow[];
  funding: FundingResult;
  fundedSummary: FundedSummary;
  /** Spend and benefits of the funded set per plan year, against the caps, and its run cost once live. */
  moneyByYear: MoneyByYear;
  /** The decision asked of the board, in one paragraph. */
  decision: string;
  /** Every formatter, bound to the workspace's currency, number format and planning start. */
  present: Presenter;
  /** 'YYYY-MM' of each plan month 1…horizon. */
  calendarMonths: string[];
  /** 'Jan 2027' of each plan month 1…horizon: the column labels of monthly tables and charts. */
  monthLabels: string[];
  /** The workspace's record (decisions, change log, snapshots) when the bundle carried one: "since last board" reads it. */
  record?: WorkspaceRecord;
  /** The funded set's simulation, tornado and break-evens (exportRisk.ts), when worked out for this export. */
  risk?: ExportRisk;
  /** The base plan beside the scenarios chosen for the pack (exportOptions.ts), when any is chosen. */
  options?: ExportOptions;
  /** Every scenario of the workspace (its overrides: the workbook writes them as cells), when the export carries them. */
  scenarios?: readonly Scenario[];
  /** The room's vote when the plan's score counts it (weight above 0): the session it comes from (docs/workshop.md). */
  roomVote?: RoomVoteSource;
  /** The latest workshop session that is closed or has revealed its votes: the board pack's session record (docs/workshop.md). */
  sessionRecord?: WorkshopSession;
  /** The organisation's AI spend, attributed with this export's funded set (docs/spend.md); absent when none is recorded. */
  spend?: ExportSpend;
}

export interface BuildExportModelInput {
  bundle: WorkspaceBundle;
  /**
   * The funding answer the portfolio page shows (the one computation per plan state, made in the funding worker):
   * every export reads it and none searches again.
   */
  funding: FundingResult;
  generatedAt: string;
  /** The calendar month the figures are as of ('YYYY-MM'): the same "today" the funding answer was computed for. */
  todayMonth: string;
}

function withSessionRecord(sessions: readonly WorkshopSession[] | undefined): { sessionRecord?: WorkshopSession } {
  const latest = latestRecorded(sessions ?? []);
  return latest ? { sessionRecord: latest } : {};
}

/** What the method text says of the room's vote: null unless the score counts it (its weight above 0). */
export function exportRoomVote(model: Pick<ExportModel, 'plan' | 'roomVote'>): MethodRoomVote | null {
  if (!model.roomVote || !(model.plan.weights.roomVote > 0)) return null;
  const sum = SCORE_CRITERIA.reduce((s, c) => s + (Number.isFinite(model.plan.weights[c]) && model.plan.weights[c] > 0 ? model.plan.weights[c] : 0), 0);
  const session = model.roomVote.session;
  return { weightShare: sum > 0 ? model.plan.weights.roomVote / sum : 0, session: session ? { title: session.title, date: session.date } : null };
}

/** The plan a workspace bundle is judged by: its saved plan, or the initial plan when it has none. */
export function planOf(bundle: WorkspaceBundle): PortfolioPlan {
  return bundle.plan ?? initialPortfolioPlan(bundle.useCases);
}

/**
 * The funding answer of a bundle computed here, synchronously: for tests and tools outside the app only. The app gets
 * its answer from the funding worker (renderer/features/portfolio/fundingService.ts), which runs this same search.
 */
export function computeFunding(bundle: WorkspaceBundle, todayMonth: string, limits: SearchLimits = {}): FundingResult {
  const plan = planOf(bundle);
  const problem = fundingProblem(analyseCandidates(bundle.workspace, bundle.problems, bundle.useCases, plan, todayMonth, roomScoresOf(bundle.sessions).scores), plan);
  return optimiseFunding(problem.candidates, problem.constraints, limits);
}

/** Builds the export model: analysis and ranking (shared/analysis), the given funding answer, its notes, summary and years. */
export function buildExportModel(input: BuildExportModelInput): ExportModel {
  return runSteps(exportModelSteps(input));
}

/** Use cases worked out between two pauses of the sliced build (a few milliseconds of work each). */
const CASES_PER_STEP = 100;

/**
 * The same build in steps (yielding the fraction done), so a page can build the model of thousands of candidates a
 * slice at a time (runStepsAsync), showing how far it is, instead of in one long call: the business cases a hundred
 * use cases at a time, then ranking, funding notes, ranks by the objective, the funded set's summary and its years.
 */
export function* exportModelSteps(input: BuildExportModelInput): Steps<ExportModel> {
  const { bundle, funding } = input;
  const workspace = bundle.workspace;
  const plan = planOf(bundle);
  const useCases = bundle.useCases;
  const cases: CandidateCase[] = [];
  for (let start = 0; start < useCases.length; start += CASES_PER_STEP) {
    cases.push(...candidateCases(workspace, bundle.problems, useCases.slice(start, start + CASES_PER_STEP), input.todayMonth));
    yield 0.45 * (cases.length / useCases.length);
  }
  const room = roomScoresOf(bundle.sessions);
  const analysed = rankCases(cases, plan.weights, room.scores);
  yield 0.5;
  const present = presenter(workspace);
  const selected = new Set(funding.selectedIds);
  const exclusions = new Map(funding.excluded.map((e) => [e.id, e]));
  const notes = fundingNotes(analysed, funding, plan, present);
  yield 0.6;
  const objective = objectiveRanks(analysed, plan);
  yield 0.7;
  const rows: ExportRow[] = analysed.map((a) => ({
    ...a,
    funded: selected.has(a.useCase.id),
    forced: plan.forced[a.useCase.id] ?? null,
    exclusion: selected.has(a.useCase.id) ? null : (exclusions.get(a.useCase.id) ?? null),
    note: notes.get(a.useCase.id) as FundingNote,
    objectiveRank: objective.get(a.useCase.id) ?? 0,
  }));
  const calendarMonths = Array.from({ length: workspace.horizonMonths }, (_, i) => planMonthToCalendar(workspace.planningStartMonth, i + 1));
  yield 0.75;
  const fundedSummary = summariseFunded(analysed, funding, workspace.horizonMonths);
  yield 0.9;
  const years = moneyByYear(analysed, selected, plan, workspace);
  const spend = exportSpend(bundle.spend, { workspace, plan, problems: bundle.problems, useCases, cases, todayMonth: input.todayMonth, fundedIds: selected });
  yield 1;
  return {
    ...(bundle.record ? { record: bundle.record } : {}),
    ...(plan.weights.roomVote > 0 ? { roomVote: room } : {}),
    ...withSessionRecord(bundle.sessions),
    ...(spend ? { spend } : {}),
    generatedAt: input.generatedAt,
    todayMonth: input.todayMonth,
    workspace,
    problems: bundle.problems,
    plan,
    rows,
    funding,
    fundedSummary,
    moneyByYear: years,
    decision: boardDecision(fundedSummary, years, plan, present),
    present,
    calendarMonths,
    monthLabels: calendarMonths.map((m) => present.calendarMonth(m)),
  };
}

/**
 * The funding cell of a table (workbook and CSV): "Funded", "Funded (forced in: …)", or "Not funded: " with the
 * reason from the funding note ("Not funded: over budget by $40,000").
 */
export function fundingStatusText(note: FundingNote): string {
  if (note.funded || /^not funded/i.test(note.status)) return note.status;
  return `Not funded: ${note.status.charAt(0).toLowerCase()}${note.status.slice(1)}`;
}
