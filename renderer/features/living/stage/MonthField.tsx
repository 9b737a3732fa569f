import { Field } from '@renderer/components/Field';

/** A calendar month ('YYYY-MM') no later than `max` (today: stages and decisions are recorded, not planned). */
export function MonthField({ label, value, onChange, max, error, hint }: { label: string; value: string; onChange: (v: string) => void; max: string; error?: string | undefined; hint?: string }) {
  return (
    <Field label={label} error={error} hint={hint}>
      {({ id, describedBy, invalid }) => (
        <input id={id} type="month" value={value} max={max} required aria-invalid={invalid || undefined} aria-describedby={describedBy} onChange={(e) => onChange(e.target.value)} />
      )}
    </Field>
  );
}

/** Why a recorded month cannot be taken, in plain words; undefined when it can. */
export function monthProblem(month: string, todayMonth: string): string | undefined {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) return 'Choose a month';
  if (month > todayMonth) return 'This is in the future: choose this month or an earlier one';
  return undefined;
}
