import { useId, useState } from 'react';
import type { VotingRules } from '@shared/domain';
import { defaultRules } from '@shared/workshop';
import { NumberField } from '@renderer/components/inputs';

const MAX_CRITERIA = 4;

/** "Value", "Value and Feasibility", "Value, Feasibility and Risk". */
const andList = (labels: readonly string[]) => (labels.length < 2 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`);

/**
 * The rules of the vote, chosen by the facilitator before the first ballot: scores from 1 to 5 on up to four criteria
 * (Value and Feasibility to begin with), or a number of dots each. Fixed once the first ballot is in.
 */
export function VotingRulesForm({ rules, locked, onChange, makeId }: { rules: VotingRules; locked: boolean; onChange: (rules: VotingRules) => void; makeId: () => string }) {
  const base = useId();
  const [adding, setAdding] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [dots, setDots] = useState(rules.dotsPerPerson);
  const add = () => {
    const label = adding.trim();
    if (label === '') return setError('Name the criterion first.');
    if (rules.criteria.some((c) => c.label.toLocaleLowerCase() === label.toLocaleLowerCase())) return setError(`“${label}” is already a criterion.`);
    if (label.length > 60) return setError('A criterion is at most 60 characters.');
    setError(null);
    setAdding('');
    onChange({ ...rules, criteria: [...rules.criteria, { id: makeId(), label }] });
  };
  if (locked) {
    return (
      <p className="workshop-rules-fixed">
        {rules.mode === 'scale'
          ? `Each candidate is scored from 1 to 5 on ${andList(rules.criteria.map((c) => c.label))}.`
          : `Each participant has ${rules.dotsPerPerson} dots to give.`}{' '}
        The rules are fixed now that votes are in.
      </p>
    );
  }
  return (
    <fieldset className="card workshop-rules">
      <legend>How the room votes</legend>
      <div role="radiogroup" aria-label="Voting by" className="workshop-rules__mode">
        <label>
          <input type="radio" name={`${base}-mode`} checked={rules.mode === 'scale'} onChange={() => onChange(defaultRules(makeId))} /> Scores from 1 to 5 on each criterion
        </label>
        <label>
          <input
            type="radio"
            name={`${base}-mode`}
            checked={rules.mode === 'dots'}
            onChange={() => onChange({ mode: 'dots', criteria: [{ id: makeId(), label: 'Dots' }], dotsPerPerson: rules.dotsPerPerson })}
          />{' '}
          Dots: a fixed number each, spread over the candidates
        </label>
      </div>
      {rules.mode === 'scale' ? (
        <>
          <h3 id={`${base}-criteria`}>Criteria</h3>
          <ul aria-labelledby={`${base}-criteria`} className="workshop-rules__criteria">
            {rules.criteria.map((c) => (
              <li key={c.id}>
                {c.label}{' '}
                <button
                  type="button"
                  className="button button--small"
                  disabled={rules.criteria.length === 1}
                  aria-label={`Remove the criterion ${c.label}`}
                  onClick={() => onChange({ ...rules, criteria: rules.criteria.filter((x) => x.id !== c.id) })}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
          {rules.criteria.length < MAX_CRITERIA && (
            <div className="workshop-rules__add">
              <label htmlFor={`${base}-add`}>Add a criterion</label>
              <input
                id={`${base}-add`}
                value={adding}
                maxLength={60}
                onChange={(e) => setAdding(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    add();
                  }
                }}
                aria-describedby={error ? `${base}-error` : undefined}
              />
              <button type="button" className="button button--small" onClick={add}>
                Add
              </button>
              {error && (
                <p id={`${base}-error`} className="field__error" role="alert">
                  {error}
                </p>
              )}
            </div>
          )}
        </>
      ) : (
        <NumberField
          label="Dots per person"
          kind="number"
          value={dots}
          hint="Between 1 and 50."
          error={Number.isInteger(dots) && dots >= 1 && dots <= 50 ? undefined : 'Dots per person is a whole number from 1 to 50'}
          onChange={(v) => {
            setDots(v);
            if (Number.isInteger(v) && v >= 1 && v <= 50) onChange({ ...rules, dotsPerPerson: v });
          }}
        />
      )}
    </fieldset>
  );
}
