import { useState } from 'react';
import { Dialog } from '@renderer/components/Dialog';
import { SelectField } from '@renderer/components/inputs';
import type { Problem } from '@shared/domain';

/** Moves a candidate to another problem of the workspace (saved at once, undoable). */
export function MoveUseCaseDialog({
  open,
  name,
  currentProblemId,
  problems,
  dirty,
  onMove,
  onClose,
}: {
  open: boolean;
  name: string;
  currentProblemId: string;
  problems: readonly Problem[];
  dirty: boolean;
  onMove: (problemId: string) => Promise<boolean>;
  onClose: () => void;
}) {
  const others = problems.filter((p) => p.id !== currentProblemId);
  const [target, setTarget] = useState('');
  const [refused, setRefused] = useState(false);
  const targetId = others.some((p) => p.id === target) ? target : (others[0]?.id ?? '');
  const close = () => {
    setRefused(false);
    onClose();
  };
  return (
    <Dialog title={`Move “${name}”`} open={open} onClose={close}>
      {others.length === 0 ? (
        <>
          <p>There is no other problem in this workspace to move it to.</p>
          <div className="form-actions">
            <button type="button" className="button" onClick={close}>
              Close
            </button>
          </div>
        </>
      ) : (
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            void onMove(targetId).then((moved) => (moved ? close() : setRefused(true)));
          }}
        >
          <p>A candidate always solves one problem. Move it to:</p>
          <SelectField label="Problem" value={targetId} onChange={setTarget} options={others.map((p) => ({ value: p.id, label: p.title }))} />
          {dirty && <p className="field__hint">Your unsaved changes are saved with the move.</p>}
          {refused && (
            <p className="field__error" role="alert">
              Nothing was moved: correct the fields marked on the page first.
            </p>
          )}
          <div className="form-actions">
            <button type="submit" className="button button--primary">
              Move
            </button>
            <button type="button" className="button" onClick={close}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
