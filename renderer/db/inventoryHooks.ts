import { useLiveQuery } from 'dexie-react-hooks';
import type { StoredInventorySettings } from './database';
import { repositories } from './repositories';

/**
 * The workspace's saved import mappings and reference classes, live: `null` when none were saved yet (save them with
 * expectedRevision null), `undefined` while loading.
 */
export function useInventorySettings(workspaceId: string | null): StoredInventorySettings | null | undefined {
  return useLiveQuery(async () => (workspaceId ? ((await repositories().inventory.settings(workspaceId)) ?? null) : null), [workspaceId]);
}
