import { lastChangeTo, type UseCase } from '@shared/domain';
import { routeHash } from '@renderer/state/router';
import type { Presenter } from '@shared/presentation';

/** Address of a use case's last-mile decision page. */
export function gateHref(useCase: Pick<UseCase, 'id' | 'workspaceId'>): string {
  return routeHash({ page: 'gate', workspaceId: useCase.workspaceId, useCaseId: useCase.id });
}

/** "Waiting for a decision": a finished, successful pilot whose last mile nobody has decided yet, with the way to the decision. */
export function WaitingForDecision({ useCase, present }: { useCase: UseCase; present: Presenter }) {
  const finished = lastChangeTo(useCase.lifecycle, 'pilot-succeeded');
  return (
    <div className="callout callout--warning living-waiting">
      <p>
        <strong>Waiting for a decision:</strong> the pilot finished successfully{finished ? ` in ${present.calendarMonth(finished.month)}` : ''}. Fund the last
        mile, extend the pilot, or stop?
      </p>
      <p>
        <a className="button button--primary" href={gateHref(useCase)}>
          Open the last-mile decision
        </a>
      </p>
    </div>
  );
}
