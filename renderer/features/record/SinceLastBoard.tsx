import { useId, useMemo, useState } from 'react';
import { useUseCases } from '@renderer/db';
import { useBoardPack } from '@renderer/features/boardPack/useBoardPack';
import { sinceSnapshot } from '@shared/analysis/sinceSnapshot';
import { presenter } from '@shared/presentation';
import { currentPortfolio } from './snapshotFromModel';
import { SinceList } from './SinceList';
import { useFundingDecisions, useSnapshots } from './useRecord';

/** "Since last board": the portfolio now against a chosen board snapshot (the newest by default). */
export function SinceLastBoard({ workspaceId }: { workspaceId: string }) {
  const snapshots = useSnapshots(workspaceId);
  const decisions = useFundingDecisions(workspaceId);
  const useCases = useUseCases(workspaceId);
  const pack = useBoardPack(workspaceId);
  const [chosen, setChosen] = useState<string | null>(null);
  const pickerId = useId();
  const snapshot = snapshots?.find((s) => s.id === chosen) ?? snapshots?.[0];
  const model = pack.status === 'ready' ? pack.model : null;
  const since = useMemo(
    () => (snapshot && model && decisions && useCases ? sinceSnapshot(snapshot, currentPortfolio(model), { funding: decisions, useCases }) : null),
    [snapshot, model, decisions, useCases],
  );
  if (snapshots === undefined) return <p role="status">Loading the board snapshots…</p>;
  if (snapshots.length === 0) {
    return <p className="empty">No board snapshot yet. Open the board pack and freeze a snapshot when you take it to the board; this page then shows what changed since.</p>;
  }
  return (
    <div className="since-last-board">
      <div className="field since-last-board__picker">
        <label htmlFor={pickerId}>Compare with</label>
        <select id={pickerId} value={snapshot?.id ?? ''} onChange={(e) => setChosen(e.target.value)}>
          {snapshots.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name} (frozen {s.at.slice(0, 10)})
            </option>
          ))}
        </select>
      </div>
      {pack.status === 'error' && <p role="alert">The portfolio could not be worked out: {pack.message}</p>}
      {pack.status === 'missing' && <p className="empty">This workspace no longer exists.</p>}
      {!since && pack.status === 'loading' && <p role="status">Working out the portfolio as it stands today…</p>}
      {since && model && <SinceList since={since} present={presenter(model.workspace)} headingLevel="h2" />}
    </div>
  );
}
