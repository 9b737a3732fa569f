import { useId } from 'react';
import type { MergeChoice } from './fieldMerge';
import './conflict.css';

export interface ConflictFieldView {
  path: string;
  label: string;
  /** The user's unsaved value and the saved one, as shown to a reader ("$40,000", "not given"). */
  mine: string;
  theirs: string;
  edited: boolean;
}

/**
 * The record was saved elsewhere while the user had unsaved edits: both versions side by side for every field that
 * differs, a choice per field (yours, or the saved one), and Apply, which merges and saves. Fields the user did not
 * edit start on the saved version, fields they edited on theirs.
 */
export function ConflictResolver({
  what,
  fields,
  choices,
  onChoose,
  onApply,
  onTakeSaved,
  busy,
  error,
}: {
  /** "This use case", "This problem". */
  what: string;
  fields: readonly ConflictFieldView[];
  choices: Readonly<Record<string, MergeChoice>>;
  onChoose: (path: string, choice: MergeChoice) => void;
  onApply: () => void;
  onTakeSaved: () => void;
  busy: boolean;
  error?: string | null | undefined;
}) {
  const id = useId();
  const kept = fields.filter((f) => choices[f.path] === 'mine').length;
  return (
    <section className="conflict callout callout--warning" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="conflict__title">
        {what} was changed in another window while you were editing
      </h2>
      <p id={`${id}-intro`}>
        Choose which version to keep for each field that differs, then apply. Fields you did not edit follow the other window&rsquo;s change. Saving is
        paused until you apply.
      </p>
      {fields.length === 0 ? (
        <p>The two versions now agree: apply to continue from the saved version.</p>
      ) : (
        fields.map((f, i) => (
          <fieldset key={f.path} className="conflict__field">
            <legend>
              {f.label} <span className="muted">({f.edited ? 'you edited this field' : 'you did not edit this field'})</span>
            </legend>
            <div className="conflict__versions">
              {(['mine', 'theirs'] as const).map((side) => (
                <label key={side} className={`conflict__version${choices[f.path] === side ? ' conflict__version--chosen' : ''}`}>
                  <span className="conflict__choice">
                    <input type="radio" name={`${id}-field-${i}`} value={side} checked={choices[f.path] === side} onChange={() => onChoose(f.path, side)} />
                    {side === 'mine' ? 'Keep mine' : 'Take theirs'}
                  </span>
                  <span className="conflict__who">{side === 'mine' ? 'Yours (not saved)' : 'Saved in the other window'}</span>
                  <span className="conflict__value">{side === 'mine' ? f.mine : f.theirs}</span>
                </label>
              ))}
            </div>
          </fieldset>
        ))
      )}
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="button button--primary" disabled={busy} onClick={onApply}>
          {kept > 0 ? `Apply and save (${kept} of yours kept)` : 'Apply and save'}
        </button>
        <button type="button" className="button" disabled={busy} onClick={onTakeSaved}>
          Drop my edits and take the saved version
        </button>
      </div>
    </section>
  );
}
