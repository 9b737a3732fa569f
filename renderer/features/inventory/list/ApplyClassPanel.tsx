import { useId, useState } from 'react';
import { repositories, STORAGE_FULL_MESSAGE, type StoredUseCase } from '@renderer/db';
import { perform } from '@renderer/state/actions';
import type { ReferenceClass } from '@shared/domain';
import { formatMonths, type Presenter } from '@shared/presentation';
import { referenceClassLastMileCost } from '@shared/inventory/referenceClasses';

/** What applying `cls` sets, in a sentence. */
export function classSentence(cls: ReferenceClass, count: number, ownCount: number, present: Presenter): string {
  const whom = count === 1 ? 'the selected use case' : `the ${present.number(count, 0)} selected use cases`;
  const replaced = ownCount === 0 ? '' : ` ${present.number(ownCount, 0)} of them ${ownCount === 1 ? 'has' : 'have'} figures of ${ownCount === 1 ? 'its' : 'their'} own, which this replaces.`;
  return (
    `Sets a pilot of ${present.money(cls.pilotCost)} over ${formatMonths(cls.pilotMonths)}, a last mile of ${present.money(referenceClassLastMileCost(cls))} ` +
    `(${present.multiple(cls.lastMileMultiplier)} the pilot) over ${formatMonths(cls.lastMileMonths)} and a run cost of ${present.money(cls.runCostPerMonth)} a month on ${whom}, ` +
    `marked as a reference-class estimate until someone refines it.${replaced}`
  );
}

/**
 * Applies one reference class to the selected use cases in one step (one undo step): a choice of the workspace's
 * classes, what it will set in words, then the write, refused whole if any of them changed meanwhile.
 */
export function ApplyClassPanel(props: { workspaceId: string; classes: readonly ReferenceClass[]; selected: readonly StoredUseCase[]; present: Presenter; onApplied: () => void }) {
  const { workspaceId, classes, selected, present, onApplied } = props;
  const [classId, setClassId] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: 'error' | 'done'; text: string } | null>(null);
  const selectId = useId();
  const cls = classes.find((c) => c.id === classId) ?? classes[0];
  const ownCount = selected.filter((u) => u.estimate.source === 'own').length;

  const apply = async () => {
    if (!cls || selected.length === 0 || busy) return;
    setBusy(true);
    setMessage(null);
    const expected = Object.fromEntries(selected.map((u) => [u.id, u.revision]));
    const what = selected.length === 1 ? `“${selected[0]!.name}”` : `${present.number(selected.length, 0)} use cases`;
    const r = await perform(
      repositories().inventory.applyReferenceClass(
        workspaceId,
        selected.map((u) => u.id),
        cls,
        expected,
      ),
      { toast: `Applied “${cls.name}” to ${what}`, undoable: true },
    );
    setBusy(false);
    if (r.ok) {
      setMessage({ tone: 'done', text: `“${cls.name}” applied to ${what}.` });
      onApplied();
      return;
    }
    const text =
      r.reason === 'conflict'
        ? 'Some of the selected use cases were changed elsewhere (another window, or an undo) since this page showed them, so nothing was changed. Look at them again and apply once more.'
        : r.reason === 'storage-full'
          ? STORAGE_FULL_MESSAGE
          : r.reason === 'missing'
            ? 'Some of the selected use cases no longer exist (they may have been deleted meanwhile), so nothing was changed.'
            : `Nothing was changed: ${r.errors[0]?.message ?? 'the estimate could not be applied'}.`;
    setMessage({ tone: 'error', text });
  };

  return (
    <section className="card inv-apply" aria-labelledby="inv-apply-title">
      <h2 id="inv-apply-title">Estimate the selection with a reference class</h2>
      {classes.length === 0 ? (
        <p className="muted">There are no reference classes: add one under “Reference classes” below.</p>
      ) : (
        <>
          <div className="inv-apply__row">
            <div className="field">
              <label htmlFor={selectId}>Reference class</label>
              <select id={selectId} value={cls?.id ?? ''} onChange={(e) => setClassId(e.target.value)}>
                {classes.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </div>
            <button type="button" className="button button--primary" disabled={selected.length === 0 || busy} onClick={() => void apply()}>
              {selected.length === 0 ? 'Apply to the selection' : `Apply to ${present.number(selected.length, 0)} selected`}
            </button>
          </div>
          <p className="inv-apply__sentence" aria-live="polite">
            {selected.length === 0 ? 'Select use cases in the list below first.' : cls ? classSentence(cls, selected.length, ownCount, present) : ''}
          </p>
        </>
      )}
      {message && (
        <p className={message.tone === 'error' ? 'field__error' : 'inv-apply__done'} role={message.tone === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
