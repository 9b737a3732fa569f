import { useEffect, useState } from 'react';
import { Field } from './Field';

interface Common {
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
  className?: string;
  disabled?: boolean;
}

export function TextField(props: Common & { value: string; onChange: (v: string) => void; required?: boolean; placeholder?: string; type?: 'text' | 'search' }) {
  const { label, error, hint, className, value, onChange, required, placeholder, type = 'text', disabled } = props;
  return (
    <Field label={label} error={error} hint={hint} className={className}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          type={type}
          value={value}
          required={required}
          disabled={disabled}
          placeholder={placeholder}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

export function TextArea(props: Common & { value: string; onChange: (v: string) => void; rows?: number }) {
  const { label, error, hint, className, value, onChange, rows = 3, disabled } = props;
  return (
    <Field label={label} error={error} hint={hint} className={className}>
      {({ id, describedBy, invalid }) => (
        <textarea
          id={id}
          value={value}
          rows={rows}
          disabled={disabled}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

/**
 * Parses what a person types as a number: "1,200", "$3,500", " 42 ", ".5". Anything else is NaN (the schema then
 * says why). Commas count only as thousands separators, so "7,5" is refused rather than read as 75.
 */
export function parseNumber(text: string): number {
  const body = text.replace(/[\s_]/g, '').replace(/^[^\d.,+-]+/, '');
  if (body.includes(',') && !/^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/.test(body)) return Number.NaN;
  const cleaned = body.replace(/,/g, '');
  if (cleaned === '' || !/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(cleaned)) return Number.NaN;
  return Number(cleaned);
}

function display(value: number, scale: number): string {
  if (!Number.isFinite(value)) return '';
  return String(Math.round(value * scale * 1e6) / 1e6);
}

/**
 * A number typed as text, so a wrong entry stays visible and gets a plain message instead of being
 * silently dropped by the browser. `scale` 100 shows a fraction as a percentage.
 */
export function NumberField(props: Common & { value: number; onChange: (v: number) => void; scale?: number; suffix?: string; prefix?: string }) {
  const { label, error, hint, className, value, onChange, scale = 1, suffix, prefix, disabled } = props;
  const [draft, setDraft] = useState(() => display(value, scale));
  useEffect(() => {
    // Keep what was typed while it is not a number yet (".", "12a"): the schema's message explains it.
    setDraft((d) => (Number.isNaN(value) || parseNumber(d) / scale === value ? d : display(value, scale)));
  }, [value, scale]);
  return (
    <Field label={label} error={error} hint={hint} className={className}>
      {({ id, describedBy, invalid }) => (
        <span className="number-input">
          {prefix && <span className="number-input__affix" aria-hidden="true">{prefix}</span>}
          <input
            id={id}
            type="text"
            inputMode="decimal"
            value={draft}
            disabled={disabled}
            aria-invalid={invalid || undefined}
            aria-describedby={describedBy}
            onChange={(e) => {
              setDraft(e.target.value);
              const n = parseNumber(e.target.value);
              onChange(Number.isNaN(n) ? Number.NaN : n / scale);
            }}
          />
          {suffix && <span className="number-input__affix" aria-hidden="true">{suffix}</span>}
        </span>
      )}
    </Field>
  );
}

export function SelectField<T extends string>(
  props: Common & { value: T; onChange: (v: T) => void; options: readonly (T | { value: T; label: string })[] },
) {
  const { label, error, hint, className, value, onChange, options, disabled } = props;
  return (
    <Field label={label} error={error} hint={hint} className={className}>
      {({ id, describedBy, invalid }) => (
        <select
          id={id}
          value={value}
          disabled={disabled}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.target.value as T)}
        >
          {options.map((o) => {
            const opt = typeof o === 'string' ? { value: o, label: o } : o;
            return (
              <option key={opt.value} value={opt.value}>
                {opt.label}
              </option>
            );
          })}
        </select>
      )}
    </Field>
  );
}
