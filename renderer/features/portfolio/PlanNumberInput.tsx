import { useEffect, useId, useState } from 'react';
import { parseNumber } from '@renderer/components/inputs';

/**
 * A plan figure (budget, cap, share) typed as text and applied when the person presses Enter or leaves the
 * field; a wrong entry is refused with a message and the plan keeps its last valid value.
 */
export function PlanNumberInput({
  label,
  value,
  onCommit,
  scale = 1,
  prefix,
  suffix,
  allowEmpty = false,
  hint,
}: {
  label: string;
  value: number | null;
  onCommit: (v: number | null) => Promise<string | null>;
  scale?: number;
  prefix?: string;
  suffix?: string;
  allowEmpty?: boolean;
  hint?: string;
}) {
  const id = useId();
  const shown = value === null ? '' : String(Math.round(value * scale * 1e6) / 1e6);
  const [draft, setDraft] = useState(shown);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setDraft(shown), [shown]);
  const commit = async () => {
    if (draft === shown) return setError(null);
    if (draft.trim() === '' && allowEmpty) return setError(await onCommit(null));
    const n = parseNumber(draft);
    if (Number.isNaN(n)) return setError(`${label} must be a number`);
    setError(await onCommit(n / scale));
  };
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <span className="number-input">
        {prefix && <span className="number-input__affix" aria-hidden="true">{prefix}</span>}
        <input
          id={id}
          type="text"
          inputMode="decimal"
          value={draft}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : hint ? `${id}-hint` : undefined}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={() => void commit()}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void commit();
            }
          }}
        />
        {suffix && <span className="number-input__affix" aria-hidden="true">{suffix}</span>}
      </span>
      {hint && !error && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
