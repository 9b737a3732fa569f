import { TextArea } from '@renderer/components/inputs';
import { CLASSIFICATIONS, CLASSIFICATION_LABELS, UNCLASSIFIED_LABEL, suggestClassification, type Classification, type RubricAnswers } from '@shared/domain';
import { ClassificationBadge } from '../ClassificationBadge';
import { answerRubric, classificationStance } from '../classificationModel';
import { RadioGroup } from '../RadioGroup';
import { WarningList } from '../WarningList';
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

const KINDS: { value: Classification | null; label: string }[] = [
  ...CLASSIFICATIONS.map((c) => ({ value: c, label: CLASSIFICATION_LABELS[c] })),
  { value: null, label: UNCLASSIFIED_LABEL },
];

/**
 * The guided rubric, its suggestion with the reasons, and the classification: applied from the rubric once all four
 * questions are answered; choosing the other kind overrides it and needs a rationale.
 */
export function ClassificationSection({ values, set, errors, warnings }: SectionProps) {
  const { classification } = values;
  const suggestion = suggestClassification(classification.rubric);
  const stance = classificationStance(classification);
  const stanceText =
    stance === 'follows'
      ? 'Your classification follows the suggestion.'
      : stance === 'overrides' && suggestion
        ? `Your classification overrides the suggestion (${CLASSIFICATION_LABELS[suggestion.kind]}): a rationale is required.`
        : stance === 'unclassified'
          ? 'Not classified yet: the suggestion is applied once all four questions are answered.'
          : 'Chosen without a suggestion from the rubric: say why in the rationale.';
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
            onChange={(v) => set('classification', answerRubric(classification, q.key, v))}
          />
        ))}
      </div>
      <div className={`callout uc-suggestion uc-suggestion--${stance}`} role="status" aria-live="polite">
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
        <p className="uc-suggestion__stance">{stanceText}</p>
      </div>
      <RadioGroup
        legend="Your classification"
        options={KINDS}
        value={classification.kind}
        onChange={(v) => set('classification.kind', v)}
        hint="Applied from the rubric once all four questions are answered; choose the other kind to override it, with a rationale."
      />
      <WarningList items={warnings['classification.kind']} />
      {suggestion !== null && stance === 'overrides' && (
        <button type="button" className="button button--small" onClick={() => set('classification.kind', suggestion.kind)}>
          Use the suggestion ({CLASSIFICATION_LABELS[suggestion.kind]})
        </button>
      )}
      <TextArea
        label="Rationale"
        hint={stance === 'overrides' ? 'Required: why the team classifies it against the rubric, in a sentence the board can read' : 'Why this classification, in a sentence the board can read'}
        value={classification.rationale}
        onChange={(v) => set('classification.rationale', v)}
        error={errors['classification.rationale']}
      />
    </section>
  );
}
