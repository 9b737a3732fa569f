import { useRef, useState } from 'react';
import { Dialog } from '@renderer/components/Dialog';
import { ProgressLine } from '@renderer/components/ProgressLine';
import { repositories } from '@renderer/db';
import { committedRecords, showCommitted } from '@renderer/db/pendingWorkspace';
import { recordChange } from '@renderer/state/actions';
import { afterNextPaint } from '@renderer/state/idle';
import { navigate } from '@renderer/state/router';
import { useToasts } from '@renderer/state/toasts';
import { formatFileError } from '@shared/export/workspaceFile';
import type { FieldError, Workspace } from '@shared/domain';
import { settleWrite } from '@renderer/components/settleWrite';
import { importWorkspaceBundle, type ImportMode } from './importWorkspace';
import { UNPACKED_SHARE, useWorkspaceImport } from './importStore';

/**
 * Reviews a workspace file before anything is written: every fault with its path, or what the file holds
 * and a choice — import as a new workspace, or replace the open one (after confirmation). A large file is read
 * with a progress line (unpacking, then checking every record) and Cancel, which closes the dialog with nothing
 * changed; the write is one transaction (all or nothing) and says it is under way.
 */
export function WorkspaceImportDialog({ currentWorkspace }: { currentWorkspace: Workspace | null }) {
  const { pending, parsed, progress, clear } = useWorkspaceImport();
  const [confirmReplace, setConfirmReplace] = useState(false);
  const [writeErrors, setWriteErrors] = useState<FieldError[]>([]);
  // One import at a time: a double click must not import the file twice.
  const importing = useRef(false);
  // While the write runs, the dialog stays (Escape included): the write is all or nothing and cannot be stopped halfway.
  const close = () => {
    if (importing.current) return;
    setConfirmReplace(false);
    setWriteErrors([]);
    clear();
  };
  const [busy, setBusy] = useState(false);
  const run = async (mode: ImportMode) => {
    if (!parsed?.ok || importing.current) return;
    importing.current = true;
    setBusy(true);
    setWriteErrors([]);
    const r = await settleWrite(importWorkspaceBundle(repositories(), parsed.bundle, mode, () => crypto.randomUUID())).finally(() => {
      importing.current = false;
      setBusy(false);
    });
    if (!r.ok) return setWriteErrors(r.errors);
    recordChange(r.change);
    // Committed: the problem list opens on the records just stored, without waiting to read them back.
    const stored = committedRecords(r.change, r.workspace.id);
    if (stored) showCommitted(stored);
    close();
    useToasts.getState().show(`${mode.kind === 'new' ? 'Imported' : 'Replaced with'} “${r.workspace.name}”: ${r.counts.problems} problems, ${r.counts.useCases} use cases`);
    navigate({ page: 'problems', workspaceId: r.workspace.id });
    // Once the problem list is painted, its funding answer is worked out ahead of the portfolio page.
    void afterNextPaint().then(() => import('@renderer/features/portfolio/fundingPrefetch').then((m) => m.prefetchFunding(r.bundle), () => undefined));
  };
  // A refusal of the write itself (a full disk) is not a fault of the file: it is reported apart, and the import can be run again.
  const writeRefused = writeErrors.length > 0 && writeErrors.every((e) => e.path === '');
  const errors = parsed && !parsed.ok ? parsed.errors : writeRefused ? [] : writeErrors;
  return (
    <Dialog title={pending ? `Open workspace file “${pending.name}”` : 'Open workspace file'} open={pending !== null} onClose={close} className="dialog--wide" locked={busy}>
      {pending && !parsed && (
        <ProgressLine
          progress={{
            label: 'Reading the workspace file',
            sentence: progress < UNPACKED_SHARE ? 'Unpacking the file…' : 'Checking every problem and use case before anything is imported…',
            fraction: progress,
            cancellable: true,
          }}
          onCancel={close}
        />
      )}
      {parsed && errors.length > 0 && (
        <div className="callout callout--blocker" role="alert">
          <p>This file cannot be imported; nothing was changed.</p>
          <ul className="error-list">
            {errors.map((e, i) => (
              <li key={i}>{formatFileError(e)}</li>
            ))}
          </ul>
        </div>
      )}
      {parsed?.ok && writeRefused && (
        <div className="callout callout--blocker" role="alert">
          <p>Nothing was imported. {writeErrors[0]?.message}</p>
          <p>The file stays open here: choose how to import it again when ready.</p>
        </div>
      )}
      {parsed?.ok && (
        <>
          <p>
            <strong>{parsed.bundle.workspace.name}</strong>
            {parsed.bundle.workspace.organisation ? ` (${parsed.bundle.workspace.organisation})` : ''}: {parsed.bundle.problems.length} problems,{' '}
            {parsed.bundle.useCases.length} use cases, currency {parsed.bundle.workspace.currency}
            {parsed.bundle.plan ? ', with its portfolio plan' : ''}. Exported {parsed.meta.exportedAt.slice(0, 10)} by Lastmile {parsed.meta.appVersion}.
            {parsed.migratedFrom !== undefined ? ` Written by an older version (file version ${parsed.migratedFrom}); it is brought up to date on import.` : ''}
          </p>
          {busy && (
            <ProgressLine
              progress={{
                label: 'Importing the workspace',
                sentence: `Saving ${parsed.bundle.problems.length} problems and ${parsed.bundle.useCases.length} use cases in one step: either all of it is saved or nothing changes. This last step cannot be stopped.`,
                fraction: null,
                cancellable: false,
              }}
              onCancel={() => undefined}
            />
          )}
          {confirmReplace && currentWorkspace ? (
            <div className="callout callout--warning">
              <p>
                Replace everything in “{currentWorkspace.name}” with this file? Its current problems, use cases and plan are removed. You can undo this until you
                close the app.
              </p>
              <div className="form-actions">
                <button type="button" className="button button--danger" disabled={busy} onClick={() => void run({ kind: 'replace', workspaceId: currentWorkspace.id })}>
                  Replace “{currentWorkspace.name}”
                </button>
                <button type="button" className="button" disabled={busy} onClick={() => setConfirmReplace(false)}>
                  Back
                </button>
              </div>
            </div>
          ) : (
            <div className="form-actions">
              <button type="button" className="button button--primary" disabled={busy} onClick={() => void run({ kind: 'new' })}>
                Import as a new workspace
              </button>
              {currentWorkspace && (
                <button type="button" className="button" disabled={busy} onClick={() => setConfirmReplace(true)}>
                  Replace “{currentWorkspace.name}”…
                </button>
              )}
              <button type="button" className="button" disabled={busy} onClick={close}>
                Cancel
              </button>
            </div>
          )}
        </>
      )}
      {parsed && !parsed.ok && (
        <div className="form-actions">
          <button type="button" className="button" onClick={close}>
            Close
          </button>
        </div>
      )}
    </Dialog>
  );
}
