import { useLiveQuery } from 'dexie-react-hooks';
import type { StoredSpendItem } from './database';
import { repositories } from './repositories';

/** The AI spend items of a workspace, live, in the order they were recorded; `undefined` while loading. */
export function useSpendItems(workspaceId: string | null): StoredSpendItem[] | undefined {
  return useLiveQuery(async () => (workspaceId ? repositories().spendItems.list(workspaceId) : []), [workspaceId]);
}
