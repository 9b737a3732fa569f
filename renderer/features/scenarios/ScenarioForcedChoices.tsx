import { useState } from 'react';
import { SelectField, TextField } from '@renderer/components/inputs';
import type { StoredScenario } from '@renderer/db';
import type { UseCase } from '@shared/domain';
import type { PortfolioPlan } from '@shared/portfolio';
import type { SaveScenario } from './scenarioEdits';

type Mode = 'in' | 'out' | 'none';
const MODE_LABELS: Record<Mode, string> = { in: 'Forced in', out: 'Forced out', none: "Lift the base plan's choice" };

const noneOfItsOwn = (base: number) =>
  base === 0 ? 'None of its own, and the base plan forces none.' : `None of its own: the base plan's ${base === 1 ? 'forced choice applies' : `${base} forced choices apply`}.`;

/** The scenario's forced choices: added to the base plan's, winning over them; "lift" removes one the base plan makes. */
export function ScenarioForcedChoices({ scenario, plan, useCases, onSave }: { scenario: StoredScenario; plan: PortfolioPlan; useCases: readonly UseCase[]; onSave: SaveScenario }) {
  const forced = scenario.plan.forced;
  const free = useCases.filter((u) => !forced[u.id]);
  const [pick, setPick] = useState('');
  const [mode, setMode] = useState<Mode>('in');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const chosen = free.some((u) => u.id === pick) ? pick : (free[0]?.id ?? '');
  const name = (id: string) => useCases.find((u) => u.id === id)?.name ?? 'A use case';
  const save = async (change: (f: typeof forced) => typeof forced, label: string) => setError(await onSave((s) => ({ ...s, plan: { ...s.plan, forced: change(s.plan.forced) } }), label));
  return (
    <fieldset className="scenario-editor__group scenario-forced">
      <legend>Forced choices</legend>
      {Object.keys(forced).length === 0 ? (
        <p className="muted">{noneOfItsOwn(Object.keys(plan.forced).length)}</p>
      ) : (
        <ul className="scenario-list__plain">
          {Object.entries(forced).map(([id, c]) => (
            <li key={id}>
              <span>
                {name(id)}: {MODE_LABELS[c.mode]}
                {c.reason ? ` — ${c.reason}` : ''}
              </span>{' '}
              <button
                type="button"
                className="button button--small"
                aria-label={`Remove the forced choice on ${name(id)}`}
                onClick={() =>
                  void save((f) => {
                    const next = { ...f };
                    delete next[id];
                    return next;
                  }, 'Remove scenario forced choice')
                }
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {free.length > 0 && (
        <div className="scenario-editor__add">
          <SelectField label="Use case" value={chosen} options={free.map((u) => ({ value: u.id, label: u.name }))} onChange={setPick} />
          <SelectField<Mode> label="Choice" value={mode} options={(['in', 'out', 'none'] as const).map((m) => ({ value: m, label: MODE_LABELS[m] }))} onChange={setMode} />
          <TextField label="Reason" value={reason} onChange={setReason} />
          <button
            type="button"
            className="button"
            disabled={!chosen}
            onClick={() => {
              void save((f) => ({ ...f, [chosen]: { mode, reason: reason.trim() } }), 'Add scenario forced choice').then(() => setReason(''));
            }}
          >
            Add forced choice
          </button>
        </div>
      )}
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
