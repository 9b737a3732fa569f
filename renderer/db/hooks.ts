import { useLiveQuery } from 'dexie-react-hooks';
import type { Problem, UseCase, Workspace } from '@shared/domain';
import { repositories } from './repositories';

/**
 * Live views of the data: they re-render when the data changes, in this window or another one on the
 * same database. `undefined` means still loading.
 */
export function useWorkspaces(): Workspace[] | undefined {
  return useLiveQuery(() => repositories().workspaces.list(), []);
}

export function useWorkspace(id: string | null): Workspace | null | undefined {
  return useLiveQuery(async () => (id ? ((await repositories().workspaces.get(id)) ?? null) : null), [id]);
}

export function useProblems(workspaceId: string | null): Problem[] | undefined {
  return useLiveQuery(async () => (workspaceId ? repositories().problems.list(workspaceId) : []), [workspaceId]);
}

export function useUseCases(workspaceId: string | null): UseCase[] | undefined {
  return useLiveQuery(async () => (workspaceId ? repositories().useCases.list(workspaceId) : []), [workspaceId]);
}

export function usePlanRecord(workspaceId: string | null): { plan: unknown } | null | undefined {
  return useLiveQuery(async () => (workspaceId ? ((await repositories().plans.get(workspaceId)) ?? null) : null), [workspaceId]);
}

/** Ids of the workspaces created as demos (labelled "Demo" in the UI). */
export function useDemoWorkspaceIds(): ReadonlySet<string> | undefined {
  return useLiveQuery(async () => new Set(await repositories().meta.demoWorkspaceIds()), []);
}
