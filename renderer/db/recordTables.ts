import type { WorkspaceRecord } from '@shared/export/workspaceFileValidation';
import type { RecordChange } from './changes';
import type { LastmileDatabase, RecordTableName } from './database';

/**
 * The workspace's record (funding decisions, change log, board snapshots) read and written with the rest of the
 * workspace: export, import, restore and delete carry it in the same transaction (docs/living-portfolio.md).
 */

/** The record of a workspace in a stable order (decisions and log by time, snapshots by time), or undefined when empty. */
export async function readRecord(db: LastmileDatabase, workspaceId: string): Promise<WorkspaceRecord | undefined> {
  const [decisions, changeLog, snapshots] = await Promise.all([
    db.decisions.where('workspaceId').equals(workspaceId).toArray(),
    db.changeLog.where('[workspaceId+at]').between([workspaceId, ''], [workspaceId, '\uffff']).toArray(),
    db.snapshots.where('workspaceId').equals(workspaceId).toArray(),
  ]);
  if (decisions.length + changeLog.length + snapshots.length === 0) return undefined;
  const byTime = <T extends { at: string; id: string }>(a: T, b: T) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id);
  return { decisions: [...decisions].sort(byTime), changeLog: [...changeLog].sort(byTime), snapshots: [...snapshots].sort(byTime) };
}

/** Every row of a record as changes that add it ('after') or remove it ('before'). */
export function recordChanges(record: WorkspaceRecord | undefined, side: 'before' | 'after'): RecordChange[] {
  if (!record) return [];
  const rows: [RecordTableName, { id: string }[]][] = [
    ['decisions', record.decisions],
    ['changeLog', record.changeLog],
    ['snapshots', record.snapshots],
  ];
  return rows.flatMap(([table, list]) =>
    list.map((row) => (side === 'after' ? { table, key: row.id, before: null, after: row } : { table, key: row.id, before: row, after: null })),
  );
}
