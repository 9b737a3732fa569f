import type { Workspace } from '@shared/domain';
import { presenter } from '@shared/presentation';
import { methodSections, type MethodCostBasis, type MethodRoomVote } from '@shared/presentation/methodText';

/**
 * The money conventions in words, with this workspace's figures filled in (the wording the deck also uses); `today`
 * (plan month T) adds the forward-looking convention once the plan has started.
 */
export function MethodText({ workspace, today = 1, costBasis = 'likely', roomVote = null }: { workspace: Workspace; today?: number; costBasis?: MethodCostBasis; roomVote?: MethodRoomVote | null }) {
  const sections = methodSections(workspace, presenter(workspace), today, costBasis, roomVote);
  return (
    <div className="bp-method">
      <h3>How the figures are calculated</h3>
      <dl className="bp-method__list">
        {sections.map((s) => [<dt key={`${s.title}-t`}>{s.title}</dt>, <dd key={`${s.title}-d`}>{s.text}</dd>])}
      </dl>
    </div>
  );
}
