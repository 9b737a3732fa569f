import { TextArea } from '@renderer/components/inputs';
import { CLASSIFICATIONS, CLASSIFICATION_LABELS, type RubricAnswers } from '@shared/domain';
import { suggestClassification } from '@shared/domain';
import { ClassificationBadge } from '../ClassificationBadge';
import { RadioGroup } from '../RadioGroup';
import type { SectionProps } from './sectionProps';

const RUBRIC: { key: keyof RubricAnswers; question: string }[] = [
  { key: 'existingTask', question: 'Does it do a task people already do today?' },
  { key: 'timeOrCostSaving', question: 'Is the main benefit time or cost saved on that task?' },
  { key: 'newRevenueOrCapability', question: 'Does it create new revenue, a new offer, or a capability that was impossible before?' },
  { key: 'changesDecisionOrExperience', question: 'Does it change a decision, or what the customer experiences?' },
];

const ANSWERS = [
  { value: true, label: 'Yes' },
  { value: false, label: 'No' },
  { value: null, label: 'Unsure' },
] as const;

/** The guided rubric, the live suggestion with its reasons, the user's own call and the rationale. */
export function ClassificationSection({ values, set, errors }: SectionProps) {
  const { classification } = values;
  const suggestion = suggestClassification(classification.rubric);
  const overrides = suggestion !== null && suggestion.kind !== classification.kind;
  return (
    <section className="card uc-section" aria-labelledby="uc-classification">
      <h2 id="uc-classification">
        Classification <ClassificationBadge kind={classification.kind} />
      </h2>
      <p className="muted">
        Automation does what the business already does, faster or cheaper; its appeal fades once the saving is banked. Value creation does what the
        business could not do before, and builds an advantage.
      </p>
      <div className="uc-rubric">
        {RUBRIC.map((q) => (
          <RadioGroup<boolean | null>
            key={q.key}
            legend={q.question}
            options={ANSWERS}
            value={classification.rubric[q.key]}
            onChange={(v) => set(`classification.rubric.${q.key}`, v)}
          />
        ))}
      </div>
      <div className="callout uc-suggestion" role="status" aria-live="polite">
        {suggestion === null ? (
          <p>No suggestion yet: answer the question about new revenue, offers or capabilities (it decides most cases).</p>
        ) : (
          <>
            <p>
              Suggested: <ClassificationBadge kind={suggestion.kind} />
            </p>
            <ul>
              {suggestion.reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          </>
        )}
      </div>
      <RadioGroup
        legend="Your classification"
        options={CLASSIFICATIONS.map((c) => ({ value: c, label: CLASSIFICATION_LABELS[c] }))}
        value={classification.kind}
        onChange={(v) => set('classification.kind', v)}
        hint={
          suggestion === null
            ? 'Confirm once the rubric gives a suggestion, or choose now and say why below.'
            : overrides
              ? `This overrides the suggestion (${CLASSIFICATION_LABELS[suggestion.kind]}): say why in the rationale.`
              : 'This confirms the suggestion.'
        }
      />
      {suggestion !== null && overrides && (
        <button type="button" className="button button--small" onClick={() => set('classification.kind', suggestion.kind)}>
          Use the suggestion ({CLASSIFICATION_LABELS[suggestion.kind]})
        </button>
      )}
      <TextArea
        label="Rationale"
        hint="Why this classification, in a sentence the board can read"
        value={classification.rationale}
        onChange={(v) => set('classification.rationale', v)}
        error={errors['classification.rationale']}
      />
    </section>
  );
}
