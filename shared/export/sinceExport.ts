import { sinceSnapshot, snapshotCandidates, type SinceSnapshot } from '../analysis/sinceSnapshot';
import type { BoardSnapshot, SnapshotCandidate } from '../domain';
import type { ExportModel } from './exportModel';

/** The portfolio an export shows (its funding answer), in a board snapshot's terms. */
export function currentPortfolio(model: ExportModel): { candidates: SnapshotCandidate[]; budget: number; totalInvestment: number; expectedNpv: number } {
  return {
    candidates: snapshotCandidates(model.rows),
    budget: model.plan.budget,
    totalInvestment: model.fundedSummary.totalInvestment,
    expectedNpv: model.fundedSummary.expectedNpv,
  };
}

/** The snapshot a pack prepared at `generatedAt` is compared with: the newest frozen before it. */
export function previousSnapshot(snapshots: readonly BoardSnapshot[], generatedAt: string): BoardSnapshot | undefined {
  return snapshots.filter((s) => s.at < generatedAt).sort((a, b) => b.at.localeCompare(a.at))[0];
}

/** "Since last board" of an export (deck, workbook): against the newest snapshot in its record before it was made; null without one. */
export function sinceLastBoardOf(model: ExportModel): SinceSnapshot | null {
  const record = model.record;
  const snapshot = record ? previousSnapshot(record.snapshots, model.generatedAt) : undefined;
  if (!record || !snapshot) return null;
  return sinceSnapshot(snapshot, currentPortfolio(model), { funding: record.decisions, useCases: model.rows.map((r) => r.useCase) });
}
