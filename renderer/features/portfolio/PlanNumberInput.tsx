import { useEffect, useId, useState } from 'react';
import { numberDraft, numberKindOf, readNumberDraft } from '@renderer/components/inputs';
import { useNumberFormat } from '@renderer/components/NumberFormatContext';
import type { NumberKind } from '@shared/presentation';

/**
 * A plan figure (budget, cap, share) typed as text in the workspace's number format ("2M", "1.500.000" in de-DE)
 * and applied when the person presses Enter or leaves the field. While the text is not a number the field says
 * why as it is typed; a wrong entry is never applied and the plan keeps its last valid value.
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
  kind,
}: {
  label: string;
  value: number | null;
  onCommit: (v: number | null) => Promise<string | null>;
  scale?: number;
  prefix?: string;
  suffix?: string;
  allowEmpty?: boolean;
  hint?: string;
  kind?: NumberKind;
}) {
  const id = useId();
  const format = useNumberFormat();
  const shown = numberDraft(value, scale, format);
  const [draft, setDraft] = useState(shown);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setDraft(shown), [shown]);
  const typed = readNumberDraft(draft, { label, kind: numberKindOf(kind, scale, prefix), scale, format, allowEmpty });
  const commit = async () => {
    if (draft === shown) return setError(null);
    if (!typed.ok) return setError(typed.message);
    // the same figure typed another way ("2000000", "2M"): nothing to apply; show it with its separators
    if (typed.value === value) {
      setDraft(shown);
      return setError(null);
    }
    setError(await onCommit(typed.value));
  };
  // What the person is typing is explained at once; what the plan refused stays until the next edit.
  const message = error ?? (typed.ok ? null : typed.message);
  return (
    <div className={`field${message ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <span className="number-input">
        {prefix && <span className="number-input__affix" aria-hidden="true">{prefix}</span>}
        <input
          id={id}
          type="text"
          inputMode="decimal"
          value={draft}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? `${id}-error` : hint ? `${id}-hint` : undefined}
          onChange={(e) => {
            setDraft(e.target.value);
            setError(null);
          }}
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
      {hint && !message && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {message && (
        <p className="field__error" id={`${id}-error`} role="alert">
          {message}
        </p>
      )}
    </div>
  );
}
