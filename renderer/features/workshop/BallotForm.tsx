import { useId, useState } from 'react';
import { SCALE_MAX, type BallotCandidate, type Vote, type VotingRules } from '@shared/domain';

const SCORES = Array.from({ length: SCALE_MAX }, (_, i) => i + 1);

/** The votes a ballot's choices make (scores or dots given), for one participant. */
export function ballotVotes(rules: VotingRules, participantId: string, chosen: ReadonlyMap<string, number>): Vote[] {
  const votes: Vote[] = [];
  for (const [k, value] of chosen) {
    const [useCaseId, criterionId] = k.split('\u0000') as [string, string];
    if (rules.mode === 'dots' && value === 0) continue;
    votes.push({ participantId, useCaseId, criterionId, value });
  }
  return votes;
}

const cell = (useCaseId: string, criterionId: string) => `${useCaseId}\u0000${criterionId}`;

/**
 * One participant's ballot, on the facilitator's screen: a score from 1 to 5 per candidate and criterion, or their
 * dots spread over the candidates. Nothing of anyone else's votes is shown. `onDone` saves the ballot and answers
 * the reason it was refused, or null.
 */
export function BallotForm({
  name,
  participantId,
  rules,
  candidates,
  onDone,
  onCancel,
}: {
  name: string;
  participantId: string;
  rules: VotingRules;
  candidates: readonly BallotCandidate[];
  onDone: (votes: Vote[]) => Promise<string | null>;
  onCancel: () => void;
}) {
  const base = useId();
  const [chosen, setChosen] = useState<ReadonlyMap<string, number>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set = (k: string, value: number) =>
    setChosen((m) => {
      const next = new Map(m);
      next.set(k, value);
      return next;
    });
  const criterion = rules.criteria[0];
  const dotsGiven = [...chosen.values()].reduce((a, b) => a + b, 0);
  const dotsLeft = rules.dotsPerPerson - dotsGiven;
  const votes = ballotVotes(rules, participantId, chosen);
  const scored = rules.mode === 'scale' ? votes.length : dotsGiven;
  const possible = rules.mode === 'scale' ? candidates.length * rules.criteria.length : rules.dotsPerPerson;
  return (
    <form
      className="card workshop-ballot"
      aria-labelledby={`${base}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        if (saving) return;
        if (votes.length === 0) {
          setError(rules.mode === 'scale' ? 'Give at least one score before handing back the laptop.' : 'Place at least one dot before handing back the laptop.');
          return;
        }
        setSaving(true);
        void onDone(votes).then((refusal) => {
          setSaving(false);
          setError(refusal);
        });
      }}
    >
      <h3 id={`${base}-title`} tabIndex={-1}>{name}’s ballot</h3>
      <p className="muted">
        {rules.mode === 'scale'
          ? `Score each candidate from 1 (low) to ${SCALE_MAX} (high). Leave a score out if you cannot judge it. Nobody sees your scores until the reveal.`
          : `You have ${rules.dotsPerPerson} dots: give them to the candidates you would fund, several to one if you like. Nobody sees your dots until the reveal.`}
      </p>
      {rules.mode === 'scale' ? (
        <table className="workshop-ballot__table">
          <thead>
            <tr>
              <th scope="col">Candidate</th>
              {rules.criteria.map((c) => (
                <th scope="col" key={c.id}>
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {candidates.map((u) => (
              <tr key={u.id}>
                <th scope="row">
                  <span className="workshop-ballot__name">{u.name}</span>
                  {u.line && <span className="muted workshop-ballot__line">{u.line}</span>}
                </th>
                {rules.criteria.map((c) => {
                  const k = cell(u.id, c.id);
                  return (
                    <td key={c.id}>
                      <div role="radiogroup" aria-label={`${c.label}: ${u.name}`} className="workshop-scores">
                        {SCORES.map((s) => (
                          <label key={s} className="workshop-scores__choice">
                            <input type="radio" name={`${base}-${k}`} value={s} checked={chosen.get(k) === s} onChange={() => set(k, s)} />
                            <span>{s}</span>
                          </label>
                        ))}
                      </div>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        criterion && (
          <table className="workshop-ballot__table">
            <thead>
              <tr>
                <th scope="col">Candidate</th>
                <th scope="col">{criterion.label}</th>
              </tr>
            </thead>
            <tbody>
              {candidates.map((u) => {
                const k = cell(u.id, criterion.id);
                const given = chosen.get(k) ?? 0;
                return (
                  <tr key={u.id}>
                    <th scope="row">
                      <span className="workshop-ballot__name">{u.name}</span>
                      {u.line && <span className="muted workshop-ballot__line">{u.line}</span>}
                    </th>
                    <td>
                      <span className="workshop-dots">
                        <button type="button" className="button button--small" aria-label={`Take a dot from ${u.name}`} disabled={given === 0} onClick={() => set(k, given - 1)}>
                          −
                        </button>
                        <output aria-label={`Dots on ${u.name}`}>{given}</output>
                        <button type="button" className="button button--small" aria-label={`Give a dot to ${u.name}`} disabled={dotsLeft <= 0} onClick={() => set(k, given + 1)}>
                          +
                        </button>
                      </span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )
      )}
      <p role="status" className="muted">
        {rules.mode === 'scale' ? `${scored} of ${possible} scores given.` : `${dotsLeft} of ${possible} dots left.`}
      </p>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <div className="workshop-actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          Done, hide my votes
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Not now, hand back without voting
        </button>
      </div>
    </form>
  );
}
