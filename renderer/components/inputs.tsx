import { useEffect, useState } from 'react';
import { formatNumber, parseNumberText, type NumberFormat, type NumberKind } from '@shared/presentation';
import { Field } from './Field';
import { useNumberFormat } from './NumberFormatContext';

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
 * The number as a field shows it at rest: with the format's separators ("1,200,000", "1.200.000,5", up to six
 * decimals), which the shared parser reads back as the same number. While a person types, the field keeps their text.
 */
export function numberDraft(value: number | null, scale: number, format: NumberFormat): string {
  if (value === null || !Number.isFinite(value)) return '';
  return formatNumber(Math.round(value * scale * 1e6) / 1e6, format, 6);
}

/**
 * What a field shows when the person leaves it: the value with its separators when the text reads as that value
 * ("1200000" → "1,200,000", "75k" → "75,000": what the field understood), the text itself otherwise (it says why).
 */
export function settledDraft(
  text: string,
  value: number | null,
  options: { label: string; kind: NumberKind; scale: number; format: NumberFormat; allowEmpty: boolean },
): string {
  const r = readNumberDraft(text, options);
  return r.ok && r.value !== null && r.value === value ? numberDraft(value, options.scale, options.format) : text;
}

/** The kind of number a field holds when its caller does not say: a percentage, money (it shows a currency), or a plain number. */
export function numberKindOf(kind: NumberKind | undefined, scale: number, prefix: string | undefined): NumberKind {
  return kind ?? (scale === 100 ? 'share' : prefix ? 'money' : 'number');
}

/**
 * Reads a field's text with the shared parser: the value (divided by `scale`, unless the text carries its own %),
 * null for blank text where blank is allowed, or the parser's message (with the field's label where it has no subject).
 */
export function readNumberDraft(
  text: string,
  options: { label: string; kind: NumberKind; scale: number; format: NumberFormat; allowEmpty: boolean },
): { ok: true; value: number | null } | { ok: false; message: string } {
  if (text.trim() === '' && options.allowEmpty) return { ok: true, value: null };
  const r = parseNumberText(text, options.kind, options.format);
  if (!r.ok) return { ok: false, message: r.message.startsWith('is ') ? `${options.label} ${r.message}` : r.message };
  return { ok: true, value: options.scale === 1 || text.includes('%') ? r.value : r.value / options.scale };
}

type NumberValue =
  | { allowEmpty?: false; value: number; onChange: (v: number) => void }
  /** Blank text means "not given" (null). */
  | { allowEmpty: true; value: number | null; onChange: (v: number | null) => void };

/**
 * A number typed as text and read with the workspace's number format ("75k", "$75K", "1.2M", "1.200,50" in de-DE).
 * While the text is not a number the field keeps it, says what is wrong (announced to screen readers) and hands
 * the form NaN, so the form's schema refuses to save and no preview computes with a made-up figure. `scale` 100
 * shows a fraction as a percentage.
 */
export function NumberField(props: Common & NumberValue & { scale?: number; suffix?: string; prefix?: string; kind?: NumberKind }) {
  const { label, error, hint, className, scale = 1, suffix, prefix, disabled } = props;
  const format = useNumberFormat();
  const kind = numberKindOf(props.kind, scale, prefix);
  const allowEmpty = props.allowEmpty === true;
  const value = props.value;
  const [draft, setDraft] = useState(() => numberDraft(value, scale, format));
  const read = (text: string) => readNumberDraft(text, { label, kind, scale, format, allowEmpty });
  useEffect(() => {
    // Keep what was typed while it is not a number yet, or while it reads as the value ("75k" stays "75k").
    setDraft((d) => {
      if (value !== null && Number.isNaN(value)) return d;
      const r = readNumberDraft(d, { label, kind, scale, format, allowEmpty });
      return r.ok && r.value === value ? d : numberDraft(value, scale, format);
    });
  }, [value, scale, format, label, kind, allowEmpty]);
  const typed = read(draft);
  const shownError = typed.ok ? error : typed.message;
  const change = (v: number | null) => {
    if (props.allowEmpty) props.onChange(v);
    else props.onChange(v ?? Number.NaN);
  };
  return (
    <Field label={label} error={shownError} hint={hint} className={className}>
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
              const r = read(e.target.value);
              change(r.ok ? r.value : Number.NaN);
            }}
            onBlur={() => setDraft((d) => settledDraft(d, value, { label, kind, scale, format, allowEmpty }))}
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
