import { useState } from 'react';
import { FormActions } from '@renderer/components/FormActions';
import {
  COMMON_CURRENCIES,
  defaultUncertaintySettings,
  LAST_MILE_CATEGORIES,
  LAST_MILE_CATEGORY_LABELS,
  workspaceSettingsSchema,
  type WorkspaceSettings,
} from '@shared/domain';
import { NumberField, SelectField, TextField } from '@renderer/components/inputs';
import { Field } from '@renderer/components/Field';
import { useForm } from '@renderer/components/useForm';
import { NUMBER_FORMAT_LABELS, NUMBER_FORMATS, formatPercent } from '@shared/presentation';
import { UncertaintyPolicyForm } from './UncertaintyPolicyForm';
import { PILOT_FAILURE_FIGURES_TEXT, PUBLISHED_COMPLIANCE_RANGE_TEXT, PUBLISHED_LAST_MILE_EXAMPLE_TEXT } from '@shared/domain/sources';

const AVERAGE_LABELS = ['1 (not ready)', '2', '3', '4', '5 (ready)'];

/** Every workspace setting of the product brief, validated by the shared schema before anything is saved. */
export function WorkspaceSettingsForm({
  initial,
  submitLabel,
  onSave,
  onCancel,
}: {
  initial: WorkspaceSettings;
  submitLabel: string;
  onSave: (settings: WorkspaceSettings) => Promise<Record<string, string> | void>;
  onCancel?: () => void;
}) {
  const form = useForm(workspaceSettingsSchema, initial);
  const { values, errors, set } = form;
  // What the save itself refused (a full disk, a field the store refused): shown by the Save button; what was typed is kept.
  const [refused, setRefused] = useState<Record<string, string>>({});
  const refusal = Object.values(refused)[0];
  const sharesTotal = LAST_MILE_CATEGORIES.reduce((s, c) => s + (values.defaults.lastMileShares[c] || 0), 0);
  return (
    <form
      className="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit(async (v) => {
          setRefused((await onSave(v)) ?? {});
        });
      }}
    >
      <fieldset>
        <legend>Workspace</legend>
        <div className="form-grid">
          <TextField label="Workspace name" value={values.name} onChange={(v) => set('name', v)} error={errors.name} required />
          <TextField label="Organisation" value={values.organisation} onChange={(v) => set('organisation', v)} error={errors.organisation} />
          <SelectField
            label="Currency"
            value={values.currency}
            onChange={(v) => set('currency', v)}
            options={[...new Set([values.currency, ...COMMON_CURRENCIES])]}
            error={errors.currency}
          />
          <SelectField
            label="Number format"
            hint="How every figure is written: in the app, the charts, the PDF, the deck and the workbook"
            value={values.numberFormat}
            onChange={(v) => set('numberFormat', v)}
            options={NUMBER_FORMATS.map((f) => ({ value: f, label: NUMBER_FORMAT_LABELS[f] }))}
            error={errors.numberFormat}
          />
          <Field label="Planning start month" error={errors.planningStartMonth} hint="Month 1 of every plan and chart">
            {({ id, describedBy, invalid }) => (
              <input
                id={id}
                type="month"
                value={values.planningStartMonth}
                aria-invalid={invalid || undefined}
                aria-describedby={describedBy}
                onChange={(e) => set('planningStartMonth', e.target.value)}
              />
            )}
          </Field>
          <NumberField label="Horizon" suffix="months" value={values.horizonMonths} onChange={(v) => set('horizonMonths', v)} error={errors.horizonMonths} />
          <NumberField label="Annual discount rate" suffix="%" scale={100} value={values.discountRate} onChange={(v) => set('discountRate', v)} error={errors.discountRate} />
          <NumberField label="Loaded labour rate per hour" prefix={values.currency} value={values.labourRate} onChange={(v) => set('labourRate', v)} error={errors.labourRate} />
        </div>
      </fieldset>

      <fieldset>
        <legend>Default assumptions for new use cases</legend>
        <div className="form-grid">
          <NumberField
            label="Last-mile multiplier"
            suffix="× pilot"
            hint={`Proposed last mile = pilot cost × this (the published example: ${PUBLISHED_LAST_MILE_EXAMPLE_TEXT})`}
            value={values.defaults.lastMileMultiplier}
            onChange={(v) => set('defaults.lastMileMultiplier', v)}
            error={errors['defaults.lastMileMultiplier']}
          />
          <NumberField label="Pilot duration" suffix="months" value={values.defaults.pilotMonths} onChange={(v) => set('defaults.pilotMonths', v)} error={errors['defaults.pilotMonths']} />
          <NumberField label="Last-mile duration" suffix="months" value={values.defaults.lastMileMonths} onChange={(v) => set('defaults.lastMileMonths', v)} error={errors['defaults.lastMileMonths']} />
          <NumberField label="Ramp-up to full adoption" suffix="months" value={values.defaults.rampUpMonths} onChange={(v) => set('defaults.rampUpMonths', v)} error={errors['defaults.rampUpMonths']} />
          <NumberField
            label="Compliance cost per regime"
            prefix={values.currency}
            hint={`Added to security & compliance for each regime (SOC 2 / HIPAA work typically costs ${PUBLISHED_COMPLIANCE_RANGE_TEXT})`}
            value={values.defaults.complianceCostPerRegime}
            onChange={(v) => set('defaults.complianceCostPerRegime', v)}
            error={errors['defaults.complianceCostPerRegime']}
          />
        </div>
        <h2 className="fieldset-heading">Default split of a proposed last mile</h2>
        <p className="muted" aria-live="polite">
          Total: {formatPercent(sharesTotal, values.numberFormat, 1)}{Math.abs(sharesTotal - 1) > 1e-6 ? ' — must add up to 100%' : ''}
        </p>
        {errors['defaults.lastMileShares'] && <p className="field__error" role="alert">{errors['defaults.lastMileShares']}</p>}
        <div className="form-grid form-grid--4">
          {LAST_MILE_CATEGORIES.map((c) => (
            <NumberField
              key={c}
              label={LAST_MILE_CATEGORY_LABELS[c]}
              suffix="%"
              scale={100}
              value={values.defaults.lastMileShares[c]}
              onChange={(v) => set(`defaults.lastMileShares.${c}`, v)}
              error={errors[`defaults.lastMileShares.${c}`]}
            />
          ))}
        </div>
      </fieldset>

      <fieldset>
        <legend>Readiness → probability of reaching production</legend>
        <p className="muted">
          Probability that a use case reaches production at each average readiness score (straight line in between). A score of 1 in
          any dimension is a blocker and caps the probability. The default starts low because most pilots never reach production:{' '}
          {PILOT_FAILURE_FIGURES_TEXT}
        </p>
        {errors['readinessMapping.anchors'] && <p className="field__error" role="alert">{errors['readinessMapping.anchors']}</p>}
        <div className="form-grid form-grid--6">
          {AVERAGE_LABELS.map((label, i) => (
            <NumberField
              key={label}
              label={`Average ${label}`}
              suffix="%"
              scale={100}
              value={values.readinessMapping.anchors[i] ?? 0}
              onChange={(v) => set(`readinessMapping.anchors.${i}`, v)}
              error={errors[`readinessMapping.anchors[${i}]`]}
            />
          ))}
          <NumberField
            label="Cap with a blocker"
            suffix="%"
            scale={100}
            value={values.readinessMapping.blockerCap}
            onChange={(v) => set('readinessMapping.blockerCap', v)}
            error={errors['readinessMapping.blockerCap']}
          />
        </div>
      </fieldset>

      <UncertaintyPolicyForm
        values={values.uncertainty ?? defaultUncertaintySettings()}
        set={(path, v) => set(`uncertainty.${path}`, v)}
        errors={Object.fromEntries(Object.entries(errors).filter(([k]) => k.startsWith('uncertainty.')).map(([k, m]) => [k.slice('uncertainty.'.length), m]))}
        format={values.numberFormat}
      />

      {refusal && (
        <p className="callout callout--blocker" role="alert">
          {refusal}
        </p>
      )}
      <FormActions submitLabel={submitLabel} onCancel={onCancel} blocked={!form.valid && Object.keys(errors).length > 0} />
    </form>
  );
}
