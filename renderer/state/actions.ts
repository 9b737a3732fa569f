import type { ChangeSet, WriteFailure, WriteResult } from '@renderer/db';
import { useHistory } from './history';
import { useToasts } from './toasts';

/**
 * Runs a repository write, records it for undo and offers "Undo" in a toast when asked to.
 * A refusal is answered as the repository gave it: field errors (errors[0].message is always a plain sentence),
 * `reason` ('conflict' with `current`, 'storage-full', 'missing', 'invalid'), so forms keep the input and can retry.
 */
export async function perform<T>(
  write: Promise<WriteResult<T>>,
  options: { toast?: string; undoable?: boolean } = {},
): Promise<{ ok: true; value: T } | WriteFailure<T>> {
  const result = await write;
  if (!result.ok) return result;
  useHistory.getState().record(result.change);
  if (options.toast) {
    useToasts.getState().show(options.toast, options.undoable ? { action: { label: 'Undo', run: () => void undoLast(result.change) } } : {});
  }
  return { ok: true, value: result.value };
}

/** Records a change that a repository already applied (e.g. a plan save). */
export function recordChange(change: ChangeSet): void {
  useHistory.getState().record(change);
}

async function undoLast(change: ChangeSet): Promise<void> {
  const { past, undo } = useHistory.getState();
  if (past.at(-1) === change) await undo();
  else useToasts.getState().show('Other edits were made since; use Undo in the toolbar to step back through them.', { tone: 'error' });
}
