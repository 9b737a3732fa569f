import { repositories, type StoredProblem, type UseCaseDisposal } from '@renderer/db';
import { perform } from '@renderer/state/actions';
import { useToasts } from '@renderer/state/toasts';

export async function deleteProblem(problem: StoredProblem, disposal: UseCaseDisposal): Promise<void> {
  const r = await perform(repositories().problems.remove(problem.id, disposal, problem.revision), { toast: `Deleted “${problem.title}”`, undoable: true });
  if (!r.ok) useToasts.getState().show(r.errors.map((e) => e.message).join('; '), { tone: 'error' });
}

export async function toggleParked(problem: StoredProblem): Promise<void> {
  const status = problem.status === 'parked' ? 'captured' : 'parked';
  const r = await perform(repositories().problems.setStatus(problem.id, status, problem.revision), {
    toast: status === 'parked' ? `Parked “${problem.title}”` : `Reopened “${problem.title}”`,
    undoable: true,
  });
  if (!r.ok) useToasts.getState().show(r.errors.map((e) => e.message).join('; '), { tone: 'error' });
}
