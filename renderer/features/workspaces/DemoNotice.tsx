import { useState } from 'react';
import { useDemoWorkspaceIds } from '@renderer/db';
import type { Workspace } from '@shared/domain';
import { startOwnWorkspace } from './workspaceActions';

/** The "Demo" label by a demo workspace's name. */
export function DemoBadge() {
  return <span className="badge badge--demo">Demo</span>;
}

/** One click from the demo to a workspace of one's own (creates it and opens its settings). */
export function StartOwnWorkspaceButton({ primary = false }: { primary?: boolean }) {
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className={primary ? 'button button--primary' : 'button'}
      disabled={busy}
      onClick={() => {
        setBusy(true);
        void startOwnWorkspace().finally(() => setBusy(false));
      }}
    >
      Start your own workspace
    </button>
  );
}

/** Above every page of a demo workspace: says it is a demo and offers the way to one's own workspace. */
export function DemoBanner({ workspace }: { workspace: Workspace | null | undefined }) {
  const demoIds = useDemoWorkspaceIds();
  if (!workspace || !demoIds?.has(workspace.id)) return null;
  return (
    <aside className="callout demo-banner no-print" aria-label="Demo workspace">
      <p>
        <DemoBadge /> <strong>{workspace.name}</strong> is a demo: an invented company with a finished portfolio, to explore freely.
      </p>
      <StartOwnWorkspaceButton primary />
    </aside>
  );
}
