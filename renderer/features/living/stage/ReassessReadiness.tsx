import { TextArea } from '@renderer/components/inputs';
import { RadioGroup } from '@renderer/features/useCases/RadioGroup';
import { SCORE_LABELS, SCORES } from '@renderer/features/useCases/readinessGuide';
import { READINESS_DIMENSIONS, READINESS_LABELS, type Readiness, type ReadinessDimension } from '@shared/domain';
import '@renderer/features/useCases/useCases.css';

const scoreText = (score: number | null) => (score === null ? 'not assessed' : `${score} ${SCORE_LABELS[score as 1 | 2 | 3 | 4 | 5]}`);
const OPTIONS = SCORES.map((s) => ({ value: s as number | null, label: `${s} ${SCORE_LABELS[s]}` }));

/** The dimensions not scored yet (a re-assessment needs all five). */
export function unscored(readiness: Readiness): ReadinessDimension[] {
  return READINESS_DIMENSIONS.filter((d) => readiness[d].score === null);
}

/** A re-assessment to fill in: every score open again (the estimate before the pilot no longer counts), the notes kept. */
export function freshAssessment(before: Readiness): Readiness {
  return Object.fromEntries(READINESS_DIMENSIONS.map((d) => [d, { score: null, note: before[d].note }])) as Readiness;
}

/**
 * The five readiness dimensions scored again in the light of what the pilot showed: the probability of reaching
 * production after a pilot comes from this, not from the guess made before it.
 */
export function ReassessReadiness(props: { value: Readiness; before: Readiness; onChange: (v: Readiness) => void; error?: string | undefined }) {
  const { value, before, onChange, error } = props;
  const set = (d: ReadinessDimension, patch: Partial<Readiness[ReadinessDimension]>) => onChange({ ...value, [d]: { ...value[d], ...patch } });
  return (
    <fieldset className="living-reassess">
      <legend>Readiness in the light of the pilot</legend>
      <p className="muted">
        What did the pilot show? Score the five again: the chance of reaching production now comes from this, not from the estimate made before the pilot.
        A score of 1 or 2 stays on the list of open risks for the last-mile decision.
      </p>
      {READINESS_DIMENSIONS.map((d) => (
        <div key={d} className="living-reassess__dimension">
          <RadioGroup
            legend={`${READINESS_LABELS[d]} after the pilot`}
            className="uc-scores"
            options={OPTIONS}
            value={value[d].score}
            onChange={(score) => set(d, { score })}
            hint={`Before the pilot: ${scoreText(before[d].score)}`}
          />
          <TextArea label={`What the pilot showed about ${READINESS_LABELS[d]}`} rows={2} value={value[d].note} onChange={(note) => set(d, { note })} />
        </div>
      ))}
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
