import { getApi } from '@renderer/api';
import { repositories } from '@renderer/db';
import { encodeWorkspaceFileAsync, formatFileError, WORKSPACE_FILE_EXTENSION } from '@shared/export/workspaceFile';
import type { FileFilter } from '@shared/ipc';

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
 * The whole workspace (settings, problems, use cases, plan) as one `.lastmile` file: read back through the import's
 * parse before it is saved (a file the import would refuse is never written; the fault is reported instead), and
 * gzip-compressed when large. `onProgress` gets a line to show while a large workspace is prepared.
 */
export async function exportWorkspaceFile(workspaceId: string, onProgress?: (message: string) => void): Promise<string> {
  const bundle = await repositories().bundles.read(workspaceId);
  if (!bundle) return 'This workspace no longer exists.';
  onProgress?.('Preparing the workspace file…');
  const file = await encodeWorkspaceFileAsync(
    bundle,
    { exportedAt: new Date().toISOString(), appVersion: await appVersion() },
    { onProgress: (done) => onProgress?.(`Preparing the workspace file… ${Math.round(done * 100)}%`) },
  );
  if (!file.ok) return `Not saved: the workspace could not be written as a file that opens again (${formatFileError(file.errors[0] ?? { path: '', message: 'unknown fault' })}).`;
  return saveExport(safeFileName(bundle.workspace.name, WORKSPACE_FILE_EXTENSION), [{ name: 'Lastmile workspace', extensions: ['lastmile'] }], file.data);
}
