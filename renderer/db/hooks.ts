import { useLiveQuery } from 'dexie-react-hooks';
import type { PlanRecord, StoredProblem, StoredUseCase, StoredWorkspace } from './database';
import { repositories } from './repositories';

/**
 * Live views of the data: they re-render when the data changes, in this window or another one on the
 * same database. `undefined` means still loading. Records carry their `revision`: pass the one a form loaded
 * as `expectedRevision` when saving it.
 */
export function useWorkspaces(): StoredWorkspace[] | undefined {
  return useLiveQuery(() => repositories().workspaces.list(), []);
}

export function useWorkspace(id: string | null): StoredWorkspace | null | undefined {
  return useLiveQuery(async () => (id ? ((await repositories().workspaces.get(id)) ?? null) : null), [id]);
}

export function useProblems(workspaceId: string | null): StoredProblem[] | undefined {
  return useLiveQuery(async () => (workspaceId ? repositories().problems.list(workspaceId) : []), [workspaceId]);
}

export function useUseCases(workspaceId: string | null): StoredUseCase[] | undefined {
  return useLiveQuery(async () => (workspaceId ? repositories().useCases.list(workspaceId) : []), [workspaceId]);
}

export function usePlanRecord(workspaceId: string | null): PlanRecord | null | undefined {
  return useLiveQuery(async () => (workspaceId ? ((await repositories().plans.get(workspaceId)) ?? null) : null), [workspaceId]);
}

/** Ids of the workspaces created as demos (labelled "Demo" in the UI). */
export function useDemoWorkspaceIds(): ReadonlySet<string> | undefined {
  return useLiveQuery(async () => new Set(await repositories().meta.demoWorkspaceIds()), []);
}
