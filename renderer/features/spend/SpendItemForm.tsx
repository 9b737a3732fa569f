import { useState } from 'react';
import { NumberField, SelectField, TextField } from '@renderer/components/inputs';
import { errorsByPath, SPEND_KIND_LABELS, SPEND_KINDS, spendItemInputSchema, validate, type FieldError, type SpendItemInput, type SpendKind, type UseCase } from '@shared/domain';
import type { Presenter } from '@shared/presentation';
import { itemMonthlyCost } from '@shared/spend';

/**
 * Records or edits one AI spend item: what it is, what it costs a month, when it is paid, and the use cases it serves
 * with the share of the item each takes. Whatever no link takes is "not tied to a use case". Saving checks the item
 * and names every fault beside its field.
 */
export function SpendItemForm({
  title,
  initial,
  useCases,
  present,
  onSave,
  onCancel,
}: {
  title: string;
  initial: SpendItemInput;
  useCases: readonly UseCase[];
  present: Presenter;
  onSave: (input: SpendItemInput) => Promise<FieldError[] | null>;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState<SpendItemInput>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const set = (patch: Partial<SpendItemInput>) => setDraft((d) => ({ ...d, ...patch }));
  const month = (v: string) => (v.trim() === '' ? null : v.trim());
  const linked = new Set(draft.links.map((l) => l.useCaseId));
  const free = useCases.filter((u) => !linked.has(u.id));
  const taken = draft.links.reduce((s, l) => s + (Number.isFinite(l.share) ? l.share : 0), 0);
  const cost = itemMonthlyCost(draft);

  const save = async () => {
    const checked = validate(spendItemInputSchema, draft);
    if (!checked.ok) return setErrors(errorsByPath(checked.errors));
    setSaving(true);
    const failed = await onSave(checked.value);
    setSaving(false);
    setErrors(failed ? errorsByPath(failed) : {});
  };

  return (
    <form
      className="card spend-form"
      noValidate
      aria-labelledby="spend-form-title"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2 id="spend-form-title">{title}</h2>
      {errors[''] && (
        <p className="field__error" role="alert">
          {errors['']}
        </p>
      )}
      <div className="spend-form__fields">
        <TextField label="Name" required value={draft.name} error={errors.name} onChange={(name) => set({ name })} />
        <TextField label="Vendor" value={draft.vendor} error={errors.vendor} onChange={(vendor) => set({ vendor })} />
        <SelectField<SpendKind> label="Kind" value={draft.kind} options={SPEND_KINDS.map((k) => ({ value: k, label: SPEND_KIND_LABELS[k] }))} onChange={(kind) => set({ kind })} />
        {draft.kind === 'seats' ? (
          <>
            <NumberField label="Seats" kind="number" value={draft.seats} error={errors.seats} onChange={(seats) => set({ seats })} />
            <NumberField label="Price per seat per month" prefix={present.currency} value={draft.pricePerSeat} error={errors.pricePerSeat} onChange={(pricePerSeat) => set({ pricePerSeat })} />
          </>
        ) : (
          <NumberField label="Amount per month" prefix={present.currency} value={draft.monthlyAmount} error={errors.monthlyAmount} onChange={(monthlyAmount) => set({ monthlyAmount })} />
        )}
        <TextField label="Start month" hint="Like 2027-01; empty = paid already" value={draft.startMonth ?? ''} error={errors.startMonth} onChange={(v) => set({ startMonth: month(v) })} />
        <TextField label="End month" hint="Like 2027-12; empty = no end agreed" value={draft.endMonth ?? ''} error={errors.endMonth} onChange={(v) => set({ endMonth: month(v) })} />
      </div>
      <p className="spend-form__cost">Costs {Number.isFinite(cost) ? present.money(cost) : '—'} a month.</p>
      <fieldset className="spend-form__links">
        <legend>Use cases it serves</legend>
        {errors.links && (
          <p className="field__error" role="alert">
            {errors.links}
          </p>
        )}
        {draft.links.length === 0 && <p>Not linked: all of it is not tied to a use case.</p>}
        {draft.links.map((l, i) => {
          const uc = useCases.find((u) => u.id === l.useCaseId);
          const name = uc?.name ?? 'A use case since deleted';
          return (
            <div className="spend-form__link" key={l.useCaseId}>
              <NumberField
                label={`Share for “${name}”`}
                suffix="%"
                scale={100}
                value={l.share}
                error={errors[`links[${i}].share`]}
                onChange={(share) => set({ links: draft.links.map((x, j) => (j === i ? { ...x, share } : x)) })}
              />
              <button type="button" className="button button--small" onClick={() => set({ links: draft.links.filter((_, j) => j !== i) })}>
                Unlink “{name}”
              </button>
            </div>
          );
        })}
        {free.length > 0 && (
          <label className="spend-form__add">
            <span>Link a use case</span>
            <select
              value=""
              onChange={(e) => {
                const id = e.target.value;
                if (id) set({ links: [...draft.links, { useCaseId: id, share: Math.max(0, Math.round((1 - taken) * 10_000) / 10_000) }] });
              }}
            >
              <option value="">Choose a use case…</option>
              {free.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <p>Not tied to a use case: {present.percent(Math.max(0, 1 - taken))} of the item.</p>
      </fieldset>
      <div className="spend-form__actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          Save
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
