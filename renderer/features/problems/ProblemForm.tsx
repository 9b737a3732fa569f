import { FormActions } from '@renderer/components/FormActions';
import { Field } from '@renderer/components/Field';
import { NumberField, SelectField, TextArea, TextField } from '@renderer/components/inputs';
import { useRef } from 'react';
import { ConflictResolver } from '@renderer/components/ConflictResolver';
import { BUSINESS_FUNCTIONS, PROBLEM_STATUS_LABELS, PROBLEM_STATUSES, problemMonthlyCost, type Problem, type ProblemInput, type Workspace } from '@shared/domain';
import { NOT_GIVEN, presenter } from '@shared/presentation';
import { problemConflictViews } from './problemConflict';
import { useProblemDraft, type ProblemSave } from './useProblemDraft';

const STATUS_LABELS = PROBLEM_STATUS_LABELS;
const IMPORTANCE = ['1', '2', '3', '4', '5'] as const;

/** A figure the form can count: null while it is not given or not (yet) a number. */
const counted = (v: number | null) => (v !== null && Number.isFinite(v) ? v : null);

/** Add or edit a business problem: owner and measurable monthly cost first, before any talk of AI. */
export function ProblemForm({
  initial,
  live = null,
  workspace,
  submitLabel,
  onSave,
  onCancel,
}: {
  initial: ProblemInput;
  /** When editing a stored problem: that problem as stored now (the form follows it, or compares when edits are unsaved). */
  live?: Problem | null;
  workspace: Workspace;
  submitLabel: string;
  /** Writes the input (against the revision the form started from); the caller closes the form when it answers ok. */
  onSave: ProblemSave;
  onCancel: () => void;
}) {
  const draft = useProblemDraft(initial, live, onSave);
  const { form } = draft;
  const { values, errors, set } = form;
  const conflictRef = useRef<HTMLDivElement>(null);
  const present = presenter(workspace);
  const monthly = problemMonthlyCost({ monthlyHours: counted(values.monthlyHours), monthlyCost: counted(values.monthlyCost) }, workspace.labourRate);
  return (
    <form
      className="form"
      noValidate
      aria-label="Problem"
      onSubmit={(e) => {
        e.preventDefault();
        // While a version saved elsewhere waits to be merged, saving means resolving it first.
        if (draft.conflict) conflictRef.current?.focus();
        else void draft.submit();
      }}
    >
      {draft.conflict && (
        <div ref={conflictRef} tabIndex={-1}>
          <ConflictResolver
            what="This problem"
            fields={problemConflictViews(draft.conflict.differences, workspace)}
            choices={draft.conflict.choices}
            onChoose={draft.choose}
            onApply={() => void draft.applyMerge()}
            onTakeSaved={draft.takeSaved}
            busy={draft.saving}
          />
        </div>
      )}
      <TextField label="Title" value={values.title} onChange={(v) => set('title', v)} error={errors.title} required />
      <TextArea label="Problem statement" hint="What goes wrong, for whom, and how often" value={values.statement} onChange={(v) => set('statement', v)} error={errors.statement} />
      <div className="form-grid">
        <TextField label="Business owner" value={values.owner} onChange={(v) => set('owner', v)} error={errors.owner} />
        <Field label="Function" error={errors.function}>
          {({ id, describedBy, invalid }) => (
            <>
              <input
                id={id}
                list={`${id}-functions`}
                value={values.function}
                aria-invalid={invalid || undefined}
                aria-describedby={describedBy}
                onChange={(e) => set('function', e.target.value)}
              />
              <datalist id={`${id}-functions`}>
                {BUSINESS_FUNCTIONS.map((f) => (
                  <option key={f} value={f} />
                ))}
              </datalist>
            </>
          )}
        </Field>
        <NumberField
          label="People affected"
          hint="Leave empty if not known"
          allowEmpty
          value={values.peopleAffected}
          onChange={(v) => set('peopleAffected', v)}
          error={errors.peopleAffected}
        />
        <NumberField
          label="Hours lost per month"
          suffix="h"
          hint={`Valued at ${present.money(workspace.labourRate)} per hour; leave empty if not known`}
          allowEmpty
          value={values.monthlyHours}
          onChange={(v) => set('monthlyHours', v)}
          error={errors.monthlyHours}
        />
        <NumberField
          label="Monthly cost"
          prefix={workspace.currency}
          hint="Money lost each month beyond the hours (errors, penalties, lost sales); leave empty if not known"
          allowEmpty
          value={values.monthlyCost}
          onChange={(v) => set('monthlyCost', v)}
          error={errors.monthlyCost}
        />
        <SelectField
          label="Strategic importance"
          value={String(values.strategicImportance) as (typeof IMPORTANCE)[number]}
          onChange={(v) => set('strategicImportance', Number(v))}
          options={IMPORTANCE.map((v) => ({ value: v, label: `${v}${v === '1' ? ' (low)' : v === '5' ? ' (critical)' : ''}` }))}
          error={errors.strategicImportance}
        />
        <SelectField
          label="Status"
          value={values.status}
          onChange={(v) => set('status', v)}
          options={PROBLEM_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
          error={errors.status}
        />
      </div>
      <p className="callout" aria-live="polite">
        {monthly === null ? (
          <>
            Current cost of this problem: <strong>{NOT_GIVEN}</strong> (give the hours lost or a monthly cost)
          </>
        ) : (
          <>
            Current cost of this problem: <strong>{present.money(monthly)}</strong> per month
          </>
        )}
      </p>
      <TextArea label="Evidence" hint="Where the figures come from (reports, samples, interviews)" value={values.evidence} onChange={(v) => set('evidence', v)} error={errors.evidence} />
      {draft.refusal && (
        <p className="callout callout--blocker" role="alert">
          {draft.refusal}
        </p>
      )}
      <FormActions
        submitLabel={draft.saving ? 'Saving…' : submitLabel}
        onCancel={onCancel}
        blocked={!form.valid && Object.keys(errors).length > 0}
        disabled={draft.saving || draft.conflict !== null}
      />
    </form>
  );
}

export { STATUS_LABELS };
