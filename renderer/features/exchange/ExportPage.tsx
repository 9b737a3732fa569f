import { useEffect, useState } from 'react';
import { ProgressLine } from '@renderer/components/ProgressLine';
import { useProgressTask, type ProgressContext } from '@renderer/components/ProgressTask';
import { useWorkspace } from '@renderer/db';
import { BackupsPanel } from '@renderer/features/backups/BackupsPanel';
import { useToasts } from '@renderer/state/toasts';
import { exportWorkspaceFile } from './exportActions';
import { BoardExports, type StartExport } from './BoardExports';
import { chooseWorkspaceFile } from './importStore';
import { takeMenuExport, useMenuExport, type MenuExportCommand } from './menuExports';
import { exportForBoard } from './boardExports';
import { ProblemCsvImport } from './ProblemCsvImport';

const MENU_EXPORTS: Record<MenuExportCommand, { label: string; work: (workspaceId: string, progress: ProgressContext) => Promise<string> }> = {
  'export-pptx': { label: 'Preparing the PowerPoint deck', work: (id, progress) => exportForBoard('pptx', id, progress) },
  'export-xlsx': { label: 'Preparing the Excel workbook', work: (id, progress) => exportForBoard('xlsx', id, progress) },
  'export-csv': { label: 'Preparing the CSV of the ranked table', work: (id, progress) => exportForBoard('csv', id, progress) },
  'export-workspace': { label: 'Preparing the workspace file', work: (id, progress) => exportWorkspaceFile(id, progress) },
};

/** Everything that leaves or enters the app: the board's documents, the workspace file, problems from a spreadsheet. */
export function ExportPage({ workspaceId }: { workspaceId: string }) {
  const workspace = useWorkspace(workspaceId);
  const [message, setMessage] = useState<string | null>(null);
  const task = useProgressTask();
  // One export at a time; its progress line (with Cancel) shows under the page title, and its outcome in the status line.
  const start: StartExport = (label, work, done) => {
    setMessage(null);
    void task.run(label, label, work).then(
      (outcome) => {
        const said = outcome.ok ? outcome.value : 'Cancelled. No file was saved.';
        setMessage(said);
        done?.(said);
      },
      (e: unknown) => {
        const said = `${label} failed: ${e instanceof Error ? e.message : String(e)}`;
        setMessage(said);
        done?.(said);
      },
    );
  };
  // File → Export in the menu: the export runs here, with the same progress line and Cancel.
  const menuRequest = useMenuExport((s) => s.request);
  const busy = task.progress !== null;
  useEffect(() => {
    if (!menuRequest || busy || !workspace) return;
    const request = takeMenuExport(workspaceId);
    if (!request) return;
    const { label, work } = MENU_EXPORTS[request.command];
    start(label, (progress) => work(workspaceId, progress), request.done);
    // A request starts one export (`start` is a fresh closure each render, with nothing in it that changes).
  }, [menuRequest, busy, workspace, workspaceId]);
  if (workspace === undefined) return <p>Loading…</p>;
  if (workspace === null) return <p className="empty">This workspace no longer exists.</p>;
  const showError = (m: string) => useToasts.getState().show(m, { tone: 'error' });
  return (
    <section className="page" aria-labelledby="export-title">
      <header className="page__header">
        <h1 id="export-title">Export and import</h1>
      </header>
      {task.progress && <ProgressLine progress={task.progress} onCancel={task.cancel} />}
      <p role="status" className="muted">
        {message ?? ''}
      </p>
      <div className="export-grid">
        <BoardExports workspace={workspace} busy={busy} start={start} />
        <section className="card" aria-labelledby="workspace-file-title">
          <h2 id="workspace-file-title">Workspace file</h2>
          <p>
            The whole workspace — settings, problems, use cases and the portfolio plan — as one <code>.lastmile</code> file to carry to another machine. Importing
            checks everything first: a file with any fault changes nothing.
          </p>
          <div className="form-actions">
            <button
              type="button"
              className="button button--primary"
              disabled={busy}
              onClick={() => start('Preparing the workspace file', (progress) => exportWorkspaceFile(workspaceId, progress))}
            >
              Export workspace file
            </button>
            <button type="button" className="button" onClick={() => void chooseWorkspaceFile(showError)}>
              Open a workspace file…
            </button>
          </div>
        </section>
        <section className="card" aria-labelledby="csv-import-title">
          <h2 id="csv-import-title">Import problems from a spreadsheet</h2>
          <p>A CSV file with one problem per row (e.g. from a workshop). You choose which column holds which field; either every row imports or none does.</p>
          <ProblemCsvImport workspaceId={workspaceId} />
        </section>
        <BackupsPanel workspaceId={workspaceId} />
      </div>
    </section>
  );
}
