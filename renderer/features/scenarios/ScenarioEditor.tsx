import { useEffect, useState } from 'react';
import { SelectField, TextArea, TextField } from '@renderer/components/inputs';
import type { StoredScenario } from '@renderer/db';
import { PlanNumberInput } from '@renderer/features/portfolio/PlanNumberInput';
import type { UseCase, Workspace } from '@shared/domain';
import { COST_BASIS_LABELS, SCORE_CRITERIA, SCORE_CRITERION_LABELS, type PortfolioPlan } from '@shared/portfolio';
import type { Presenter } from '@shared/presentation';
import type { SaveScenario } from './scenarioEdits';
import { ScenarioForcedChoices } from './ScenarioForcedChoices';
import { ScenarioUseCaseOverrides } from './ScenarioUseCaseOverrides';

/** A text saved when the person leaves the field (a rename is one undoable edit, not one per key). */
function CommitText({ label, value, multiline, onCommit }: { label: string; value: string; multiline?: boolean; onCommit: (v: string) => Promise<string | null> }) {
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | undefined>(undefined);
  useEffect(() => setDraft(value), [value]);
  const commit = async () => {
    if (draft === value) return;
    setError((await onCommit(draft)) ?? undefined);
  };
  const props = { label, value: draft, error, onChange: (v: string) => (setDraft(v), setError(undefined)) };
  return (
    <div onBlur={() => void commit()}>
      {multiline ? <TextArea {...props} rows={2} /> : <TextField {...props} required />}
    </div>
  );
}

type CostBasisChoice = 'base' | 'likely' | 'p90';

/**
 * Edits one scenario's overrides: each field is saved when the person leaves it (checked against the revision the page
 * shows; undoable). An empty field takes the base plan's value, shown in its hint.
 */
export function ScenarioEditor({
  scenario,
  workspace,
  plan,
  useCases,
  present,
  onSave,
}: {
  scenario: StoredScenario;
  workspace: Workspace;
  plan: PortfolioPlan;
  useCases: readonly UseCase[];
  present: Presenter;
  onSave: SaveScenario;
}) {
  const a = scenario.assumptions;
  const p = scenario.plan;
  const planYears = Math.ceil(workspace.horizonMonths / 12);
  const assume = (key: keyof typeof a, label: string) => (v: number | null) => onSave((s) => ({ ...s, assumptions: { ...s.assumptions, [key]: v } }), label);
  const factorHint = (what: string) => `× ${what}; empty = as in the base plan`;
  const caps = Array.from({ length: planYears }, (_, i) => p.yearCaps?.[i] ?? null);
  return (
    <section className="card scenario-editor" aria-labelledby="scenario-editor-title">
      <h2 id="scenario-editor-title">Edit “{scenario.name}”</h2>
      <div className="scenario-editor__fields">
        <CommitText label="Scenario name" value={scenario.name} onCommit={(name) => onSave((s) => ({ ...s, name }), 'Rename scenario')} />
        <CommitText label="Description" value={scenario.description} multiline onCommit={(description) => onSave((s) => ({ ...s, description }), 'Describe scenario')} />
      </div>
      <fieldset className="scenario-editor__group">
        <legend>Assumptions</legend>
        <PlanNumberInput label="Discount rate" suffix="%" scale={100} allowEmpty value={a.discountRate} hint={`Base plan: ${present.percent(workspace.discountRate)}`} onCommit={assume('discountRate', 'Change scenario discount rate')} />
        <PlanNumberInput label="Token price multiplier" suffix="×" allowEmpty value={a.tokenPriceFactor} hint={factorHint('every price per 1K tokens (1.5 = 50% dearer)')} onCommit={assume('tokenPriceFactor', 'Change scenario token price')} />
        <PlanNumberInput label="Adoption multiplier" suffix="×" allowEmpty value={a.adoptionFactor} hint={factorHint('every benefit: hours saved, cost avoided, new revenue')} onCommit={assume('adoptionFactor', 'Change scenario adoption')} />
        <PlanNumberInput label="Last-mile cost multiplier" suffix="×" allowEmpty value={a.lastMileFactor} hint={factorHint('every last-mile cost')} onCommit={assume('lastMileFactor', 'Change scenario last mile')} />
      </fieldset>
      <fieldset className="scenario-editor__group">
        <legend>Funding rules</legend>
        <PlanNumberInput
          label="Budget (total investment)"
          prefix={present.currency}
          allowEmpty
          value={p.budget}
          hint={`Base plan: ${present.money(plan.budget)}`}
          onCommit={(v) => onSave((s) => ({ ...s, plan: { ...s.plan, budget: v } }), 'Change scenario budget')}
        />
        <PlanNumberInput
          label="Minimum value-creation share"
          suffix="%"
          scale={100}
          allowEmpty
          value={p.minValueCreationShare}
          hint={`Base plan: ${present.percent(plan.minValueCreationShare, 0)}`}
          onCommit={(v) => onSave((s) => ({ ...s, plan: { ...s.plan, minValueCreationShare: v } }), 'Change scenario value-creation minimum')}
        />
        <SelectField<CostBasisChoice>
          label="Fund against"
          value={p.costBasis ?? 'base'}
          options={[
            { value: 'base', label: `Base plan: ${COST_BASIS_LABELS[plan.costBasis]}` },
            { value: 'likely', label: COST_BASIS_LABELS.likely },
            { value: 'p90', label: COST_BASIS_LABELS.p90 },
          ]}
          onChange={(v) => void onSave((s) => ({ ...s, plan: { ...s.plan, costBasis: v === 'base' ? null : v } }), 'Change scenario cost basis')}
        />
        {caps.map((cap, i) => (
          <PlanNumberInput
            key={i}
            label={`Year ${i + 1} cap`}
            prefix={present.currency}
            allowEmpty
            value={cap}
            hint={i === 0 ? "A cap in any year replaces the base plan's caps; all empty = the base plan's" : `${present.planYear(i + 1)}`}
            onCommit={(v) =>
              onSave((s) => {
                const next = Array.from({ length: planYears }, (_, y) => s.plan.yearCaps?.[y] ?? null);
                next[i] = v;
                while (next.length > 0 && next.at(-1) === null) next.pop();
                return { ...s, plan: { ...s.plan, yearCaps: next.length > 0 ? next : null } };
              }, `Change scenario year ${i + 1} cap`)
            }
          />
        ))}
      </fieldset>
      <fieldset className="scenario-editor__group">
        <legend>Score weights</legend>
        {SCORE_CRITERIA.map((c) => (
          <PlanNumberInput
            key={c}
            label={`Weight: ${SCORE_CRITERION_LABELS[c]}`}
            allowEmpty
            value={p.weights?.[c] ?? null}
            hint={`Base plan: ${present.number(plan.weights[c], 0)}`}
            onCommit={(v) =>
              onSave((s) => {
                const weights = { ...(s.plan.weights ?? {}) };
                if (v === null) delete weights[c];
                else weights[c] = v;
                return { ...s, plan: { ...s.plan, weights: Object.keys(weights).length > 0 ? weights : null } };
              }, 'Change scenario weights')
            }
          />
        ))}
      </fieldset>
      <ScenarioForcedChoices scenario={scenario} plan={plan} useCases={useCases} onSave={onSave} />
      <ScenarioUseCaseOverrides scenario={scenario} useCases={useCases} labourRate={workspace.labourRate} present={present} onSave={onSave} />
    </section>
  );
}
