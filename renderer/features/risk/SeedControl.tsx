import { useState } from 'react';
import { NumberField } from '@renderer/components/inputs';
import { settleWrite } from '@renderer/components/settleWrite';
import { repositories, type StoredWorkspace } from '@renderer/db';
import { perform } from '@renderer/state/actions';
import { useToasts } from '@renderer/state/toasts';
import type { WorkspaceSettings } from '@shared/domain';

function settingsOf(w: StoredWorkspace): WorkspaceSettings {
  const { id: _id, createdAt: _c, updatedAt: _u, revision: _r, ...settings } = w;
  return settings;
}

/**
 * The simulation's seed, shown and editable: a new seed is saved with the workspace's uncertainty policy (checked against
 * the revision the page showed, so a change made meanwhile elsewhere is not written over).
 */
export function SeedControl({ workspace, disabled }: { workspace: StoredWorkspace; disabled: boolean }) {
  const stored = workspace.uncertainty.seed;
  const [seed, setSeed] = useState(stored);
  const [error, setError] = useState<string | undefined>(undefined);
  const [shownFor, setShownFor] = useState(stored);
  if (shownFor !== stored) {
    // Saved here or elsewhere (an undo, another window): show the stored seed.
    setShownFor(stored);
    setSeed(stored);
  }
  const changed = Number.isFinite(seed) && seed !== stored;
  const save = async () => {
    const settings = settingsOf(workspace);
    const r = await settleWrite(perform(repositories().workspaces.update(workspace.id, { ...settings, uncertainty: { ...settings.uncertainty, seed } }, workspace.revision)));
    if (!r.ok) return setError(r.errors.find((e) => e.path.includes('seed'))?.message ?? r.errors[0]?.message ?? 'The seed was not saved');
    setError(undefined);
    useToasts.getState().show('Seed saved: the next run uses it');
  };
  return (
    <form
      className="risk-seed"
      onSubmit={(e) => {
        e.preventDefault();
        if (changed) void save();
      }}
    >
      <NumberField label="Seed" kind="count" hint="The same seed gives the same answer." value={seed} onChange={(v) => setSeed(v)} error={error} disabled={disabled} />
      <button type="submit" className="button button--small" disabled={!changed || disabled}>
        Save seed
      </button>
    </form>
  );
}
