import { useRef, useState } from 'react';
import { repositories } from '@renderer/db';
import { perform } from '@renderer/state/actions';
import { quickProblemInput } from '@shared/domain';
import { isStorageFull, settleWrite } from '@renderer/components/settleWrite';

/**
 * Live-session capture: type a title, press Enter, the problem is saved (status captured) and the input
 * is ready for the next one. Details are completed later. A title that is not saved (a full disk, an
 * invalid title) stays in the field with the reason, and Enter tries again.
 */
export function QuickCapture({ workspaceId }: { workspaceId: string }) {
  const [title, setTitle] = useState('');
  const [error, setError] = useState<{ message: string; retry: boolean } | null>(null);
  const [count, setCount] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  // One save at a time: Enter pressed twice must not add the same problem twice.
  const saving = useRef(false);
  return (
    <form
      className="quick-capture"
      onSubmit={(e) => {
        e.preventDefault();
        if (saving.current) return;
        const text = title;
        saving.current = true;
        void settleWrite(perform(repositories().problems.create(workspaceId, quickProblemInput(text))))
          .then((r) => {
            if (!r.ok) {
              setError({ message: r.errors[0]?.message ?? 'The problem could not be saved', retry: isStorageFull(r) });
              return;
            }
            // The field empties once the title is saved (unless something new was typed meanwhile).
            setTitle((now) => (now === text ? '' : now));
            setError(null);
            setCount((c) => c + 1);
            input.current?.focus();
          })
          .finally(() => {
            saving.current = false;
          });
      }}
    >
      <label htmlFor="quick-capture-input">Quick capture: type a business problem and press Enter</label>
      <div className="quick-capture__row">
        <input
          id="quick-capture-input"
          ref={input}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          placeholder="e.g. Invoice disputes take three weeks to resolve"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'quick-capture-error' : 'quick-capture-status'}
          autoComplete="off"
        />
        <button type="submit" className="button">
          Add
        </button>
      </div>
      {error ? (
        <p id="quick-capture-error" className="field__error" role="alert">
          {error.message}
          {error.retry ? ' Press Enter to try again.' : ''}
        </p>
      ) : (
        <p id="quick-capture-status" className="muted" role="status">
          {count > 0 ? `${count} captured this session — complete them later.` : ''}
        </p>
      )}
    </form>
  );
}
