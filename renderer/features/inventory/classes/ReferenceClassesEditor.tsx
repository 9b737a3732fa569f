import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { numberDraft, readNumberDraft, settledDraft } from '@renderer/components/inputs';
import { repositories, STORAGE_FULL_MESSAGE, type StoredInventorySettings } from '@renderer/db';
import { perform } from '@renderer/state/actions';
import { AI_PATTERNS, DEFAULT_LAST_MILE_MULTIPLIER, REFERENCE_CLASS_SIZE_LABELS, REFERENCE_CLASS_SIZES, type ReferenceClass } from '@shared/domain';
import { DEFAULT_REFERENCE_CLASSES, REFERENCE_CLASS_NOTE, referenceClassLastMileCost, validateReferenceClasses } from '@shared/inventory/referenceClasses';
import type { NumberFormat, Presenter } from '@shared/presentation';
import { CLASS_NUMBER_FIELDS, classFieldErrors, type ClassNumberKey } from './classDraft';

/** A number typed in a table cell, read with the workspace's number format (the shared parser); NaN while it is not a number. */
function NumberCell(props: { label: string; value: number; money: boolean; format: NumberFormat; error: string | undefined; onChange: (v: number) => void }) {
  const { label, value, money, format, error, onChange } = props;
  const id = useId();
  const [draft, setDraft] = useState(() => numberDraft(value, 1, format));
  const kind = money ? 'money' : 'number';
  const read = (text: string) => readNumberDraft(text, { label, kind, scale: 1, format, allowEmpty: false });
  useEffect(() => {
    // Keep what was typed while it is not a number yet, or while it reads as the value ("75k" stays "75k").
    setDraft((d) => {
      if (Number.isNaN(value)) return d;
      const r = readNumberDraft(d, { label, kind, scale: 1, format, allowEmpty: false });
      return r.ok && r.value === value ? d : numberDraft(value, 1, format);
    });
  }, [value, format, label, kind]);
  const typed = read(draft);
  const shown = typed.ok ? error : typed.message;
  return (
    <>
      <input
        type="text"
        inputMode="decimal"
        className="inv-classes__number"
        value={draft}
        aria-label={label}
        aria-invalid={shown ? true : undefined}
        aria-describedby={shown ? `${id}-error` : undefined}
        onChange={(e) => {
          setDraft(e.target.value);
          const r = read(e.target.value);
          onChange(r.ok && r.value !== null ? r.value : Number.NaN);
        }}
        onBlur={() => setDraft((d) => settledDraft(d, value, { label, kind, scale: 1, format, allowEmpty: false }))}
      />
      {shown && (
        <span className="field__error" id={`${id}-error`}>
          {shown}
        </span>
      )}
    </>
  );
}

const newId = () => crypto.randomUUID();

/** The stored classes as an editable copy, or the starting classes (each with a new id) until the workspace saves its own. */
export const editableClasses = (settings: StoredInventorySettings | null): ReferenceClass[] =>
  settings ? settings.referenceClasses.map((c) => ({ ...c })) : DEFAULT_REFERENCE_CLASSES(newId);

/**
 * The workspace's reference classes as an editable table: name, pattern, size, pilot cost, last-mile multiplier,
 * durations and run cost, with a fault named under each field; add, remove, save (checked against the revision the
 * editor started from). Until the workspace saves its own, the starting classes are shown.
 */
export function ReferenceClassesEditor({ workspaceId, settings, present }: { workspaceId: string; settings: StoredInventorySettings | null; present: Presenter }) {
  const [draft, setDraft] = useState<ReferenceClass[]>(() => editableClasses(settings));
  const [dirty, setDirty] = useState(false);
  const [attempted, setAttempted] = useState(false);
  const [message, setMessage] = useState<{ tone: 'error' | 'done'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  // Without unsaved edits the table follows the stored classes (another window, an undo).
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;
  useEffect(() => {
    if (settings && !dirtyRef.current) setDraft(editableClasses(settings));
  }, [settings]);

  const fieldErrors = useMemo(() => classFieldErrors(draft), [draft]);
  const change = (id: string, patch: Partial<ReferenceClass>) => {
    setDraft((d) => d.map((c) => (c.id === id ? { ...c, ...patch } : c)));
    setDirty(true);
    setMessage(null);
  };
  const add = () => {
    const base = draft.length + 1;
    setDraft((d) => [
      ...d,
      { id: newId(), name: `New class ${base}`, pattern: 'Other', size: 'medium', pilotCost: 0, lastMileMultiplier: DEFAULT_LAST_MILE_MULTIPLIER, pilotMonths: 3, lastMileMonths: 6, runCostPerMonth: 0 },
    ]);
    setDirty(true);
  };
  const remove = (id: string) => {
    setDraft((d) => d.filter((c) => c.id !== id));
    setDirty(true);
  };
  const save = async () => {
    setAttempted(true);
    const errors = validateReferenceClasses(draft);
    if (errors.length > 0) return setMessage({ tone: 'error', text: `Not saved: ${errors[0]}${errors.length > 1 ? ` (and ${errors.length - 1} more)` : ''}.` });
    setBusy(true);
    const input = { presets: settings ? settings.presets.map((p) => ({ ...p })) : [], referenceClasses: draft };
    const r = await perform(repositories().inventory.saveSettings(workspaceId, input, settings ? settings.revision : null), { toast: 'Saved the reference classes', undoable: true });
    setBusy(false);
    if (r.ok) {
      setDirty(false);
      setAttempted(false);
      return setMessage({ tone: 'done', text: 'The reference classes are saved.' });
    }
    setMessage({
      tone: 'error',
      text:
        r.reason === 'conflict'
          ? 'The reference classes were changed elsewhere (another window, or an undo) since you started; nothing was saved. Discard your edits to see them, then edit again.'
          : r.reason === 'storage-full'
            ? STORAGE_FULL_MESSAGE
            : `Not saved: ${r.errors[0]?.message ?? 'the classes could not be saved'}.`,
    });
  };
  const discard = () => {
    setDraft(editableClasses(settings));
    setDirty(false);
    setAttempted(false);
    setMessage(null);
  };
  const errorsOf = (id: string) => (attempted || dirty ? fieldErrors[id] : undefined);

  return (
    <section className="card inv-classes" aria-labelledby="inv-classes-title">
      <h2 id="inv-classes-title">Reference classes</h2>
      <p className="hint">{REFERENCE_CLASS_NOTE}</p>
      {!settings && <p className="muted">These are the starting classes; saving keeps them (with your changes) for this workspace.</p>}
      <div className="inv-scroll">
        <table className="table inv-classes__table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">AI pattern</th>
              <th scope="col">Size</th>
              {CLASS_NUMBER_FIELDS.map((f) => (
                <th key={f.key} scope="col">
                  {f.header}
                </th>
              ))}
              <th scope="col">Last mile in total</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {draft.map((cls, i) => {
              const errors = errorsOf(cls.id);
              const who = cls.name.trim() || `class ${i + 1}`;
              const lastMile = referenceClassLastMileCost(cls);
              return (
                <tr key={cls.id}>
                  <td>
                    <input
                      type="text"
                      value={cls.name}
                      aria-label={`Name of class ${i + 1}`}
                      aria-invalid={errors?.name ? true : undefined}
                      aria-describedby={errors?.name ? `${cls.id}-name-error` : undefined}
                      onChange={(e) => change(cls.id, { name: e.target.value })}
                    />
                    {errors?.name && (
                      <span className="field__error" id={`${cls.id}-name-error`}>
                        {errors.name}
                      </span>
                    )}
                  </td>
                  <td>
                    <select value={cls.pattern} aria-label={`AI pattern of ${who}`} onChange={(e) => change(cls.id, { pattern: e.target.value as ReferenceClass['pattern'] })}>
                      {AI_PATTERNS.map((p) => (
                        <option key={p}>{p}</option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <select value={cls.size} aria-label={`Size of ${who}`} onChange={(e) => change(cls.id, { size: e.target.value as ReferenceClass['size'] })}>
                      {REFERENCE_CLASS_SIZES.map((s) => (
                        <option key={s} value={s}>
                          {REFERENCE_CLASS_SIZE_LABELS[s]}
                        </option>
                      ))}
                    </select>
                  </td>
                  {CLASS_NUMBER_FIELDS.map((f) => (
                    <td key={f.key}>
                      <NumberCell
                        label={`${f.header} of ${who}`}
                        value={cls[f.key as ClassNumberKey]}
                        money={f.kind === 'money'}
                        format={present.format}
                        error={errors?.[f.key]}
                        onChange={(v) => change(cls.id, { [f.key]: v })}
                      />
                    </td>
                  ))}
                  <td className="inv-classes__total">{Number.isFinite(lastMile) ? present.money(lastMile) : '—'}</td>
                  <td>
                    <button type="button" className="button button--small" onClick={() => remove(cls.id)}>
                      Remove<span className="visually-hidden"> {who}</span>
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="form-actions">
        <button type="button" className="button" onClick={add}>
          Add a class
        </button>
        <button type="button" className="button button--primary" disabled={busy || (!dirty && settings !== null)} onClick={() => void save()}>
          Save the classes
        </button>
        {dirty && (
          <button type="button" className="button" onClick={discard}>
            Discard changes
          </button>
        )}
      </div>
      {message && (
        <p className={message.tone === 'error' ? 'field__error' : 'inv-apply__done'} role={message.tone === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
