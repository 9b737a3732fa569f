import { useRef } from 'react';
import { currentStage, STAGE_LABELS, type UseCase, type Workspace } from '@shared/domain';
import { presenter } from '@shared/presentation';
import { gateHref, WaitingForDecision } from '../gate/gateLinks';
import { useTodayMonth } from '../today';
import { StageMoveForm } from './StageMoveForm';
import './stage.css';

/**
 * Where the use case stands in its life: the current stage, its dated history, and the moves valid from here. A
 * finished, successful pilot waits for the last-mile decision, which has a page of its own.
 */
export function StageSection({ useCase, workspace }: { useCase: UseCase; workspace: Workspace }) {
  const todayMonth = useTodayMonth();
  const present = presenter(workspace);
  const { history, decisions } = useCase.lifecycle;
  const stage = currentStage(useCase.lifecycle);
  const last = history.at(-1);
  const heading = useRef<HTMLHeadingElement>(null);
  return (
    <section className="card uc-section living-stage" aria-labelledby="living-stage-title">
      <h2 id="living-stage-title" ref={heading} tabIndex={-1}>
        Stage
      </h2>
      <p className="living-stage__now">
        Now: <strong className="living-stage__current">{STAGE_LABELS[stage]}</strong>
        {last ? ` since ${present.calendarMonth(last.month)}` : ' (no stage recorded yet)'}
      </p>
      {stage === 'pilot-succeeded' && <WaitingForDecision useCase={useCase} present={present} />}
      {history.length > 0 && (
        <table className="table living-history">
          <caption>Stage history</caption>
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col">Stage</th>
              <th scope="col">By</th>
              <th scope="col">Note</th>
            </tr>
          </thead>
          <tbody>
            {history.map((c, i) => (
              <tr key={`${c.at}-${i}`}>
                <td>{present.calendarMonth(c.month)}</td>
                <td>{STAGE_LABELS[c.stage]}</td>
                <td>{c.by || '—'}</td>
                <td>
                  {c.note}
                  {c.evidence && <span className="living-history__evidence">{c.note ? ' · ' : ''}readiness re-assessed with what the pilot showed</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {decisions.length > 0 && stage !== 'pilot-succeeded' && (
        <p>
          <a href={gateHref(useCase)}>
            {decisions.length === 1 ? 'The last-mile decision' : `The ${decisions.length} last-mile decisions`} and the figures {decisions.length === 1 ? 'it was' : 'they were'} taken on
          </a>
        </p>
      )}
      {stage !== 'pilot-succeeded' && <StageMoveForm key={`${history.length}-${stage}`} useCase={useCase} todayMonth={todayMonth} onRecorded={() => heading.current?.focus()} />}
    </section>
  );
}
