import { useRef, useState } from 'react';
import { repositories } from '@renderer/db';
import { perform } from '@renderer/state/actions';
import { quickProblemInput } from '@shared/domain';

/**
 * Live-session capture: type a title, press Enter, the problem is saved (status captured) and the input
 * is ready for the next one. Details are completed later.
 */
export function QuickCapture({ workspaceId }: { workspaceId: string }) {
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [count, setCount] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  return (
    <form
      className="quick-capture"
      onSubmit={(e) => {
        e.preventDefault();
        const text = title;
        // The field empties at once, so Enter pressed twice cannot add the same problem twice and the next
        // title can be typed while this one is saved; a refused title comes back with its message.
        setTitle('');
        void perform(repositories().problems.create(workspaceId, quickProblemInput(text))).then((r) => {
          if (!r.ok) {
            setTitle((now) => (now === '' ? text : now));
            setError(r.errors[0]?.message ?? 'The problem could not be saved');
            return;
          }
          setError(null);
          setCount((c) => c + 1);
          input.current?.focus();
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
          {error}
        </p>
      ) : (
        <p id="quick-capture-status" className="muted" role="status">
          {count > 0 ? `${count} captured this session — complete them later.` : ''}
        </p>
      )}
    </form>
  );
}
