import { useState } from 'react';
import { repositories, useWorkspace, type StoredWorkspace } from '@renderer/db';
import { perform } from '@renderer/state/actions';
import { settleWrite } from '@renderer/components/settleWrite';
import { useToasts } from '@renderer/state/toasts';
import { errorsByPath, type WorkspaceSettings } from '@shared/domain';
import { CurrencyChangeDialog, type CurrencyChoice } from './CurrencyChangeDialog';
import { WorkspaceSettingsForm } from './WorkspaceSettingsForm';
import { YourNameField } from '@renderer/features/record/YourNameField';

function settingsOf(w: StoredWorkspace): WorkspaceSettings {
  const { id: _id, createdAt: _c, updatedAt: _u, revision: _r, ...settings } = w;
  return settings;
}

/** The settings of the open workspace. A new currency asks first: relabel the amounts, or convert them at a rate. */
export function SettingsPage({ workspaceId }: { workspaceId: string }) {
  const workspace = useWorkspace(workspaceId);
  const [pending, setPending] = useState<{ settings: WorkspaceSettings; revision: number; errors: string[] } | null>(null);
  if (workspace === undefined) return <p>Loading…</p>;
  if (workspace === null) return <p className="empty">This workspace no longer exists.</p>;

  const save = async (settings: WorkspaceSettings) => {
    const r = await settleWrite(perform(repositories().workspaces.update(workspaceId, settings, workspace.revision)));
    if (!r.ok) return errorsByPath(r.errors);
    useToasts.getState().show('Settings saved');
  };
  const choose = async (choice: CurrencyChoice) => {
    if (!pending) return;
    if (choice.mode === 'relabel') {
      const refused = await save(pending.settings);
      if (refused) return setPending({ ...pending, errors: Object.values(refused) });
      setPending(null);
      return;
    }
    const r = await settleWrite(
      perform(repositories().workspaces.convertCurrency(workspaceId, pending.settings, choice.rate, pending.revision), {
        toast: `Converted every amount to ${pending.settings.currency} at ${choice.rate}`,
        undoable: true,
      }),
    );
    if (!r.ok) return setPending({ ...pending, errors: r.errors.map((e) => e.message) });
    setPending(null);
  };
  return (
    <section className="page" aria-labelledby="settings-title">
      <header className="page__header">
        <h1 id="settings-title">Workspace settings</h1>
        <YourNameField />
      </header>
      <WorkspaceSettingsForm
        key={workspace.updatedAt}
        initial={settingsOf(workspace)}
        submitLabel="Save settings"
        onSave={async (settings) => {
          if (settings.currency !== workspace.currency) {
            setPending({ settings, revision: workspace.revision, errors: [] });
            return;
          }
          return save(settings);
        }}
      />
      <CurrencyChangeDialog
        key={pending ? 'open' : 'closed'}
        change={pending ? { from: workspace.currency, to: pending.settings.currency } : null}
        errors={pending?.errors}
        onChoose={(c) => void choose(c)}
        onClose={() => setPending(null)}
      />
    </section>
  );
}
