import { useState } from 'react';
import { Dialog } from '@renderer/components/Dialog';
import { NumberField, SelectField } from '@renderer/components/inputs';
import { actualMonthSchema, errorsByPath, LAST_MILE_CATEGORIES, LAST_MILE_CATEGORY_LABELS, validate, type ActualMonth, type LastMileCategory, type UseCase, type Workspace } from '@shared/domain';
import { calendarToPlanMonth, planMonthToCalendar } from '@shared/finance';
import { presenter } from '@shared/presentation';
import { saveActualMonth } from './actualsActions';

type Categories = Record<LastMileCategory, number | null>;

const noCategories = (): Categories => Object.fromEntries(LAST_MILE_CATEGORIES.map((c) => [c, null])) as Categories;

/** The months actuals may be entered for, newest first: from the planning start (or the earliest entered) to last month. */
export function enterableMonths(workspace: Workspace, useCase: UseCase, todayMonth: string): string[] {
  const last = planMonthToCalendar(todayMonth, 0);
  const earliest = [workspace.planningStartMonth, ...useCase.actuals.map((a) => a.month)].reduce((a, b) => (b < a ? b : a));
  const from = earliest <= last ? earliest : planMonthToCalendar(todayMonth, -11);
  const count = Math.min(calendarToPlanMonth(from, last), 240);
  return Array.from({ length: count }, (_, i) => planMonthToCalendar(last, 1 - i));
}

function draftOf(useCase: UseCase, month: string) {
  const a = useCase.actuals.find((x) => x.month === month);
  const categories = noCategories();
  for (const c of LAST_MILE_CATEGORIES) categories[c] = a?.lastMileByCategory?.[c] ?? null;
  return { month, pilot: a?.pilot ?? 0, lastMile: a?.lastMile ?? 0, run: a?.run ?? 0, benefit: a?.benefit ?? 0, split: Boolean(a?.lastMileByCategory), categories };
}

/** Enter or edit one month's actuals of a use case: checked with the schema's messages, saved at once, undoable. */
export function ActualMonthDialog({
  useCase,
  workspace,
  todayMonth,
  month,
  onClose,
}: {
  useCase: UseCase;
  workspace: Workspace;
  todayMonth: string;
  /** The month to open with (its entered figures, if any). */
  month: string;
  onClose: () => void;
}) {
  const present = presenter(workspace);
  const [draft, setDraft] = useState(() => draftOf(useCase, month));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const months = enterableMonths(workspace, useCase, todayMonth);
  const entered = new Set(useCase.actuals.map((a) => a.month));
  const set = (patch: Partial<typeof draft>) => setDraft((d) => ({ ...d, ...patch }));

  const submit = async () => {
    const byCategory = draft.split ? Object.fromEntries(LAST_MILE_CATEGORIES.filter((c) => draft.categories[c] !== null).map((c) => [c, draft.categories[c]])) : null;
    const candidate = { month: draft.month, pilot: draft.pilot, lastMile: draft.lastMile, lastMileByCategory: byCategory, run: draft.run, benefit: draft.benefit };
    const checked = validate(actualMonthSchema, candidate);
    if (!checked.ok) return setErrors(errorsByPath(checked.errors));
    setErrors({});
    setSaving(true);
    const r = await saveActualMonth(useCase, checked.value as ActualMonth, todayMonth, present.format);
    setSaving(false);
    if (!r.ok) return setRefusal(r.errors.map((e) => e.message).join(' '));
    onClose();
  };

  return (
    <Dialog title={`Actuals of “${useCase.name}”`} open onClose={onClose} className="actuals-dialog">
      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <SelectField
          label="Month"
          value={draft.month}
          onChange={(m) => (setDraft(draftOf(useCase, m)), setErrors({}))}
          options={months.map((m) => ({ value: m, label: `${present.calendarMonth(m)}${entered.has(m) ? ' (entered)' : ''}` }))}
          hint="Only months that are over. A month entered again replaces what was entered for it."
          error={errors.month}
        />
        <div className="form-grid form-grid--4">
          <NumberField label="Pilot spend" prefix={present.currency} value={draft.pilot} onChange={(v) => set({ pilot: v })} error={errors.pilot} />
          <NumberField label="Last-mile spend" prefix={present.currency} value={draft.lastMile} onChange={(v) => set({ lastMile: v })} error={errors.lastMile ?? errors.lastMileByCategory} />
          <NumberField label="Run cost" prefix={present.currency} value={draft.run} onChange={(v) => set({ run: v })} error={errors.run} />
          <NumberField label="Realised benefit" prefix={present.currency} value={draft.benefit} onChange={(v) => set({ benefit: v })} error={errors.benefit} />
        </div>
        <label className="choice">
          <input type="checkbox" checked={draft.split} onChange={(e) => set({ split: e.target.checked })} /> Split the last mile by category (where known)
        </label>
        {draft.split && (
          <fieldset>
            <legend>Last-mile spend by category (must add up to the last-mile spend)</legend>
            <div className="form-grid form-grid--4">
              {LAST_MILE_CATEGORIES.map((c) => (
                <NumberField
                  key={c}
                  allowEmpty
                  label={LAST_MILE_CATEGORY_LABELS[c]}
                  prefix={present.currency}
                  value={draft.categories[c]}
                  onChange={(v) => set({ categories: { ...draft.categories, [c]: v } })}
                  error={errors[`lastMileByCategory.${c}`]}
                />
              ))}
            </div>
          </fieldset>
        )}
        {refusal && (
          <p className="callout callout--blocker" role="alert">
            Nothing was saved. {refusal}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={saving}>
            Save actuals
          </button>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
