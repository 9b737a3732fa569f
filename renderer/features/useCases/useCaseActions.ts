import { revisionOf, settleWrite } from '@renderer/components/settleWrite';
import { repositories } from '@renderer/db';
import { perform } from '@renderer/state/actions';
import { navigate } from '@renderer/state/router';
import { useToasts } from '@renderer/state/toasts';
import { blankUseCaseInput, type FieldError, type UseCase, type UseCaseInput, type Workspace } from '@shared/domain';

function reportErrors(errors: FieldError[]): void {
  useToasts.getState().show(errors.map((e) => e.message).join('; '), { tone: 'error' });
}

/**
 * Adds a candidate under a problem with the workspace's default durations and opens its page. It has no costs yet, so
 * it is "not estimated" (left out of funding with that reason) until a cost is entered (docs/inventory.md).
 */
export async function addCandidate(workspace: Workspace, problemId: string, name: string): Promise<FieldError[]> {
  const input: UseCaseInput = { ...blankUseCaseInput(problemId, workspace.defaults), name, estimate: { source: 'none', referenceClass: '' } };
  const r = await settleWrite(perform(repositories().useCases.create(workspace.id, input), { toast: `Added “${name.trim()}”`, undoable: true }));
  if (!r.ok) return r.errors;
  navigate({ page: 'useCase', workspaceId: workspace.id, useCaseId: r.value.id });
  return [];
}

/** Saves an edit of a use case made on `expectedRevision` (a changed problem moves it); undoable. */
export async function saveUseCase(id: string, input: UseCaseInput, expectedRevision: number, label?: string) {
  return perform(repositories().useCases.update(id, input, expectedRevision, label), { toast: label ?? `Saved “${input.name.trim()}”`, undoable: true });
}

/** Deletes a use case (undo from the toast) and goes back to its problem. */
export async function deleteUseCase(useCase: UseCase): Promise<void> {
  const r = await settleWrite(perform(repositories().useCases.remove(useCase.id, revisionOf(useCase)), { toast: `Deleted “${useCase.name}”`, undoable: true }));
  if (!r.ok) return reportErrors(r.errors);
  navigate({ page: 'problem', workspaceId: useCase.workspaceId, problemId: useCase.problemId }, { discard: true });
}
