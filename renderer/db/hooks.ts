import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useRef } from 'react';
import type { PlanRecord, StoredProblem, StoredUseCase, StoredWorkspace } from './database';
import { usePendingWorkspace, type PendingWorkspace } from './pendingWorkspace';
import { repositories } from './repositories';

/**
 * Live views of the data: they re-render when the data changes, in this window or another one on the
 * same database. `undefined` means still loading. Records carry their `revision`: pass the one a form loaded
 * as `expectedRevision` when saving it. A workspace being written for the first time (the demo of a fresh profile)
 * is shown from memory until the stored data can be read (see pendingWorkspace.ts).
 */
export function useWorkspaces(): StoredWorkspace[] | undefined {
  const pending = usePendingWorkspace();
  const live = useLiveQuery(() => repositories().workspaces.list(), []);
  return useMemo(() => {
    if (!pending || live?.some((w) => w.id === pending.workspace.id)) return live;
    return [...(live ?? []), pending.workspace].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }, [pending, live]);
}

export function useWorkspace(id: string | null): StoredWorkspace | null | undefined {
  return useLiveOrPending(async () => (id ? ((await repositories().workspaces.get(id)) ?? null) : null), id, (p) => p.workspace);
}

export function useProblems(workspaceId: string | null): StoredProblem[] | undefined {
  return useLiveOrPending(async () => (workspaceId ? repositories().problems.list(workspaceId) : []), workspaceId, (p) => p.problems);
}

export function useUseCases(workspaceId: string | null): StoredUseCase[] | undefined {
  return useLiveOrPending(async () => (workspaceId ? repositories().useCases.list(workspaceId) : []), workspaceId, (p) => p.useCases);
}

export function usePlanRecord(workspaceId: string | null): PlanRecord | null | undefined {
  return useLiveOrPending(async () => (workspaceId ? ((await repositories().plans.get(workspaceId)) ?? null) : null), workspaceId, (p) => p.plan);
}

/** Ids of the workspaces created as demos (labelled "Demo" in the UI). */
export function useDemoWorkspaceIds(): ReadonlySet<string> | undefined {
  const pending = usePendingWorkspace();
  const live = useLiveQuery(async () => new Set(await repositories().meta.demoWorkspaceIds()), []);
  return useMemo(() => (pending?.demo && !live?.has(pending.workspace.id) ? new Set([...(live ?? []), pending.workspace.id]) : live), [pending, live]);
}

/** The live query's answer while nothing is read from the database (a workspace in memory answers instead). */
const FROM_MEMORY = Symbol('from memory');

/**
 * `query` live, except for the workspace in memory (`workspaceId` is the one being written): its records are answered
 * at once, and kept after the write until the stored records have been read, so the view never goes back to loading.
 */
function useLiveOrPending<T>(query: () => Promise<T>, workspaceId: string | null, pick: (p: PendingWorkspace) => T): T | undefined {
  const pending = usePendingWorkspace();
  const inMemory = pending !== null && pending.workspace.id === workspaceId;
  const live = useLiveQuery<T | typeof FROM_MEMORY>(() => (inMemory ? FROM_MEMORY : query()), [workspaceId, inMemory]);
  const held = useRef<{ id: string | null; value: T } | null>(null);
  if (inMemory) {
    const value = pick(pending);
    held.current = { id: workspaceId, value };
    return value;
  }
  if ((live === FROM_MEMORY || live === undefined) && held.current?.id === workspaceId) return held.current.value;
  held.current = null;
  return live === FROM_MEMORY ? undefined : live;
}
