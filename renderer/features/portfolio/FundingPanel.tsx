import { SelectField } from '@renderer/components/inputs';
import { FUNDING_OBJECTIVE_LABELS, FUNDING_OBJECTIVES, type FundingResult, type PortfolioPlan } from '@shared/portfolio';
import type { FieldError } from '@shared/domain';
import { PlanNumberInput } from './PlanNumberInput';

/** The rules of the funding choice and the answer's status: budget, yearly caps, objective, value-creation minimum. */
export function FundingPanel({
  plan,
  planYears,
  currency,
  funding,
  busy,
  error,
  onSave,
}: {
  plan: PortfolioPlan;
  planYears: number;
  currency: string;
  funding: FundingResult | null;
  busy: boolean;
  error: string | null;
  onSave: (change: (plan: PortfolioPlan) => PortfolioPlan, label: string) => Promise<FieldError[]>;
}) {
  const apply = async (change: (plan: PortfolioPlan) => PortfolioPlan, label: string) => {
    const errors = await onSave(change, label);
    return errors.length ? (errors[0]?.message ?? 'Not a valid value') : null;
  };
  const caps = Array.from({ length: planYears }, (_, i) => plan.yearCaps[i] ?? null);
  return (
    <section className="card" aria-labelledby="funding-title">
      <h2 id="funding-title">Funding rules</h2>
      <div className="form-grid">
        <PlanNumberInput
          label="Budget (total investment)"
          prefix={currency}
          value={plan.budget}
          hint="Pilot + last mile of the funded candidates"
          onCommit={(v) => apply((p) => ({ ...p, budget: v ?? 0 }), 'Change budget')}
        />
        <SelectField
          label="Maximise"
          value={plan.objective}
          options={FUNDING_OBJECTIVES.map((o) => ({ value: o, label: FUNDING_OBJECTIVE_LABELS[o] }))}
          onChange={(v) => void apply((p) => ({ ...p, objective: v }), 'Change objective')}
        />
        <PlanNumberInput
          label="Minimum value-creation share"
          suffix="%"
          scale={100}
          value={plan.minValueCreationShare}
          hint="Of the funded investment; 0 = no minimum"
          onCommit={(v) => apply((p) => ({ ...p, minValueCreationShare: v ?? 0 }), 'Change value-creation minimum')}
        />
      </div>
      <details className="year-caps">
        <summary>Caps per plan year ({caps.filter((c) => c !== null).length} set)</summary>
        <div className="form-grid form-grid--4">
          {caps.map((cap, i) => (
            <PlanNumberInput
              key={i}
              label={`Year ${i + 1} cap`}
              prefix={currency}
              value={cap}
              allowEmpty
              hint="Empty = no cap"
              onCommit={(v) =>
                apply((p) => {
                  const next = Array.from({ length: Math.max(planYears, p.yearCaps.length) }, (_, y) => p.yearCaps[y] ?? null);
                  next[i] = v;
                  while (next.length > 0 && next.at(-1) === null) next.pop();
                  return { ...p, yearCaps: next };
                }, `Change year ${i + 1} cap`)
              }
            />
          ))}
        </div>
      </details>
      <p className={`funding-status funding-status--${funding?.status ?? 'pending'}`} role="status" aria-live="polite">
        {error
          ? `The funding calculation failed: ${error}`
          : busy || !funding
            ? 'Searching for the best funded set…'
            : funding.message}
      </p>
    </section>
  );
}
