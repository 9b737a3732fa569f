import { useState } from 'react';
import { Dialog } from '@renderer/components/Dialog';
import type { StoredProblem, UseCaseDisposal } from '@renderer/db';
import type { Problem } from '@shared/domain';

/** Deleting a problem that has candidates: delete them too, or move them to another problem. */
export function DeleteProblemDialog({
  problem,
  useCaseCount,
  others,
  onConfirm,
  onClose,
}: {
  problem: StoredProblem | null;
  useCaseCount: number;
  others: Problem[];
  onConfirm: (p: StoredProblem, disposal: UseCaseDisposal) => void;
  onClose: () => void;
}) {
  const [mode, setMode] = useState<'delete' | 'move'>('delete');
  const [target, setTarget] = useState('');
  const targetId = target || others[0]?.id || '';
  return (
    <Dialog title={problem ? `Delete “${problem.title}”?` : 'Delete problem'} open={problem !== null} onClose={onClose}>
      {problem && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            onConfirm(problem, mode === 'move' ? { mode: 'move', toProblemId: targetId } : { mode: 'delete' });
          }}
        >
          <p>
            This problem has {useCaseCount} candidate use case{useCaseCount === 1 ? '' : 's'}. A use case cannot exist without the problem it
            solves: what should happen to {useCaseCount === 1 ? 'it' : 'them'}?
          </p>
          <fieldset>
            <legend>Its use cases</legend>
            <label className="choice">
              <input type="radio" name="disposal" checked={mode === 'delete'} onChange={() => setMode('delete')} /> Delete them with the problem
            </label>
            <label className="choice">
              <input type="radio" name="disposal" checked={mode === 'move'} disabled={others.length === 0} onChange={() => setMode('move')} /> Move them to
              another problem
            </label>
            {mode === 'move' && (
              <label className="field">
                Move to
                <select value={targetId} onChange={(e) => setTarget(e.target.value)}>
                  {others.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.title}
                    </option>
                  ))}
                </select>
              </label>
            )}
          </fieldset>
          <div className="form-actions">
            <button type="submit" className="button button--danger">
              Delete problem
            </button>
            <button type="button" className="button" onClick={onClose}>
              Keep it
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
