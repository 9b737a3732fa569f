import './record.css';
import { useId, useState } from 'react';
import { repositories } from '@renderer/db';
import { perform } from '@renderer/state/actions';
import { defaultSnapshotName } from '@shared/analysis/sinceSnapshot';
import type { ExportModel } from '@shared/export/exportModel';
import { formatCalendarMonthLong } from '@shared/presentation';
import { snapshotInput } from './snapshotFromModel';

/**
 * "Freeze board snapshot" on the board pack: keeps every candidate as this pack shows it ("Board, March 2027"), so the
 * Record page can later show what changed since. Undoable like any edit.
 */
export function FreezeSnapshot({ workspaceId, model }: { workspaceId: string; model: ExportModel }) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(() => defaultSnapshotName(formatCalendarMonthLong(model.todayMonth, model.present.format)));
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const id = useId();
  const freeze = async () => {
    if (name.trim() === '') return setMessage('Give the snapshot a name.');
    setBusy(true);
    const result = await perform(repositories().record.freezeSnapshot(workspaceId, snapshotInput(model, name)), { toast: `Board snapshot “${name.trim()}” frozen`, undoable: true });
    setBusy(false);
    if (!result.ok) return setMessage(result.errors[0]?.message ?? 'The snapshot was not saved.');
    setOpen(false);
    setMessage(`Snapshot “${name.trim()}” frozen: the Record page shows what changes since.`);
  };
  return (
    <div className="freeze-snapshot">
      {!open ? (
        <button type="button" className="button" onClick={() => setOpen(true)}>
          Freeze board snapshot
        </button>
      ) : (
        <form
          className="freeze-snapshot__form"
          onSubmit={(e) => {
            e.preventDefault();
            void freeze();
          }}
        >
          <label htmlFor={id}>Snapshot name</label>
          <input id={id} value={name} maxLength={120} onChange={(e) => setName(e.target.value)} autoFocus />
          <button type="submit" className="button button--primary" disabled={busy}>
            Freeze
          </button>
          <button type="button" className="button" onClick={() => setOpen(false)}>
            Cancel
          </button>
        </form>
      )}
      <p role="status" className="bp-toolbar__message">
        {message}
      </p>
    </div>
  );
}
