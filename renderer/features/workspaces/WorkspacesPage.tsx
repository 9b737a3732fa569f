import { useEffect, useState } from 'react';
import { useUi } from '@renderer/state/ui';
import { useToasts } from '@renderer/state/toasts';
import { chooseWorkspaceFile } from '@renderer/features/exchange/importStore';
import { Dialog } from '@renderer/components/Dialog';
import { DeletedWorkspaceBackups } from '@renderer/features/backups/DeletedWorkspaceBackups';
import { repositories, useDemoWorkspaceIds, useWorkspaces, type StoredWorkspace } from '@renderer/db';
import { perform } from '@renderer/state/actions';
import { navigate } from '@renderer/state/router';
import { DeleteWorkspaceDialog } from './DeleteWorkspaceDialog';
import { DemoBadge, StartOwnWorkspaceButton } from './DemoNotice';
import { WorkspaceSettingsForm } from './WorkspaceSettingsForm';
import { createDemoWorkspace, newWorkspaceSettings, rememberWorkspace } from './workspaceActions';
import { errorsByPath } from '@shared/domain';

/** All workspaces (usually one per client): create, open, edit settings, delete, re-create the demo. */
export function WorkspacesPage() {
  const workspaces = useWorkspaces();
  const demoIds = useDemoWorkspaceIds();
  const onlyDemos = workspaces !== undefined && workspaces.length > 0 && workspaces.every((w) => demoIds?.has(w.id));
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<StoredWorkspace | null>(null);
  const newRequested = useUi((s) => s.newWorkspaceRequested);
  useEffect(() => {
    if (!newRequested) return;
    setCreating(true);
    useUi.getState().requestNewWorkspace(false);
  }, [newRequested]);

  const open = (id: string) => {
    void rememberWorkspace(id);
    navigate({ page: 'problems', workspaceId: id });
  };

  return (
    <section className="page" aria-labelledby="workspaces-title">
      <header className="page__header">
        <h1 id="workspaces-title">Workspaces</h1>
        <div className="page__actions">
          <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
            New workspace
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              void createDemoWorkspace().then((id) => id && open(id));
            }}
          >
            Create demo workspace
          </button>
          <button type="button" className="button" onClick={() => void chooseWorkspaceFile((m) => useToasts.getState().show(m, { tone: 'error' }))}>
            Open a workspace file…
          </button>
        </div>
      </header>
      {onlyDemos && (
        <div className="callout demo-banner">
          <p>You have only the demo so far. Your own portfolio starts with a workspace for your organisation or client.</p>
          <StartOwnWorkspaceButton primary />
        </div>
      )}
      {workspaces === undefined ? (
        <p>Loading…</p>
      ) : workspaces.length === 0 ? (
        <p className="empty">No workspaces yet. Create one for your client, or open the demo to see a finished portfolio.</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">Workspaces</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Organisation</th>
              <th scope="col">Currency</th>
              <th scope="col">Starts</th>
              <th scope="col">Horizon</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {workspaces.map((w) => (
              <tr key={w.id}>
                <th scope="row">
                  <button type="button" className="link" onClick={() => open(w.id)}>
                    {w.name}
                  </button>
                  {demoIds?.has(w.id) && (
                    <>
                      {' '}
                      <DemoBadge />
                    </>
                  )}
                </th>
                <td>{w.organisation}</td>
                <td>{w.currency}</td>
                <td>{w.planningStartMonth}</td>
                <td>{w.horizonMonths} months</td>
                <td className="row-actions">
                  <button type="button" className="button button--small" onClick={() => navigate({ page: 'settings', workspaceId: w.id })}>
                    Settings<span className="visually-hidden"> of {w.name}</span>
                  </button>
                  <button type="button" className="button button--small button--danger" onClick={() => setDeleting(w)}>
                    Delete<span className="visually-hidden"> {w.name}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <DeletedWorkspaceBackups />

      <Dialog title="New workspace" open={creating} onClose={() => setCreating(false)} className="dialog--wide">
        <WorkspaceSettingsForm
          initial={newWorkspaceSettings()}
          submitLabel="Create workspace"
          onCancel={() => setCreating(false)}
          onSave={async (settings) => {
            const r = await perform(repositories().workspaces.create(settings));
            if (!r.ok) return errorsByPath(r.errors);
            setCreating(false);
            open(r.value.id);
          }}
        />
      </Dialog>

      <DeleteWorkspaceDialog
        workspace={deleting}
        onClose={() => setDeleting(null)}
        onConfirm={(w) => {
          setDeleting(null);
          void perform(repositories().workspaces.remove(w.id, w.revision), { toast: `Deleted workspace “${w.name}”`, undoable: true });
        }}
      />
    </section>
  );
}
