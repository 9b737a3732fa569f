import { useEffect, useState } from 'react';
import { StepsCancelled } from '@shared/export/compression';
import { parseWorkspaceFileAsync, type WorkspaceFileResult } from '@shared/export/workspaceFile';
import type { PendingFile } from './importStore';

/** Share of the progress taken by unpacking a compressed file (shared/export/workspaceFile.ts); checking the records takes the rest. */
export const UNPACKED_SHARE = 0.7;

export interface ParsedWorkspaceFile {
  /** The parse (null while the file is still being read). */
  parsed: WorkspaceFileResult | null;
  /** Share done, 0–1, while the file is read: unpacking, then checking every record. */
  progress: number;
}

/**
 * Reads the offered file off the main path of the page: a large (compressed) file unpacks in slices, so the
 * dialog can show how far it is; a file withdrawn meanwhile (closed dialog, another file) stops being read.
 */
export function useParsedWorkspaceFile(pending: PendingFile | null): ParsedWorkspaceFile {
  const [state, setState] = useState<{ file: PendingFile | null } & ParsedWorkspaceFile>({ file: null, parsed: null, progress: 0 });
  useEffect(() => {
    if (pending === null) return;
    const signal = { aborted: false };
    setState({ file: pending, parsed: null, progress: 0 });
    parseWorkspaceFileAsync(pending.data, { signal, onProgress: (progress) => setState((s) => (s.file === pending ? { ...s, progress } : s)) }).then(
      (parsed) => {
        if (!signal.aborted) setState({ file: pending, parsed, progress: 1 });
      },
      (error: unknown) => {
        if (error instanceof StepsCancelled) return;
        setState({ file: pending, parsed: { ok: false, errors: [{ path: '', message: `The file could not be read: ${String(error)}` }] }, progress: 1 });
      },
    );
    return () => {
      signal.aborted = true;
    };
  }, [pending]);
  return state.file === pending ? { parsed: state.parsed, progress: state.progress } : { parsed: null, progress: 0 };
}
