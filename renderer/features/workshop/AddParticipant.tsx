import { useId, useState } from 'react';
import { MAX_PARTICIPANTS } from '@shared/domain';

/** Someone who joins late: their name is added to the session's participants (they vote in turn on this screen). */
export function AddParticipant({ names, onAdd }: { names: readonly string[]; onAdd: (name: string) => Promise<string | null> }) {
  const base = useId();
  const [name, setName] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [saving, setSaving] = useState(false);
  return (
    <form
      className="workshop-add-participant"
      onSubmit={(e) => {
        e.preventDefault();
        const typed = name.trim();
        if (saving) return;
        if (typed === '') return setMessage({ text: 'Type the participant’s name first.', error: true });
        if (names.some((n) => n.toLocaleLowerCase() === typed.toLocaleLowerCase())) return setMessage({ text: `${typed} is already a participant.`, error: true });
        if (names.length >= MAX_PARTICIPANTS) return setMessage({ text: `A session has at most ${MAX_PARTICIPANTS} participants.`, error: true });
        setSaving(true);
        void onAdd(typed).then((refusal) => {
          setSaving(false);
          setMessage(refusal ? { text: refusal, error: true } : { text: `${typed} added.`, error: false });
          if (!refusal) setName('');
        });
      }}
    >
      <label htmlFor={`${base}-name`}>Add a participant</label>
      <input id={`${base}-name`} value={name} maxLength={80} autoComplete="off" onChange={(e) => setName(e.target.value)} aria-describedby={`${base}-message`} />
      <button type="submit" className="button button--small" disabled={saving}>
        Add
      </button>
      <p id={`${base}-message`} className={message?.error ? 'field__error' : 'muted'} role="status">
        {message?.text ?? ''}
      </p>
    </form>
  );
}
