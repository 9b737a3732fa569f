import { useLiveQuery } from 'dexie-react-hooks';
import type { StoredScenario } from './database';
import { repositories } from './repositories';

/** The scenarios of a workspace, live, in the order they were made; `undefined` while loading. */
export function useScenarios(workspaceId: string | null): StoredScenario[] | undefined {
  return useLiveQuery(async () => (workspaceId ? repositories().scenarios.list(workspaceId) : []), [workspaceId]);
}
