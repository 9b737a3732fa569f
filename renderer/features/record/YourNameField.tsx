import './record.css';
import { useEffect, useId, useState } from 'react';
import { repositories } from '@renderer/db';
import { NOT_NAMED, useYourName } from './useRecord';

/** "Your name": set once, recorded with every change and decision (stored for this computer, not in the workspace). */
export function YourNameField() {
  const stored = useYourName();
  const [draft, setDraft] = useState('');
  const [message, setMessage] = useState('');
  const id = useId();
  useEffect(() => {
    if (stored !== undefined) setDraft(stored);
  }, [stored]);
  return (
    <form
      className="your-name"
      onSubmit={(e) => {
        e.preventDefault();
        void repositories()
          .record.setYourName(draft)
          .then(() => setMessage(draft.trim() ? `Changes are now recorded as made by ${draft.trim()}.` : `Changes are recorded as “${NOT_NAMED}”.`));
      }}
    >
      <label htmlFor={id}>Your name</label>
      <input id={id} value={draft} maxLength={120} placeholder={NOT_NAMED} onChange={(e) => setDraft(e.target.value)} aria-describedby={`${id}-hint`} />
      <button type="submit" className="button button--small">
        Save name
      </button>
      <p id={`${id}-hint`} className="field__hint">
        Recorded with every change and decision you make on this computer. Now: {stored ? stored : NOT_NAMED}.
      </p>
      <p role="status" className="your-name__status">
        {message}
      </p>
    </form>
  );
}
