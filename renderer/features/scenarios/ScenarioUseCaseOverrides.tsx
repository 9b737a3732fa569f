import { useState } from 'react';
import { SelectField } from '@renderer/components/inputs';
import type { StoredScenario } from '@renderer/db';
import { PlanNumberInput } from '@renderer/features/portfolio/PlanNumberInput';
import { noScenarioUseCase, totalLastMileCost, type ScenarioUseCase, type UseCase } from '@shared/domain';
import { monthlyBenefitAtFull, monthlyRunCost } from '@shared/finance';
import type { Presenter } from '@shared/presentation';
import type { SaveScenario } from './scenarioEdits';

type Field = keyof ScenarioUseCase;
const FACTORS: { field: Field; label: string; base: (u: UseCase, p: Presenter, labourRate: number) => string }[] = [
  { field: 'pilotCostFactor', label: 'Pilot cost multiplier', base: (u, p) => p.money(u.pilot.cost) },
  { field: 'lastMileCostFactor', label: 'Last-mile cost multiplier', base: (u, p) => p.money(totalLastMileCost(u.lastMile.costs)) },
  { field: 'runCostFactor', label: 'Run cost multiplier', base: (u, p) => `${p.money(monthlyRunCost(u.runCost))} a month` },
  { field: 'benefitFactor', label: 'Benefit multiplier', base: (u, p, rate) => `${p.money(monthlyBenefitAtFull(u.benefits, rate))} a month at full adoption` },
];
const MONTHS: { field: Field; label: string; base: (u: UseCase) => number }[] = [
  { field: 'pilotMonths', label: 'Pilot duration (months)', base: (u) => u.pilot.months },
  { field: 'lastMileMonths', label: 'Last-mile duration (months)', base: (u) => u.lastMile.months },
  { field: 'startMonth', label: 'Planned start month', base: (u) => u.startMonth },
];

/** Overrides of chosen use cases: multipliers of their costs and benefit, their durations and start month. */
export function ScenarioUseCaseOverrides({
  scenario,
  useCases,
  labourRate,
  present,
  onSave,
}: {
  scenario: StoredScenario;
  useCases: readonly UseCase[];
  labourRate: number;
  present: Presenter;
  onSave: SaveScenario;
}) {
  const own = scenario.useCases;
  const free = useCases.filter((u) => !own[u.id]);
  const [pick, setPick] = useState('');
  const chosen = free.some((u) => u.id === pick) ? pick : (free[0]?.id ?? '');
  const set = (id: string, field: Field, label: string) => (v: number | null) =>
    onSave((s) => ({ ...s, useCases: { ...s.useCases, [id]: { ...(s.useCases[id] ?? noScenarioUseCase()), [field]: v } } }), label);
  return (
    <fieldset className="scenario-editor__group scenario-use-cases">
      <legend>Chosen use cases</legend>
      {Object.keys(own).length === 0 && <p className="muted">No use case of its own: every use case as in the base plan (with the assumptions above).</p>}
      {useCases
        .filter((u) => own[u.id])
        .map((u) => {
          const o = own[u.id]!;
          return (
            <fieldset key={u.id} className="scenario-use-case">
              <legend>{u.name}</legend>
              {FACTORS.map((f) => (
                <PlanNumberInput key={f.field} label={f.label} suffix="×" allowEmpty value={o[f.field]} hint={`Base plan: ${f.base(u, present, labourRate)}`} onCommit={set(u.id, f.field, `Change scenario ${f.label.toLowerCase()}`)} />
              ))}
              {MONTHS.map((f) => (
                <PlanNumberInput key={f.field} label={f.label} kind="count" allowEmpty value={o[f.field]} hint={`Base plan: ${f.base(u)}`} onCommit={set(u.id, f.field, `Change scenario ${f.label.toLowerCase()}`)} />
              ))}
              <button
                type="button"
                className="button button--small"
                onClick={() =>
                  void onSave((s) => {
                    const next = { ...s.useCases };
                    delete next[u.id];
                    return { ...s, useCases: next };
                  }, 'Remove scenario use-case change')
                }
              >
                Use the base plan for {u.name}
              </button>
            </fieldset>
          );
        })}
      {free.length > 0 && (
        <div className="scenario-editor__add">
          <SelectField label="Use case to change" value={chosen} options={free.map((u) => ({ value: u.id, label: u.name }))} onChange={setPick} />
          <button type="button" className="button" disabled={!chosen} onClick={() => void onSave((s) => ({ ...s, useCases: { ...s.useCases, [chosen]: noScenarioUseCase() } }), 'Change a use case in a scenario')}>
            Change this use case
          </button>
        </div>
      )}
    </fieldset>
  );
}
