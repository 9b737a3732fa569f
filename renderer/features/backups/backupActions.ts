import { getApi } from '@renderer/api';
import { repositories, type ChangeSet } from '@renderer/db';
import { silentProgress, type ProgressContext } from '@renderer/components/ProgressTask';
import { appVersion } from '@renderer/features/exchange/exportActions';
import { buildFile } from '@renderer/features/exchange/fileWork';
import { importWorkspaceBundle } from '@renderer/features/exchange/importWorkspace';
import { recordChange } from '@renderer/state/actions';
import { parseWorkspaceFileAsync } from '@shared/export/workspaceFile';
import type { BackupEntry } from '@shared/ipc';

/** The workspaces a change touched (a workspace record, or problems / use cases / plans carrying its id). */
export function workspacesTouched(set: ChangeSet): Set<string> {
  const ids = new Set<string>();
  for (const c of set.changes) {
    if (c.table === 'workspaces' || c.table === 'plans') ids.add(c.key);
    for (const side of [c.before, c.after]) {
      const wid = (side as { workspaceId?: unknown } | null)?.workspaceId;
      if (typeof wid === 'string') ids.add(wid);
    }
  }
  return ids;
}

/**
 * Writes a snapshot of one workspace (its workspace file, compressed, read back through the import's parse first so a
 * backup always restores) to the backups folder; the error text when it fails. The file is built in a worker
 * (exchange/fileWork.ts), so automatic backups of a large workspace never hold up the page; `progress` shows how far it
 * is, and the backup is handed to the host only once complete (`writing` is what the page says meanwhile).
 */
export async function backupWorkspace(
  workspaceId: string,
  progress: ProgressContext = silentProgress(),
  writing = 'Writing the backup…',
): Promise<{ ok: true; entry: BackupEntry | null } | { ok: false; error: string }> {
  const bundle = await repositories().bundles.read(workspaceId);
  if (!bundle) return { ok: true, entry: null };
  const meta = { exportedAt: new Date().toISOString(), appVersion: await appVersion() };
  const file = await buildFile({ kind: 'workspace-file', bundle, meta, compress: 'always' }, { signal: progress.signal, onStep: (sentence, fraction) => progress.say(sentence, fraction) });
  if (!file.ok) return { ok: false, error: file.message };
  progress.finishing(writing);
  const r = await getApi().writeBackup({ workspaceId, name: bundle.workspace.name, data: file.data });
  return r.ok ? { ok: true, entry: r.value } : { ok: false, error: r.error };
}

/**
 * Restores a backup over its workspace. The current state is backed up first, and the restore itself is
 * an undoable edit, so a restore can always be taken back. Cancel (through `progress`) applies while the backup is
 * read and checked and the current state is prepared; from the safety backup's write on, the restore finishes, and
 * the workspace is replaced in one transaction (all or nothing).
 */
export async function restoreBackup(entry: BackupEntry, progress: ProgressContext = silentProgress()): Promise<string> {
  const api = getApi();
  await progress.report('Reading the backup…', 0);
  const content = await api.readBackup(entry.id);
  if (!content.ok) return `The backup could not be read: ${content.error}`;
  const parsed = await parseWorkspaceFileAsync(content.value.data, {
    signal: progress.signal,
    onProgress: (done) => progress.say('Unpacking the backup and checking every record…', done * 0.5),
  });
  if (!parsed.ok) return `The backup is damaged: ${parsed.errors[0]?.message ?? 'unknown fault'}`;
  const when = new Date(entry.createdAt).toLocaleString();
  const exists = await repositories().workspaces.get(entry.workspaceId);
  if (!exists) {
    // A deleted workspace comes back as it was, under its own ids (so its backups are its own again).
    progress.finishing(`Saving “${parsed.bundle.workspace.name}” in one step. This last step cannot be stopped.`);
    const back = await repositories().bundles.write(parsed.bundle, `Restore workspace “${parsed.bundle.workspace.name}”`);
    if (!back.ok) return `Not restored: ${back.errors[0]?.message ?? 'the backup did not validate'}`;
    recordChange(back.change);
    return `Restored the deleted workspace “${back.value.name}” as of ${when}. Undo takes the restore back.`;
  }
  await progress.report('Keeping a backup of the current state first…', 0.5);
  const safety = await backupWorkspace(entry.workspaceId, progress, 'Keeping a backup of the current state, then restoring in one step. This last step cannot be stopped.');
  if (!safety.ok) return `Not restored: the current state could not be backed up first (${safety.error})`;
  const r = await importWorkspaceBundle(repositories(), parsed.bundle, { kind: 'replace', workspaceId: entry.workspaceId }, () => crypto.randomUUID());
  if (!r.ok) return `Not restored: ${r.errors[0]?.message ?? 'the backup did not validate'}`;
  recordChange(r.change);
  return `Restored “${r.workspace.name}” as of ${when}. The state before the restore was backed up, and Undo takes the restore back.`;
}
