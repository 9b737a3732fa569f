import { ClassificationBadge } from '@renderer/features/useCases/ClassificationBadge';
import { countedExpectedNpv, type CandidateAnalysis } from '@shared/analysis';
import { problemMonthlyCost, READINESS_DIMENSIONS, READINESS_LABELS } from '@shared/domain';
import { forwardLabel, NEEDS_EVIDENCE, NOT_ASSESSED } from '@shared/presentation';
import type { DeckInput } from '../deck';

function Figure({ label, value, detail, tone, long }: { label: string; value: string; detail?: string; tone?: 'positive' | 'negative'; long?: boolean }) {
  return (
    <div className={`present-figure${tone ? ` present-figure--${tone}` : ''}`}>
      <dt>{label}</dt>
      <dd>
        <span className={`present-figure__value${long ? ' present-figure__value--long' : ''}`}>{value}</span>
        {detail ? <span className="present-figure__detail">{detail}</span> : null}
      </dd>
    </div>
  );
}

/**
 * One candidate's case on one screen, the decision first: funded or not and why; then the problem it answers, what the
 * pilot and the last mile cost, what it returns (NPV, payback, ROI) and how ready it is on the five dimensions.
 */
export function CaseSlide({ row, input }: { row: CandidateAnalysis; input: DeckInput }) {
  const { workspace, notes, present: p } = input;
  const { useCase: uc, problem, metrics } = row;
  const note = notes?.get(uc.id);
  const today = metrics.living.today;
  const fwd = (label: string) => forwardLabel(label, p, today);
  const problemCost = problem ? problemMonthlyCost(problem, workspace.labourRate) : null;
  const enpv = metrics.expectedNpv;
  const ratio = metrics.pilotCost > 0 ? metrics.lastMileCost / metrics.pilotCost : null;
  return (
    <div className="present-case">
      <p className={`present-case__decision present-case__decision--${note ? (note.funded ? 'funded' : 'not-funded') : 'open'}`}>
        <strong>{note ? (note.funded ? note.status : `Not funded: ${note.status}`) : 'Funding being worked out'}</strong>
        {note ? <span> {note.funded ? note.detail : note.tradeOff ?? note.detail}</span> : null}
      </p>
      <div className="present-case__grid">
        <div className="present-case__story">
          <h2 className="present-case__label">The problem</h2>
          <p className="present-case__problem">{problem ? problem.title : 'Its problem is missing from the workspace.'}</p>
          {problem ? (
            <p className="present-case__small">
              {problemCost === null ? 'Monthly cost not given' : `Costs ${p.money(problemCost)} a month`}
              {problem.owner.trim() ? ` · owned by ${problem.owner.trim()}` : ''}
            </p>
          ) : null}
          <h2 className="present-case__label">The candidate</h2>
          <p className="present-case__small">
            <ClassificationBadge kind={uc.classification.kind} /> Rank {row.rank} · score {p.number(row.score.total, 1)}
            {uc.aiPattern.trim() ? ` · ${uc.aiPattern.trim()}` : ''}
          </p>
          {uc.description.trim() ? <p className="present-case__text">{uc.description.trim()}</p> : null}
          <h2 className="present-case__label">Readiness</h2>
          <ul className="present-readiness" aria-label="Readiness, each scored 1 to 5">
            {READINESS_DIMENSIONS.map((d) => {
              const score = uc.readiness[d].score;
              return (
                <li key={d} className={score !== null && score <= 1 ? 'present-readiness__item present-readiness__item--blocker' : 'present-readiness__item'}>
                  <span className="present-readiness__name">{READINESS_LABELS[d]}</span>
                  <span className="present-readiness__bar" aria-hidden="true">
                    <span className="present-readiness__fill" style={{ width: `${((score ?? 0) / 5) * 100}%` }} />
                  </span>
                  <span className="present-readiness__score">{score === null ? 'not assessed' : `${score} of 5${score <= 1 ? ': blocker' : ''}`}</span>
                </li>
              );
            })}
          </ul>
        </div>
        <div>
          <dl className="present-case__figures" aria-label={`${uc.name} in figures`}>
            <Figure label="Pilot" value={p.money(metrics.pilotCost)} />
            <Figure label="Last mile" value={p.money(metrics.lastMileCost)} {...(ratio === null ? {} : { detail: `${p.multiple(ratio)} the pilot` })} />
            <Figure
              label={fwd('Expected NPV')}
              value={enpv === null ? p.money(countedExpectedNpv(row)) : p.money(enpv)}
              detail={enpv === null ? `its pilot only: ${metrics.living.needsEvidence ? NEEDS_EVIDENCE : NOT_ASSESSED}` : `risked by readiness; ${p.money(metrics.npv)} unrisked`}
              tone={(enpv ?? countedExpectedNpv(row)) >= 0 ? 'positive' : 'negative'}
            />
            <Figure label={fwd('Payback')} value={p.payback(metrics.paybackMonth)} long />
            <Figure label={fwd('ROI')} value={p.roi(metrics.roi)} />
            <Figure label="Chance of production" value={p.probability(metrics.probability)} />
          </dl>
          {metrics.pilotCost + metrics.lastMileCost > 0 ? (
            <figure className="present-split">
              <div className="present-split__bar" aria-hidden="true">
                <span className="present-split__pilot" style={{ flexGrow: metrics.pilotCost }} />
                <span className="present-split__last-mile" style={{ flexGrow: metrics.lastMileCost }} />
              </div>
              <figcaption>
                <span className="present-split__key present-split__key--pilot">Pilot {p.percent(metrics.pilotCost / (metrics.pilotCost + metrics.lastMileCost), 0)}</span>
                <span className="present-split__key present-split__key--last-mile">Last mile {p.percent(metrics.lastMileCost / (metrics.pilotCost + metrics.lastMileCost), 0)}</span>
                <span> of the cost to production</span>
              </figcaption>
            </figure>
          ) : null}
        </div>
      </div>
    </div>
  );
}
