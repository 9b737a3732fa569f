import type { CandidateAnalysis } from '@shared/analysis';
import { READINESS_DIMENSIONS, READINESS_LABELS, type UseCase } from '@shared/domain';
import { runSteps, type Steps } from '@shared/export/compression';
import { exportModelSteps, type ExportModel, type ExportRow } from '@shared/export/exportModel';
import { riskSteps, type ExportRisk, type RiskInput } from '@shared/export/exportRisk';
import type { WorkspaceBundle } from '@shared/export/workspaceFileValidation';
import { useCaseWarnings, type Warning } from '@shared/finance';
import type { FundingResult, PortfolioPlan } from '@shared/portfolio';

/** A readiness score at or below this (but above a blocker) is called out as a risk in the executive summary. */
export const WEAK_READINESS_SCORE = 2;
/** How many blockers and risks the executive summary lists before "and N more". */
export const TOP_RISKS = 8;

export type RiskSeverity = 'blocker' | 'weak' | 'warning';

/** One line of "top blockers and risks": which candidate, how serious, what is wrong. */
export interface PackRisk {
  key: string;
  severity: RiskSeverity;
  useCaseName: string;
  funded: boolean;
  message: string;
}

/**
 * Everything the board pack shows: the export model every exporter reads (so the pack's figures equal the
 * workbook's and the deck's), plus the funded rows, reviewer warnings and the ranked blockers and risks.
 */
export interface BoardPackModel extends ExportModel {
  /** The funded candidates in rank order. */
  funded: ExportRow[];
  fundedIds: ReadonlySet<string>;
  /** Reviewer warnings per use-case id (blockers first). */
  warnings: ReadonlyMap<string, Warning[]>;
  /** Blockers and risks, most serious first; `TOP_RISKS` of them go on the summary page. */
  risks: PackRisk[];
  /** The funded set's simulation, tornado and break-evens: the same funded set and today as every other page. */
  risk: ExportRisk;
}

const SEVERITY_ORDER: Record<RiskSeverity, number> = { blocker: 0, weak: 1, warning: 2 };

/**
 * Blockers (a readiness dimension scored 1) of every candidate, funded ones first; then weak readiness
 * (scored 2) and reviewer warnings of the funded candidates. Within a severity, rank order.
 */
export function packRisks(rows: readonly CandidateAnalysis[], fundedIds: ReadonlySet<string>, warnings: ReadonlyMap<string, Warning[]>): PackRisk[] {
  const out: (PackRisk & { order: number })[] = [];
  rows.forEach((r, index) => {
    const uc = r.useCase;
    const funded = fundedIds.has(uc.id);
    const base = { useCaseName: uc.name, funded };
    for (const w of warnings.get(uc.id) ?? []) {
      if (w.severity === 'blocker') {
        const dimension = READINESS_DIMENSIONS.find((d) => w.field === `readiness.${d}.score`);
        const note = dimension ? uc.readiness[dimension].note.trim() : '';
        out.push({ ...base, key: `${uc.id}:${w.field}`, severity: 'blocker', message: note ? `${w.message} Note: ${note}` : w.message, order: (funded ? 0 : 1) * rows.length + index });
      } else if (funded) {
        out.push({ ...base, key: `${uc.id}:${w.code}:${w.field}`, severity: 'warning', message: w.message, order: index });
      }
    }
    if (!funded) return;
    for (const d of READINESS_DIMENSIONS) {
      const { score, note } = uc.readiness[d];
      if (score !== null && score > 1 && score <= WEAK_READINESS_SCORE) {
        const text = `${READINESS_LABELS[d]} is scored ${score} of 5: weak.${note.trim() ? ` Note: ${note.trim()}` : ''}`;
        out.push({ ...base, key: `${uc.id}:weak:${d}`, severity: 'weak', message: text, order: index });
      }
    }
  });
  return out
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.order - b.order)
    .map(({ order: _order, ...risk }) => risk);
}

/** The pack before its simulation: the page runs the simulation in a worker while these figures are worked out. */
export type BoardPackBase = Omit<BoardPackModel, 'risk'>;

/** The board pack of a workspace and its plan, with the funding answer the portfolio page shows (the funding service's); the simulation run here. */
export function buildBoardPack(bundle: WorkspaceBundle & { plan: PortfolioPlan }, funding: FundingResult, generatedAt: string, todayMonth: string): BoardPackModel {
  const base = runSteps(boardPackSteps({ bundle, funding, generatedAt, todayMonth }));
  return { ...base, risk: runSteps(riskSteps(riskInputOf(base, bundle.useCases))) };
}

/** What the pack's simulation runs on: the very funded set and today of the pack. */
export function riskInputOf(base: BoardPackBase, useCases: readonly UseCase[]): RiskInput {
  return { workspace: base.workspace, useCases, fundedIds: base.fundedIds, todayMonth: base.todayMonth };
}

/** What the board pack is built from: the workspace with its plan, the funding answer, when it is prepared and the month its figures are as of. */
export interface BoardPackInput {
  bundle: WorkspaceBundle & { plan: PortfolioPlan };
  funding: FundingResult;
  generatedAt: string;
  todayMonth: string;
}

/** Candidates whose reviewer warnings are worked out between two pauses of the sliced build. */
const WARNINGS_PER_STEP = 200;

/**
 * The same build in steps (yielding the fraction done): the page builds a pack of thousands of candidates a slice at a
 * time (runStepsAsync), drawing its progress and answering Cancel, instead of in one call of seconds.
 */
export function* boardPackSteps(input: BoardPackInput): Steps<BoardPackBase> {
  const { bundle, funding } = input;
  const { workspace } = bundle;
  const build = exportModelSteps(input);
  let step = build.next();
  for (; !step.done; step = build.next()) yield step.value * 0.75;
  const model = step.value;
  const fundedIds = new Set(funding.selectedIds);
  const warnings = new Map<string, Warning[]>();
  for (let start = 0; start < model.rows.length; start += WARNINGS_PER_STEP) {
    for (const r of model.rows.slice(start, start + WARNINGS_PER_STEP)) warnings.set(r.useCase.id, useCaseWarnings(r.useCase, workspace, r.problem));
    yield 0.75 + 0.2 * (warnings.size / model.rows.length);
  }
  const risks = packRisks(model.rows, fundedIds, warnings);
  yield 1;
  return { ...model, funded: model.rows.filter((r) => r.funded), fundedIds, warnings, risks };
}
