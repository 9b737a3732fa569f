import { useMemo } from 'react';
import { useUseCases, useWorkspace } from '@renderer/db';
import { decisionRecord } from '@shared/analysis/decisionRecord';
import { GATE_CHOICE_LABELS } from '@shared/domain';
import { presenter } from '@shared/presentation';
import { personLabel, useFundingDecisions } from './useRecord';

/** Every funding decision and last-mile gate decision, newest first, with the figures it was taken on. */
export function DecisionRecord({ workspaceId }: { workspaceId: string }) {
  const workspace = useWorkspace(workspaceId);
  const useCases = useUseCases(workspaceId);
  const funding = useFundingDecisions(workspaceId);
  const list = useMemo(() => (useCases && funding ? decisionRecord(funding, useCases) : null), [useCases, funding]);
  if (!workspace || !list) return <p role="status">Loading the decisions…</p>;
  if (list.length === 0) {
    return <p className="empty">No decisions recorded yet. Record a funding decision on the Portfolio page, or take a last-mile decision on a finished pilot.</p>;
  }
  const p = presenter(workspace);
  return (
    <ol className="decision-record">
      {list.map((d) => (
        <li key={`${d.kind}-${d.at}-${d.title}`} className="card decision-record__item">
          <h2>
            {d.kind === 'funding' ? `Funding decision: ${d.title}` : `Last-mile decision on “${d.useCaseName}”: ${GATE_CHOICE_LABELS[d.decision.choice]}`}
          </h2>
          <p className="decision-record__meta">
            {p.calendarMonth(d.month)} · decided by {personLabel(d.by)} · recorded {d.at.slice(0, 10)}
          </p>
          <p>{d.rationale}</p>
          {d.kind === 'funding' ? (
            <dl className="decision-record__figures">
              <dt>Budget</dt>
              <dd>{p.money(d.decision.figures.budget)}</dd>
              <dt>Funded</dt>
              <dd>{d.decision.figures.fundedNames.length === 0 ? 'nothing' : d.decision.figures.fundedNames.join(', ')}</dd>
              <dt>Investment asked of the budget</dt>
              <dd>{p.money(d.decision.figures.totalInvestment)}</dd>
              <dt>Expected NPV</dt>
              <dd>{p.money(d.decision.figures.expectedNpv)}</dd>
              <dt>Committed, outside the budget</dt>
              <dd>{p.money(d.decision.figures.committedInvestment)}</dd>
              <dt>Already spent</dt>
              <dd>{p.money(d.decision.figures.sunkCost)}</dd>
            </dl>
          ) : (
            <dl className="decision-record__figures">
              <dt>Remaining last-mile cost</dt>
              <dd>{p.money(d.decision.figures.remainingLastMileCost)}</dd>
              <dt>Remaining months</dt>
              <dd>{p.number(d.decision.figures.remainingLastMileMonths)}</dd>
              <dt>Forward NPV</dt>
              <dd>{p.money(d.decision.figures.forwardNpv)}</dd>
              <dt>Forward expected NPV</dt>
              <dd>{d.decision.figures.forwardExpectedNpv === null ? 'readiness not re-assessed' : p.money(d.decision.figures.forwardExpectedNpv)}</dd>
              <dt>Probability of production</dt>
              <dd>{p.probability(d.decision.figures.probability)}</dd>
              <dt>Already spent</dt>
              <dd>{p.money(d.decision.figures.sunkCost)}</dd>
              <dt>Risks still open</dt>
              <dd>{d.decision.figures.openRisks.length === 0 ? 'none' : d.decision.figures.openRisks.join('; ')}</dd>
            </dl>
          )}
        </li>
      ))}
    </ol>
  );
}
