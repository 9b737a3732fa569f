import { useId, useState } from 'react';
import { Dialog } from '@renderer/components/Dialog';
import { forcedChoiceSchema, type ForcedChoice } from '@shared/portfolio';
import { validate } from '@shared/domain';
import type { PortfolioEntry } from './tableModel';

type Mode = 'auto' | ForcedChoice['mode'];

const MODES: readonly { value: Mode; label: string; hint: string }[] = [
  { value: 'auto', label: 'Let the optimiser decide', hint: 'Funded only if it belongs to the best set under the budget and rules.' },
  { value: 'in', label: 'Force in', hint: 'Always funded, even with a blocker; the rest of the budget is optimised around it.' },
  { value: 'out', label: 'Force out', hint: 'Never funded, whatever its value.' },
];

/**
 * Forces a candidate in or out of the funded set, or hands it back to the optimiser. Forcing needs a reason:
 * the board pack shows it beside the candidate.
 */
export function ForceDialog({
  entry,
  onClose,
  onSave,
}: {
  entry: PortfolioEntry | null;
  onClose: () => void;
  onSave: (useCaseId: string, choice: ForcedChoice | null) => void;
}) {
  return (
    <Dialog title={entry ? `Funding choice for “${entry.candidate.useCase.name}”` : 'Funding choice'} open={entry !== null} onClose={onClose}>
      {entry && <ForceForm key={entry.candidate.useCase.id} entry={entry} onClose={onClose} onSave={onSave} />}
    </Dialog>
  );
}

function ForceForm({
  entry,
  onClose,
  onSave,
}: {
  entry: PortfolioEntry;
  onClose: () => void;
  onSave: (useCaseId: string, choice: ForcedChoice | null) => void;
}) {
  const [mode, setMode] = useState<Mode>(entry.forced?.mode ?? 'auto');
  const [reason, setReason] = useState(entry.forced?.reason ?? '');
  const [error, setError] = useState<string | null>(null);
  const reasonId = useId();
  const errorId = useId();
  const name = `force-mode-${reasonId}`;

  const submit = () => {
    if (mode === 'auto') {
      onSave(entry.candidate.useCase.id, null);
      return;
    }
    const checked = validate(forcedChoiceSchema, { mode, reason });
    if (!checked.ok) {
      setError(checked.errors[0]?.message ?? 'Check the reason');
      return;
    }
    if (!checked.value.reason) {
      setError(`Say why it is forced ${mode}: the reason is shown with the funding choice.`);
      return;
    }
    onSave(entry.candidate.useCase.id, checked.value);
  };

  return (
    <form
      className="form pt-force-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <fieldset>
        <legend>Funding choice</legend>
        {MODES.map((m) => (
          <label key={m.value} className="choice pt-force-form__choice">
            <input type="radio" name={name} value={m.value} checked={mode === m.value} onChange={() => setMode(m.value)} />
            <span>
              {m.label}
              <span className="field__hint">{m.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {mode !== 'auto' && (
        <div className={`field${error ? ' field--invalid' : ''}`}>
          <label htmlFor={reasonId}>Reason for forcing it {mode}</label>
          <textarea
            id={reasonId}
            rows={3}
            value={reason}
            maxLength={500}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            onChange={(e) => {
              setReason(e.target.value);
              setError(null);
            }}
          />
          {error && (
            <p className="field__error" id={errorId} role="alert">
              {error}
            </p>
          )}
        </div>
      )}
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          Save choice
        </button>
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
