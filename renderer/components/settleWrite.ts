import { isQuotaError, STORAGE_FULL_MESSAGE, type WriteFailureReason } from '@renderer/db/repositoryResult';
import type { FieldError } from '@shared/domain';

export type WriteFailed = { ok: false; errors: FieldError[]; reason?: WriteFailureReason; current?: unknown };

/** A write's failure from what it threw: a full disk in plain words, anything else with its own message; nothing was saved. */
export function failureOf(error: unknown): WriteFailed {
  if (isQuotaError(error)) return { ok: false, reason: 'storage-full', errors: [{ path: '', message: STORAGE_FULL_MESSAGE }] };
  const detail = error instanceof Error && error.message ? error.message : String(error);
  return { ok: false, errors: [{ path: '', message: `Nothing was saved: ${detail}. Your input is kept; try again.` }] };
}

/**
 * A write that always answers: a repository write reports a full disk as a result, but anything that still throws
 * (a host call, a database that could not open) becomes a failure too, so a form never stays on "Saving…".
 */
export async function settleWrite<R extends { ok: boolean }>(write: Promise<R> | (() => Promise<R>)): Promise<R | WriteFailed> {
  try {
    return await (typeof write === 'function' ? write() : write);
  } catch (error) {
    return failureOf(error);
  }
}

/** True when a failure is a full disk (the user's input is kept; saving again once space is freed works). */
export function isStorageFull(r: { ok: boolean; reason?: string }): boolean {
  return !r.ok && r.reason === 'storage-full';
}

/** The revision a form loaded (stored records carry one; a record without one counts as revision 0). */
export function revisionOf(record: object): number {
  const r = (record as { revision?: unknown }).revision;
  return typeof r === 'number' ? r : 0;
}
