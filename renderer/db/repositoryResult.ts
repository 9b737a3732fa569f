import type { FieldError } from '@shared/domain';
import type { ChangeSet } from './changes';

/**
 * Why a write was refused (beside the field errors, which always carry the plain message to show):
 * - 'conflict': the record changed since the form loaded it (another window, or an undo); `current` is the stored record now.
 * - 'storage-full': IndexedDB refused the write for quota; nothing was saved, the input can be kept and saved again.
 * - 'missing': the record (or the record it belongs to) no longer exists.
 * - 'invalid': a field or a reference is not valid (field errors name the path).
 * - 'cancelled': the user stopped a long write (an inventory import) before it finished; nothing was written.
 */
export type WriteFailureReason = 'conflict' | 'storage-full' | 'missing' | 'invalid' | 'cancelled';

export interface WriteFailure<T> {
  ok: false;
  errors: FieldError[];
  reason?: WriteFailureReason;
  /** With 'conflict': the stored record as it is now (with its revision), to show both versions side by side. */
  current?: T;
}

/** What a repository write answers: the saved value and the change (for undo), or why nothing was written. */
export type WriteResult<T> = { ok: true; value: T; change: ChangeSet } | WriteFailure<T>;

/** A stored record: the domain record plus its revision (1 when created, +1 on every write, undo and redo included). */
export type Revisioned<T> = T & { revision: number };

/** A cancelled inventory import (inventoryImport.ts): the transaction is rolled back. */
export const IMPORT_CANCELLED_MESSAGE = 'The import was cancelled; nothing was imported.';

export const STORAGE_FULL_MESSAGE =
  'The disk is full: the app could not save, so nothing was saved. Your input is kept; free some space and try again.';

export function notFound(what: string): WriteFailure<never> {
  return { ok: false, reason: 'missing', errors: [{ path: '', message: `${what} no longer exists (it may have been deleted in another window)` }] };
}

/** A stale save: `what` ("This use case") changed since the form loaded it; nothing was written. */
export function conflict<T>(what: string, current: T): WriteFailure<T> {
  return {
    ok: false,
    reason: 'conflict',
    current,
    errors: [{ path: '', message: `${what} was changed in another window since you opened it; nothing was saved. Compare both versions and save again.` }],
  };
}

export function storageFull(): WriteFailure<never> {
  return { ok: false, reason: 'storage-full', errors: [{ path: '', message: STORAGE_FULL_MESSAGE }] };
}

/** True for IndexedDB's quota refusal in any of its forms (the DOMException, Dexie's wrapped error, an abort caused by it). */
export function isQuotaError(e: unknown, depth = 0): boolean {
  if (depth > 5 || e === null || typeof e !== 'object') return false;
  const err = e as { name?: unknown; message?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (err.name === 'QuotaExceededError' || (typeof err.message === 'string' && /QuotaExceeded|quota has been exceeded/i.test(err.message))) return true;
  if (isQuotaError(err.inner, depth + 1) || isQuotaError(err.cause, depth + 1)) return true;
  return Array.isArray(err.failures) && err.failures.some((f) => isQuotaError(f, depth + 1));
}
