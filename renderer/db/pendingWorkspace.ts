import { useSyncExternalStore } from 'react';
import type { WorkspaceBundle } from './bundleRepository';
import type { PlanRecord, StoredProblem, StoredUseCase, StoredWorkspace } from './database';

/**
 * A workspace shown from memory while its first write is under way: on a fresh profile the demo is on screen without
 * waiting for IndexedDB to open and take it. The records are exactly the ones being written (revision 1, as a first
 * write stores them), so when the write lands the live views carry on with the same data. Only one at a time; it is
 * dropped when the write settles (a failure is the writer's to report).
 */
export interface PendingWorkspace {
  workspace: StoredWorkspace;
  problems: StoredProblem[];
  useCases: StoredUseCase[];
  plan: PlanRecord | null;
  /** Labelled as a demo (its id is remembered as one by the same write). */
  demo: boolean;
}

let pending: PendingWorkspace | null = null;
const listeners = new Set<() => void>();
const notify = () => {
  for (const l of listeners) l();
};

/** The records a first write of `bundle` stores. */
export function storedRecords(bundle: WorkspaceBundle, demo: boolean): PendingWorkspace {
  const first = <T extends object>(r: T) => ({ ...r, revision: 1 });
  return {
    workspace: first(bundle.workspace),
    problems: bundle.problems.map(first),
    useCases: bundle.useCases.map(first),
    plan: bundle.plan === undefined ? null : { workspaceId: bundle.workspace.id, plan: bundle.plan, updatedAt: bundle.workspace.updatedAt, revision: 1 },
    demo,
  };
}

/** Shows `records` from memory until `write` settles; answers `write` itself. */
export function showWhileWriting<T>(records: PendingWorkspace, write: Promise<T>): Promise<T> {
  pending = records;
  notify();
  const drop = () => {
    if (pending === records) {
      pending = null;
      notify();
    }
  };
  write.then(drop, drop);
  return write;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The workspace shown from memory now (null when none is being written). */
export function usePendingWorkspace(): PendingWorkspace | null {
  return useSyncExternalStore(subscribe, () => pending);
}
