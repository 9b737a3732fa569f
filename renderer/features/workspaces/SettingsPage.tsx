import { repositories, useWorkspace } from '@renderer/db';
import { perform } from '@renderer/state/actions';
import { useToasts } from '@renderer/state/toasts';
import { errorsByPath, type Workspace } from '@shared/domain';
import { WorkspaceSettingsForm } from './WorkspaceSettingsForm';

function settingsOf(w: Workspace) {
  const { id: _id, createdAt: _c, updatedAt: _u, ...settings } = w;
  return settings;
}

/** The settings of the open workspace. */
export function SettingsPage({ workspaceId }: { workspaceId: string }) {
  const workspace = useWorkspace(workspaceId);
  if (workspace === undefined) return <p>Loading…</p>;
  if (workspace === null) return <p className="empty">This workspace no longer exists.</p>;
  return (
    <section className="page" aria-labelledby="settings-title">
      <header className="page__header">
        <h1 id="settings-title">Workspace settings</h1>
      </header>
      <WorkspaceSettingsForm
        key={workspace.updatedAt}
        initial={settingsOf(workspace)}
        submitLabel="Save settings"
        onSave={async (settings) => {
          const r = await perform(repositories().workspaces.update(workspaceId, settings));
          if (!r.ok) return errorsByPath(r.errors);
          useToasts.getState().show('Settings saved');
        }}
      />
    </section>
  );
}
