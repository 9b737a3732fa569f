import { useLiveQuery } from 'dexie-react-hooks';
import { repositories } from '@renderer/db';
import type { BoardSnapshot, ChangeLogEntry, FundingDecision } from '@shared/domain';

/** Live views of the workspace's record (undefined while loading). */
export function useChangeLog(workspaceId: string): ChangeLogEntry[] | undefined {
  return useLiveQuery(() => repositories().record.changeLog(workspaceId), [workspaceId]);
}

export function useFundingDecisions(workspaceId: string): FundingDecision[] | undefined {
  return useLiveQuery(() => repositories().record.decisions(workspaceId), [workspaceId]);
}

export function useSnapshots(workspaceId: string): BoardSnapshot[] | undefined {
  return useLiveQuery(() => repositories().record.snapshots(workspaceId), [workspaceId]);
}

/** The name set under "Your name" ('' until set). */
export function useYourName(): string | undefined {
  return useLiveQuery(() => repositories().record.yourName(), []);
}

/** How a person is shown when no name was set. */
export const NOT_NAMED = 'Not named';
export const personLabel = (by: string) => (by.trim() === '' ? NOT_NAMED : by);
