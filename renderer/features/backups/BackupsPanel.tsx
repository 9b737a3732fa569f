import { useCallback, useEffect, useState } from 'react';
import { getApi, type BackupEntry } from '@renderer/api';
import { ProgressLine } from '@renderer/components/ProgressLine';
import { useProgressTask, type ProgressContext } from '@renderer/components/ProgressTask';
import { backupWorkspace, restoreBackup } from './backupActions';

const size = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`);

/** Automatic snapshots of this workspace: list, back up now, restore (undoable; the current state is backed up first). */
export function BackupsPanel({ workspaceId }: { workspaceId: string }) {
  const [entries, setEntries] = useState<BackupEntry[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const refresh = useCallback(async () => {
    const r = await getApi().listBackups();
    if (r.ok) setEntries(r.value.filter((e) => e.workspaceId === workspaceId));
    else setMessage(`Backups are not available: ${r.error}`);
  }, [workspaceId]);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const task = useProgressTask();
  const busy = task.progress !== null;
  const start = (label: string, work: (progress: ProgressContext) => Promise<string>) => {
    setMessage(null);
    void task.run(label, label === 'Backing up' ? 'Preparing the backup…' : 'Reading the backup…', work).then(async (outcome) => {
      setMessage(outcome.ok ? outcome.value : 'Cancelled. Nothing was changed.');
      await refresh();
    });
  };
  return (
    <section className="card" aria-labelledby="backups-title">
      <h2 id="backups-title">Backups</h2>
      <p>While you work, a snapshot of each changed workspace is kept every few minutes (three from today, one per earlier day, twenty at most).</p>
      <div className="form-actions">
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => start('Backing up', async (progress) => {
            const r = await backupWorkspace(workspaceId, progress);
            return r.ok ? 'Backed up.' : `Backup failed: ${r.error}`;
          })}
        >
          Back up now
        </button>
      </div>
      {task.progress && <ProgressLine progress={task.progress} onCancel={task.cancel} />}
      <p role="status" className="muted">
        {message ?? ''}
      </p>
      {entries && entries.length === 0 && <p className="muted">No backups of this workspace yet.</p>}
      {entries && entries.length > 0 && (
        <table className="table">
          <caption className="visually-hidden">Backups of this workspace</caption>
          <thead>
            <tr>
              <th scope="col">Taken</th>
              <th scope="col" className="num">Size</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <td>{new Date(e.createdAt).toLocaleString()}</td>
                <td className="num">{size(e.bytes)}</td>
                <td className="row-actions">
                  <button
                    type="button"
                    className="button button--small"
                    disabled={busy}
                    onClick={() => start('Restoring a backup', (progress) => restoreBackup(e, progress))}
                  >
                    Restore<span className="visually-hidden"> the backup of {new Date(e.createdAt).toLocaleString()}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
