import { getApi } from '@renderer/api';
import { repositories } from '@renderer/db';
import { silentProgress, type ProgressContext } from '@renderer/components/ProgressTask';
import { WORKSPACE_FILE_EXTENSION } from '@shared/export/workspaceFile';
import type { FileFilter } from '@shared/ipc';
import { buildFile } from './fileWork';

/** A file name from a workspace name: letters, digits, spaces and dashes only. */
export function safeFileName(name: string, extension: string): string {
  const base = name.replace(/[^\p{L}\p{N} _-]+/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, 80) || 'Lastmile';
  return `${base}${extension.startsWith('.') ? extension : `.${extension}`}`;
}

export async function appVersion(): Promise<string> {
  const info = await getApi().getAppInfo();
  return info.ok ? info.value.version : 'unknown';
}

/** Saves through the host (save dialog on the desktop, a download in the browser); returns a message for the user. */
export async function saveExport(suggestedName: string, filters: FileFilter[], data: Uint8Array<ArrayBuffer> | string): Promise<string> {
  const r = await getApi().saveFile({ suggestedName, filters, data });
  if (!r.ok) return `Not saved: ${r.error}`;
  if (!r.value.saved) return 'Not saved (cancelled).';
  return r.value.path ? `Saved to ${r.value.path}` : `Saved ${suggestedName}`;
}

/**
 * The whole workspace (settings, problems, use cases, plan) as one `.lastmile` file: built in a worker (fileWork.ts),
 * read back through the import's parse before it is saved (a file the import would refuse is never written; the fault
 * is reported instead), and gzip-compressed when large. `progress` shows how far it is; cancelled before the save, no
 * file is written.
 */
export async function exportWorkspaceFile(workspaceId: string, progress: ProgressContext = silentProgress()): Promise<string> {
  await progress.report('Reading the workspace…', 0);
  const bundle = await repositories().bundles.read(workspaceId);
  if (!bundle) return 'This workspace no longer exists.';
  const meta = { exportedAt: new Date().toISOString(), appVersion: await appVersion() };
  const built = await buildFile({ kind: 'workspace-file', bundle, meta, compress: 'auto' }, { signal: progress.signal, onStep: (sentence, fraction) => progress.say(sentence, fraction) });
  if (!built.ok) return `Not saved: ${built.message}.`;
  progress.finishing('Handing the workspace file over to be saved…');
  return saveExport(safeFileName(bundle.workspace.name, WORKSPACE_FILE_EXTENSION), [{ name: 'Lastmile workspace', extensions: ['lastmile'] }], built.data);
}
