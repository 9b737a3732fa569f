import type { FieldError } from '@shared/domain';
import type { ChangeSet } from './changes';

/** What a repository write answers: the saved value and the change (for undo), or every field fault. */
export type WriteResult<T> = { ok: true; value: T; change: ChangeSet } | { ok: false; errors: FieldError[] };

export function notFound(what: string): { ok: false; errors: FieldError[] } {
  return { ok: false, errors: [{ path: '', message: `${what} no longer exists (it may have been deleted in another window)` }] };
}
