import { useLiveQuery } from 'dexie-react-hooks';
import type { StoredSession } from './database';
import { repositories } from './repositories';

/** The workshop sessions of a workspace, live, newest first; `undefined` while loading. */
export function useSessions(workspaceId: string | null): StoredSession[] | undefined {
  return useLiveQuery(async () => (workspaceId ? repositories().sessions.list(workspaceId) : []), [workspaceId]);
}

/** One workshop session, live; `undefined` while loading, `null` when there is none (deleted, or no id). */
export function useSession(sessionId: string | null): StoredSession | null | undefined {
  return useLiveQuery(async () => (sessionId ? ((await repositories().sessions.get(sessionId)) ?? null) : null), [sessionId]);
}
