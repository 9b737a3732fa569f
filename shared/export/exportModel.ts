/**
 * The one model every exporter reads (XLSX, PPTX, CSV, the PDF board pack), so their figures agree: the
 * workspace and its records, each candidate's business case and score in rank order, the funding choice,
 * and the funded set's summary. Built once by `buildExportModel`; pure.
 */
import type { Problem } from '@shared/domain/problem';
import type { Workspace } from '@shared/domain/workspace';
import { analyseCandidates, fundingProblem, summariseFunded, type CandidateAnalysis, type FundedSummary } from '@shared/analysis';
import { planMonthToCalendar } from '@shared/finance/calendar';
import { initialPortfolioPlan } from '@shared/analysis';
import { optimiseFunding, type Exclusion, type ForcedChoice, type FundingResult, type PortfolioPlan } from '@shared/portfolio';
import type { WorkspaceBundle } from './workspaceFileValidation';

/** One candidate as exported: its analysis (business case, score, rank) and what the funding choice did with it. */
export interface ExportRow extends CandidateAnalysis {
  funded: boolean;
  /** The team's forced choice with its reason, if any. */
  forced: ForcedChoice | null;
  /** Why it is not funded (budget, problem already served, blocker, …); null when funded. */
  exclusion: Exclusion | null;
}

export interface ExportModel {
  /** ISO date-time of the export (passed in: the domain never reads the clock). */
  generatedAt: string;
  workspace: Workspace;
  problems: Problem[];
  plan: PortfolioPlan;
  /** Every use case, best score first (rank 1, 2, …). */
  rows: ExportRow[];
  funding: FundingResult;
  fundedSummary: FundedSummary;
  /** 'YYYY-MM' of each plan month 1…horizon. */
  calendarMonths: string[];
  /** 'Jan 2027' of each plan month 1…horizon: the column labels of monthly tables and charts. */
  monthLabels: string[];
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** 'Jan 2027' for '2027-01'. */
export function monthLabel(calendarMonth: string): string {
  const [year, month] = calendarMonth.split('-');
  return `${MONTH_NAMES[Number(month) - 1] ?? '?'} ${year ?? ''}`;
}

export interface BuildExportModelInput {
  bundle: WorkspaceBundle;
  /** The funding choice the user sees (from the portfolio page); computed here when absent. */
  funding?: FundingResult;
  generatedAt: string;
  /** Node limit when the funding choice is computed here (default 500,000). */
  maxNodes?: number;
}

/** Builds the export model: analysis and ranking (shared/analysis), funding (given or optimised), funded summary. */
export function buildExportModel(input: BuildExportModelInput): ExportModel {
  const { bundle } = input;
  const workspace = bundle.workspace;
  const plan = bundle.plan ?? initialPortfolioPlan(bundle.useCases);
  const analysed = analyseCandidates(workspace, bundle.problems, bundle.useCases, plan);
  const funding =
    input.funding ??
    (() => {
      const problem = fundingProblem(analysed, plan);
      return optimiseFunding(problem.candidates, problem.constraints, { maxNodes: input.maxNodes ?? 500_000 });
    })();
  const selected = new Set(funding.selectedIds);
  const exclusions = new Map(funding.excluded.map((e) => [e.id, e]));
  const rows: ExportRow[] = analysed.map((a) => ({
    ...a,
    funded: selected.has(a.useCase.id),
    forced: plan.forced[a.useCase.id] ?? null,
    exclusion: selected.has(a.useCase.id) ? null : (exclusions.get(a.useCase.id) ?? null),
  }));
  const calendarMonths = Array.from({ length: workspace.horizonMonths }, (_, i) => planMonthToCalendar(workspace.planningStartMonth, i + 1));
  return {
    generatedAt: input.generatedAt,
    workspace,
    problems: bundle.problems,
    plan,
    rows,
    funding,
    fundedSummary: summariseFunded(analysed, funding, workspace.horizonMonths),
    calendarMonths,
    monthLabels: calendarMonths.map(monthLabel),
  };
}

/** Payback as people read it: a month number, 'No outlay' (month 0: nothing at risk), or 'Beyond horizon'. */
export function paybackText(month: number | null): number | 'No outlay' | 'Beyond horizon' {
  if (month === null) return 'Beyond horizon';
  return month === 0 ? 'No outlay' : month;
}

/** IRR as people read it: the annual rate, or 'Not defined' (never a made-up number). */
export function irrText(irr: number | null): number | 'Not defined' {
  return irr === null ? 'Not defined' : irr;
}
