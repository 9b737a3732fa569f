import type { ExportModel } from '@shared/export/exportModel';
import { currentPortfolio } from '@shared/export/sinceExport';
import type { SnapshotInput } from '@renderer/db/recordRepository';

export { currentPortfolio };

/** What freezing the pack on screen writes: every candidate as the board sees it now, named by the caller. */
export function snapshotInput(model: ExportModel, name: string): SnapshotInput {
  const current = currentPortfolio(model);
  return { name: name.trim(), month: model.todayMonth, budget: current.budget, totalInvestment: current.totalInvestment, expectedNpv: current.expectedNpv, candidates: current.candidates };
}
