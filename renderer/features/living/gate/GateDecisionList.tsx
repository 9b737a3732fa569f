import { GATE_CHOICE_LABELS, type GateDecision } from '@shared/domain';
import type { Presenter } from '@shared/presentation';

/** Past last-mile decisions, newest first, each with the figures it was taken on (as they were then). */
export function GateDecisionList({ decisions, present }: { decisions: readonly GateDecision[]; present: Presenter }) {
  if (decisions.length === 0) return null;
  const { money } = present;
  return (
    <section className="card living-gate__past" aria-labelledby="gate-past">
      <h2 id="gate-past">Decisions taken</h2>
      {[...decisions].reverse().map((d) => {
        const f = d.figures;
        return (
          <article key={d.at} className="living-gate__decision" aria-label={`${GATE_CHOICE_LABELS[d.choice]}, ${present.calendarMonth(d.month)}`}>
            <h3>
              {GATE_CHOICE_LABELS[d.choice]}
              {d.choice === 'extend-pilot' && d.extensionMonths !== null ? ` by ${d.extensionMonths} ${d.extensionMonths === 1 ? 'month' : 'months'}` : ''} —{' '}
              {present.calendarMonth(d.month)}
            </h3>
            <p>
              Decided by <strong>{d.by}</strong>
            </p>
            <blockquote className="living-gate__rationale">{d.rationale}</blockquote>
            <h4>The figures at the time</h4>
            <dl className="living-gate__figures">
              <dt>Last mile still to spend</dt>
              <dd>
                {money(f.remainingLastMileCost)} over {f.remainingLastMileMonths} {f.remainingLastMileMonths === 1 ? 'month' : 'months'}
              </dd>
              <dt>Run cost per month</dt>
              <dd>{money(f.monthlyRunCost)}</dd>
              <dt>Benefit per month at full adoption</dt>
              <dd>{money(f.monthlyBenefitAtFull)}</dd>
              <dt>NPV from then on</dt>
              <dd>{money(f.forwardNpv)}</dd>
              <dt>Expected NPV from then on</dt>
              <dd>{f.forwardExpectedNpv === null ? 'no probability then' : money(f.forwardExpectedNpv)}</dd>
              <dt>Chance of reaching production</dt>
              <dd>{f.probability === null ? 'not known then' : present.probability(f.probability)}</dd>
              <dt>Already spent (sunk)</dt>
              <dd>{money(f.sunkCost)}</dd>
              <dt>Risks open</dt>
              <dd>{f.openRisks.length === 0 ? 'none' : f.openRisks.join('; ')}</dd>
            </dl>
          </article>
        );
      })}
    </section>
  );
}
