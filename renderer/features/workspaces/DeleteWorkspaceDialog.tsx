import { useEffect, useState } from 'react';
import { Dialog } from '@renderer/components/Dialog';
import { repositories, type StoredWorkspace, type WorkspaceContents } from '@renderer/db';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Confirms a workspace deletion and says exactly what goes with it. */
export function DeleteWorkspaceDialog({ workspace, onConfirm, onClose }: { workspace: StoredWorkspace | null; onConfirm: (w: StoredWorkspace) => void; onClose: () => void }) {
  const [contents, setContents] = useState<WorkspaceContents | null>(null);
  useEffect(() => {
    setContents(null);
    if (workspace) void repositories().workspaces.contents(workspace.id).then(setContents);
  }, [workspace]);
  return (
    <Dialog title={workspace ? `Delete “${workspace.name}”?` : 'Delete workspace'} open={workspace !== null} onClose={onClose}>
      {workspace && (
        <>
          <p>
            {contents
              ? `This deletes the workspace with ${plural(contents.problems, 'problem', 'problems')} and ${plural(contents.useCases, 'use case', 'use cases')}, and its portfolio plan.`
              : 'Counting what is in this workspace…'}{' '}
            You can undo it until you close the app; export the workspace file first to keep a copy.
          </p>
          <div className="form-actions">
            <button type="button" className="button button--danger" disabled={!contents} onClick={() => onConfirm(workspace)}>
              Delete workspace
            </button>
            <button type="button" className="button" onClick={onClose} autoFocus>
              Keep it
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}
