import { snapshotCandidates } from '@shared/analysis/sinceSnapshot';
import type { SnapshotCandidate } from '@shared/domain';
import type { ExportModel } from '@shared/export/exportModel';
import type { SnapshotInput } from '@renderer/db/recordRepository';

/** The portfolio as the board pack (and the funding answer it was built on) shows it, in a snapshot's terms. */
export function currentPortfolio(model: ExportModel): { candidates: SnapshotCandidate[]; budget: number; totalInvestment: number; expectedNpv: number } {
  return {
    candidates: snapshotCandidates(model.rows),
    budget: model.plan.budget,
    totalInvestment: model.fundedSummary.totalInvestment,
    expectedNpv: model.fundedSummary.expectedNpv,
  };
}

/** What freezing the pack on screen writes: every candidate as the board sees it now, named by the caller. */
export function snapshotInput(model: ExportModel, name: string): SnapshotInput {
  const current = currentPortfolio(model);
  return { name: name.trim(), month: model.todayMonth, budget: current.budget, totalInvestment: current.totalInvestment, expectedNpv: current.expectedNpv, candidates: current.candidates };
}
