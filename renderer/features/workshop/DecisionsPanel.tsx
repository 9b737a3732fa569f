import { useId, useState } from 'react';
import type { SessionDecision } from '@shared/domain';

/**
 * The decisions the room takes, in its own words, each optionally about one candidate; kept in the session record.
 * `onRecord` saves one and answers why it was refused, or null.
 */
export function DecisionsPanel({
  decisions,
  candidates,
  names,
  open,
  onRecord,
}: {
  decisions: readonly SessionDecision[];
  candidates: readonly string[];
  names: ReadonlyMap<string, string>;
  open: boolean;
  onRecord: (text: string, useCaseId: string | null) => Promise<string | null>;
}) {
  const base = useId();
  const [text, setText] = useState('');
  const [about, setAbout] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const nameOf = (id: string) => names.get(id) ?? 'a use case no longer in the workspace';
  return (
    <section className="workshop-decisions" aria-labelledby={`${base}-title`}>
      <h3 id={`${base}-title`}>Decisions</h3>
      {decisions.length === 0 ? (
        <p className="muted">{open ? 'No decisions recorded in this session yet.' : 'No decisions were recorded.'}</p>
      ) : (
        <ol className="workshop-decisions__list">
          {decisions.map((d) => (
            <li key={d.id}>
              {d.text}
              {d.useCaseId !== null && <span className="muted"> — about {nameOf(d.useCaseId)}</span>}
            </li>
          ))}
        </ol>
      )}
      {open && (
        <form
          className="workshop-decisions__form"
          onSubmit={(e) => {
            e.preventDefault();
            if (saving) return;
            if (text.trim() === '') {
              setError('Write the decision first.');
              return;
            }
            setSaving(true);
            void onRecord(text.trim(), about === '' ? null : about).then((refusal) => {
              setSaving(false);
              setError(refusal);
              if (refusal === null) {
                setText('');
                setAbout('');
              }
            });
          }}
        >
          <div className="field">
            <label htmlFor={`${base}-text`}>Decision</label>
            <textarea
              id={`${base}-text`}
              rows={2}
              maxLength={1000}
              value={text}
              onChange={(e) => setText(e.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${base}-error` : undefined}
            />
          </div>
          <div className="field">
            <label htmlFor={`${base}-about`}>About the candidate (optional)</label>
            <select id={`${base}-about`} value={about} onChange={(e) => setAbout(e.target.value)}>
              <option value="">The portfolio (no one candidate)</option>
              {candidates.map((id) => (
                <option key={id} value={id}>
                  {nameOf(id)}
                </option>
              ))}
            </select>
          </div>
          {error && (
            <p id={`${base}-error`} className="field__error" role="alert">
              {error}
            </p>
          )}
          <div className="workshop-actions">
            <button type="submit" className="button button--primary" disabled={saving}>
              Record the decision
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
