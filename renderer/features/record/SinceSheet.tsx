import { useMemo } from 'react';
import { Sheet } from '@renderer/features/boardPack/Sheet';
import { sinceSnapshot } from '@shared/analysis/sinceSnapshot';
import type { ExportModel } from '@shared/export/exportModel';
import type { BoardSnapshot } from '@shared/domain';
import { currentPortfolio } from './snapshotFromModel';
import { SinceList } from './SinceList';
import { useFundingDecisions, useSnapshots } from './useRecord';

/** The snapshot this pack is compared with: the newest frozen before the pack was prepared. */
export function previousSnapshot(snapshots: readonly BoardSnapshot[], generatedAt: string): BoardSnapshot | undefined {
  return snapshots.filter((s) => s.at < generatedAt).sort((a, b) => b.at.localeCompare(a.at))[0];
}

/** The board pack's "Since last board" page (none before the first snapshot). */
export function SinceSheet({ model }: { model: ExportModel }) {
  const workspaceId = model.workspace.id;
  const snapshots = useSnapshots(workspaceId);
  const decisions = useFundingDecisions(workspaceId);
  const snapshot = snapshots ? previousSnapshot(snapshots, model.generatedAt) : undefined;
  const since = useMemo(
    () => (snapshot && decisions ? sinceSnapshot(snapshot, currentPortfolio(model), { funding: decisions, useCases: model.rows.map((r) => r.useCase) }) : null),
    [snapshot, decisions, model],
  );
  if (!since) return null;
  return (
    <Sheet title={`Since last board: ${since.snapshot.name}`} eyebrow="What changed">
      <SinceList since={since} present={model.present} />
    </Sheet>
  );
}
