import { create } from 'zustand';
import { getApi } from '@renderer/api';
import { preloadPart } from '@renderer/lazyPages';
import { holdIdleWork } from '@renderer/state/idle';
import { StepsCancelled } from '@shared/export/compression';
import { parseWorkspaceFileAsync, WORKSPACE_FILE_MAX_BYTES, type WorkspaceFileResult } from '@shared/export/workspaceFile';

export interface PendingFile {
  name: string;
  /** The file as stored (plain JSON or gzip bytes; the import tells them apart), or its text. */
  data: Uint8Array | string;
}

/** Share of the progress taken by unpacking a compressed file (shared/export/workspaceFile.ts); checking the records takes the rest. */
export const UNPACKED_SHARE = 0.7;

interface ImportState {
  /** The file the import window shows (null: the window is closed). */
  pending: PendingFile | null;
  /** The parse of the pending file (null while it is still being read). */
  parsed: WorkspaceFileResult | null;
  /** Share done, 0–1, while the file is read: unpacking, then checking every record. */
  progress: number;
  /** A workspace file to review and import (from the Export page, the File menu, the OS or a drop). */
  offer: (file: PendingFile) => void;
  /** Withdraws the file (the window closed): a reading still under way stops at its next pause. */
  clear: () => void;
}

/**
 * The workspace file offered for import and its reading: a large file unpacks and is checked in slices, so the import
 * window can show how far it is; a file withdrawn meanwhile (closed window, another file) stops being read and its
 * result is dropped. The window opens once its code is here (fetched on its first use), drawn at once rather than as a
 * placeholder that React would hold back for 300 ms before showing the window in its place; the reading starts as the
 * window is drawn.
 */
export const useWorkspaceImport = create<ImportState>()((set) => {
  /** How to stop the reading of the file offered last (shown as `pending`, and read, once the window's code is here). */
  let reading = { aborted: false };
  const stop = () => {
    reading.aborted = true;
  };
  // While a file is offered (read, reviewed, written), idle-time warm-ups wait: the import gets the machine.
  let releaseIdle: (() => void) | null = null;
  return {
    pending: null,
    parsed: null,
    progress: 0,
    offer: (file) => {
      stop();
      releaseIdle ??= holdIdleWork();
      const signal = { aborted: false };
      reading = signal;
      set({ parsed: null, progress: 0 });
      const current = () => !signal.aborted;
      const read = () =>
        parseWorkspaceFileAsync(file.data, { signal, onProgress: (progress) => current() && set({ progress }) }).then(
          (parsed) => current() && set({ parsed, progress: 1 }),
          (error: unknown) => {
            if (error instanceof StepsCancelled || !current()) return;
            set({ parsed: { ok: false, errors: [{ path: '', message: `The file could not be read: ${String(error)}` }] }, progress: 1 });
          },
        );
      // The window opens (with its progress line), then the reading starts: from the next microtask, after React has drawn it.
      void preloadPart('importDialog').then(() => {
        if (!current()) return;
        set({ pending: file });
        return Promise.resolve().then(() => (current() ? read() : undefined));
      });
    },
    clear: () => {
      stop();
      releaseIdle?.();
      releaseIdle = null;
      set({ pending: null, parsed: null, progress: 0 });
    },
  };
});

/** Opens the file chooser for a `.lastmile` file and offers its bytes for import (decoding and unpacking happen in the import). */
export async function chooseWorkspaceFile(onError: (message: string) => void): Promise<void> {
  const r = await getApi().openFile({ filters: [{ name: 'Lastmile workspace', extensions: ['lastmile', 'json'] }], maxBytes: WORKSPACE_FILE_MAX_BYTES });
  if (!r.ok) return onError(r.error);
  if (r.value.cancelled) return;
  useWorkspaceImport.getState().offer({ name: r.value.name, data: r.value.data });
}
