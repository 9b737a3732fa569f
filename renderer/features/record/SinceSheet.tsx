import { useMemo } from 'react';
import { Sheet } from '@renderer/features/boardPack/Sheet';
import { sinceSnapshot } from '@shared/analysis/sinceSnapshot';
import type { ExportModel } from '@shared/export/exportModel';
import { previousSnapshot } from '@shared/export/sinceExport';
import { currentPortfolio } from './snapshotFromModel';
import { SinceList } from './SinceList';
import { useFundingDecisions, useSnapshots } from './useRecord';

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
