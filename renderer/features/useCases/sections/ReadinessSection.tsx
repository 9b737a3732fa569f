import { ReadinessMappingTable } from '@renderer/components/ReadinessMappingTable';
import { TextArea } from '@renderer/components/inputs';
import { BLOCKER_SCORE, READINESS_DIMENSIONS, READINESS_LABELS } from '@shared/domain';
import { readinessSummary } from '@shared/finance';
import { presenter } from '@shared/presentation';
import { RadioGroup } from '../RadioGroup';
import { NOT_ASSESSED_OPTION, READINESS_QUESTIONS, SCORE_LABELS, SCORES, readinessNames } from '../readinessGuide';
import { WarningList } from '../WarningList';
import type { SectionProps } from './sectionProps';

const SCORE_OPTIONS: readonly { value: number | null; label: string }[] = [
  { value: null, label: NOT_ASSESSED_OPTION },
  ...SCORES.map((s) => ({ value: s, label: `${s} ${SCORE_LABELS[s]}` })),
];

/** The five killers, each "not assessed" until scored 1–5, with their guiding questions and a note each, and the readiness → probability mapping. */
export function ReadinessSection({ values, set, errors, warnings, workspace }: SectionProps) {
  const mapping = workspace.readinessMapping;
  const summary = readinessSummary(values.readiness, mapping);
  const present = presenter(workspace);
  return (
    <section className="card uc-section" aria-labelledby="uc-readiness">
      <h2 id="uc-readiness">Readiness for production</h2>
      <p className="muted">Most pilots die before production for one of five reasons. Score each honestly; a 1 is a blocker.</p>
      {READINESS_DIMENSIONS.map((d) => {
        const entry = values.readiness[d];
        const blocked = entry.score !== null && entry.score <= BLOCKER_SCORE;
        return (
          <div key={d} className={`uc-dimension${blocked ? ' uc-dimension--blocker' : ''}${entry.score === null ? ' uc-dimension--open' : ''}`}>
            <h3>
              {READINESS_LABELS[d]} {blocked && <span className="badge badge--blocker">Blocker</span>}
              {entry.score === null && <span className="badge badge--unclassified">Not assessed</span>}
            </h3>
            <ul className="uc-questions">
              {READINESS_QUESTIONS[d].map((q) => (
                <li key={q.topic}>
                  <strong>{q.topic}:</strong> {q.question}
                </li>
              ))}
            </ul>
            <RadioGroup
              legend={`Score for ${READINESS_LABELS[d]}`}
              className="uc-scores"
              options={SCORE_OPTIONS}
              value={entry.score}
              onChange={(v) => set(`readiness.${d}.score`, v)}
            />
            <WarningList items={warnings[`readiness.${d}.score`]} />
            <TextArea
              label={`Note on ${READINESS_LABELS[d]}`}
              rows={2}
              value={entry.note}
              onChange={(v) => set(`readiness.${d}.note`, v)}
              error={errors[`readiness.${d}.note`]}
            />
          </div>
        );
      })}
      <div className="callout uc-probability" aria-live="polite">
        {summary.average === null || summary.probability === null ? (
          <p>
            Readiness not assessed: <strong>{readinessNames(summary.notAssessed)}</strong> {summary.notAssessed.length === 1 ? 'has' : 'have'} no score yet. No
            chance of reaching production is computed, and the candidate is not funded, until all five are scored.
          </p>
        ) : (
          <p>
            Average readiness <strong>{present.number(summary.average, 1)}</strong> → chance of reaching production <strong>{present.probability(summary.probability)}</strong>
            {summary.blockers.length > 0 &&
              ` (capped at ${present.percent(mapping.blockerCap, 0)} by ${summary.blockers.length === 1 ? 'a blocker' : `${summary.blockers.length} blockers`})`}
            .
          </p>
        )}
        <ReadinessMappingTable
          mapping={mapping}
          className="table uc-mapping"
          caption="This workspace's readiness → probability mapping (linear between the points; change it in Settings)"
        />
      </div>
    </section>
  );
}
