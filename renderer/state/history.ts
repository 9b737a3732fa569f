import { create } from 'zustand';
import { repositories, writeSide, type ChangeSet, type WriteFailureReason } from '@renderer/db';
import { useToasts } from './toasts';

const LIMIT = 200;

/**
 * What an undo or redo did: the change set as written, or why nothing was written (the entry stays in the
 * history, so it can be tried again after the conflict is resolved or space is freed); null when there was nothing to do.
 */
export type HistoryOutcome = { ok: true; change: ChangeSet } | { ok: false; reason: WriteFailureReason; message: string } | null;

interface HistoryState {
  past: ChangeSet[];
  future: ChangeSet[];
  /** Remembers an edit that has already been written, so it can be undone. */
  record: (set: ChangeSet) => void;
  undo: () => Promise<HistoryOutcome>;
  redo: () => Promise<HistoryOutcome>;
}

let queue: Promise<unknown> = Promise.resolve();
/** Undo and redo run one at a time, in order, even when keys are pressed quickly. */
function serial<T>(job: () => Promise<T>): Promise<T> {
  const next = queue.then(job, job);
  queue = next.catch(() => undefined);
  return next;
}

/** Writes one side; a refusal (another window changed a record, a reference would dangle, the disk is full) is shown in a toast. */
async function replay(set: ChangeSet, side: 'before' | 'after'): Promise<Exclude<HistoryOutcome, null>> {
  const r = await writeSide(repositories().db, set, side);
  if (r.ok) return { ok: true, change: r.value };
  const message = r.errors[0]?.message ?? `${side === 'before' ? 'Undo' : 'Redo'} was not done.`;
  useToasts.getState().show(message, { tone: 'error', timeoutMs: 10_000 });
  return { ok: false, reason: r.reason ?? 'conflict', message };
}

/**
 * App-wide undo/redo of edits: every repository write returns the records it changed, replayed here. Each replay
 * first checks, inside its transaction, that every record still holds what the other side says; the entry moved
 * to the other stack is the change set as written (its new revisions), so the next redo or undo checks against it.
 */
export const useHistory = create<HistoryState>()((set, get) => ({
  past: [],
  future: [],
  record: (change) => set((s) => ({ past: [...s.past, change].slice(-LIMIT), future: [] })),
  undo: () =>
    serial(async () => {
      const last = get().past.at(-1);
      if (!last) return null;
      const outcome = await replay(last, 'before');
      if (outcome.ok) set((s) => ({ past: s.past.slice(0, -1), future: [...s.future, outcome.change] }));
      return outcome;
    }),
  redo: () =>
    serial(async () => {
      const next = get().future.at(-1);
      if (!next) return null;
      const outcome = await replay(next, 'after');
      if (outcome.ok) set((s) => ({ future: s.future.slice(0, -1), past: [...s.past, outcome.change] }));
      return outcome;
    }),
}));
