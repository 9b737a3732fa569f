import { useProblems, useUseCases, useWorkspace } from '@renderer/db';
import { StageSection } from '@renderer/features/living/stage/StageSection';
import { UseCaseEditor } from './UseCaseEditor';

/** Route 'useCase': loads the workspace, its problems and the use case, then shows the editor. */
export function UseCasePage({ workspaceId, useCaseId }: { workspaceId: string; useCaseId: string }) {
  const workspace = useWorkspace(workspaceId);
  const problems = useProblems(workspaceId);
  const useCases = useUseCases(workspaceId);
  if (workspace === undefined || problems === undefined || useCases === undefined) return <p>Loading…</p>;
  if (workspace === null) return <p className="empty">This workspace no longer exists.</p>;
  const useCase = useCases.find((u) => u.id === useCaseId);
  if (!useCase) {
    return (
      <p className="empty">
        This use case no longer exists (it may have been deleted; Undo brings it back).{' '}
        <a href={`#/w/${encodeURIComponent(workspaceId)}/problems`}>Back to the problems</a>
      </p>
    );
  }
  return <UseCaseEditor key={useCase.id} stored={useCase} workspace={workspace} problems={problems} stage={<StageSection useCase={useCase} workspace={workspace} />} />;
}
