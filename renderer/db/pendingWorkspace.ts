import { useSyncExternalStore } from 'react';
import { afterNextPaint } from '@renderer/state/idle';
import type { WorkspaceBundle } from './bundleRepository';
import type { ChangeSet } from './changes';
import type { PlanRecord, StoredProblem, StoredUseCase, StoredWorkspace } from './database';

/**
 * A workspace shown from memory instead of read back from IndexedDB: on a fresh profile the demo is on screen while
 * its first write is under way (without waiting for IndexedDB to open and take it), and a workspace file just imported
 * is listed from the records its write stored, once that write has committed, instead of after reading thousands of
 * records back. The records are exactly the ones stored (revisions included, in the order the live queries read them),
 * so when the live views take over they carry on with the same data. Only one at a time; it is dropped when the write
 * settles (a failure is the writer's to report), or after the first frame that shows a committed import.
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

/** Sorted as the live queries list a workspace's records (problems.list, useCases.list: by id, as IndexedDB orders keys). */
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The records of workspace `workspaceId` as a committed write stored them: the `after` side of its change set as
 * written (applyChangeSet's answer, with the revisions the write gave). Null when the set does not write the workspace.
 */
export function committedRecords(change: ChangeSet, workspaceId: string): PendingWorkspace | null {
  let workspace: StoredWorkspace | null = null;
  let plan: PlanRecord | null = null;
  const problems: StoredProblem[] = [];
  const useCases: StoredUseCase[] = [];
  for (const c of change.changes) {
    if (c.after === null || c.after === undefined) continue;
    if (c.table === 'workspaces' && c.key === workspaceId) workspace = c.after as StoredWorkspace;
    else if (c.table === 'plans' && c.key === workspaceId) plan = c.after as PlanRecord;
    else if (c.table === 'problems' && (c.after as StoredProblem).workspaceId === workspaceId) problems.push(c.after as StoredProblem);
    else if (c.table === 'useCases' && (c.after as StoredUseCase).workspaceId === workspaceId) useCases.push(c.after as StoredUseCase);
  }
  return workspace && { workspace, problems: problems.sort(byId), useCases: useCases.sort(byId), plan, demo: false };
}

/**
 * Shows the records of a COMMITTED write (committedRecords) from memory for the next frame, so a page opened on them
 * draws at once; the live views then read the stored records, keeping these on screen until they arrive (hooks.ts).
 */
export function showCommitted(records: PendingWorkspace): void {
  void showWhileWriting(records, afterNextPaint());
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
