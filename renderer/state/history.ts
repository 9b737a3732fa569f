import { create } from 'zustand';
import { repositories, writeSide, type ChangeSet } from '@renderer/db';

const LIMIT = 200;

interface HistoryState {
  past: ChangeSet[];
  future: ChangeSet[];
  /** Remembers an edit that has already been written, so it can be undone. */
  record: (set: ChangeSet) => void;
  undo: () => Promise<ChangeSet | null>;
  redo: () => Promise<ChangeSet | null>;
}

let queue: Promise<unknown> = Promise.resolve();
/** Undo and redo run one at a time, in order, even when keys are pressed quickly. */
function serial<T>(job: () => Promise<T>): Promise<T> {
  const next = queue.then(job, job);
  queue = next.catch(() => undefined);
  return next;
}

/** App-wide undo/redo of edits: every repository write returns the records it changed, replayed here. */
export const useHistory = create<HistoryState>()((set, get) => ({
  past: [],
  future: [],
  record: (change) => set((s) => ({ past: [...s.past, change].slice(-LIMIT), future: [] })),
  undo: () =>
    serial(async () => {
      const last = get().past.at(-1);
      if (!last) return null;
      await writeSide(repositories().db, last, 'before');
      set((s) => ({ past: s.past.slice(0, -1), future: [...s.future, last] }));
      return last;
    }),
  redo: () =>
    serial(async () => {
      const next = get().future.at(-1);
      if (!next) return null;
      await writeSide(repositories().db, next, 'after');
      set((s) => ({ future: s.future.slice(0, -1), past: [...s.past, next] }));
      return next;
    }),
}));

