import { useState } from 'react';
import { useWorkspace } from '@renderer/db';
import { BackupsPanel } from '@renderer/features/backups/BackupsPanel';
import { useToasts } from '@renderer/state/toasts';
import { exportWorkspaceFile } from './exportActions';
import { BoardExports } from './BoardExports';
import { chooseWorkspaceFile } from './importStore';
import { ProblemCsvImport } from './ProblemCsvImport';

/** Everything that leaves or enters the app: the board's documents, the workspace file, problems from a spreadsheet. */
export function ExportPage({ workspaceId }: { workspaceId: string }) {
  const workspace = useWorkspace(workspaceId);
  const [message, setMessage] = useState<string | null>(null);
  if (workspace === undefined) return <p>Loading…</p>;
  if (workspace === null) return <p className="empty">This workspace no longer exists.</p>;
  const showError = (m: string) => useToasts.getState().show(m, { tone: 'error' });
  return (
    <section className="page" aria-labelledby="export-title">
      <header className="page__header">
        <h1 id="export-title">Export and import</h1>
      </header>
      <p role="status" className="muted">
        {message ?? ''}
      </p>
      <div className="export-grid">
        <BoardExports workspace={workspace} onResult={setMessage} />
        <section className="card" aria-labelledby="workspace-file-title">
          <h2 id="workspace-file-title">Workspace file</h2>
          <p>
            The whole workspace — settings, problems, use cases and the portfolio plan — as one <code>.lastmile</code> file to carry to another machine. Importing
            checks everything first: a file with any fault changes nothing.
          </p>
          <div className="form-actions">
            <button type="button" className="button button--primary" onClick={() => void exportWorkspaceFile(workspaceId, setMessage).then(setMessage)}>
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
