import { useCallback, useEffect, useState } from 'react';
import { getApi, type BackupEntry } from '@renderer/api';
import { ProgressLine } from '@renderer/components/ProgressLine';
import { useProgressTask } from '@renderer/components/ProgressTask';
import { useWorkspaces } from '@renderer/db';
import { restoreBackup } from './backupActions';

/**
 * Backups of workspaces that no longer exist (deleted, perhaps in an earlier session): the newest snapshot
 * of each, restorable as a workspace again.
 */
export function DeletedWorkspaceBackups() {
  const workspaces = useWorkspaces();
  const [entries, setEntries] = useState<BackupEntry[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const task = useProgressTask();
  const refresh = useCallback(async () => {
    const r = await getApi().listBackups();
    if (r.ok) setEntries(r.value);
  }, []);
  useEffect(() => {
    void refresh();
  }, [refresh, workspaces]);
  if (!workspaces) return null;
  const existing = new Set(workspaces.map((w) => w.id));
  const newestOfEach = new Map<string, BackupEntry>();
  for (const e of entries) {
    if (existing.has(e.workspaceId)) continue;
    const seen = newestOfEach.get(e.workspaceId);
    if (!seen || e.createdAt > seen.createdAt) newestOfEach.set(e.workspaceId, e);
  }
  if (newestOfEach.size === 0 && !message && !task.progress) return null;
  return (
    <section className="card" aria-labelledby="deleted-backups-title">
      <h2 id="deleted-backups-title">Backups of deleted workspaces</h2>
      {task.progress && <ProgressLine progress={task.progress} onCancel={task.cancel} />}
      <p role="status" className="muted">
        {message ?? ''}
      </p>
      <ul className="export-list">
        {[...newestOfEach.values()].map((e) => (
          <li key={e.id}>
            <button
              type="button"
              className="button button--small"
              disabled={task.progress !== null}
              onClick={() => {
                setMessage(null);
                void task
                  .run(`Restoring “${e.name}”`, 'Reading the backup…', (progress) => restoreBackup(e, progress))
                  .then((outcome) => setMessage(outcome.ok ? outcome.value : 'Cancelled. Nothing was changed.'));
              }}
            >
              Restore “{e.name}”
            </button>{' '}
            <span className="muted">as of {new Date(e.createdAt).toLocaleString()}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
