import type { LastmileDatabase, TableName } from './database';

/** One record before and after an edit; null = the record does not exist on that side. */
export interface RecordChange {
  table: TableName;
  key: string;
  before: unknown;
  after: unknown;
}

/** A user-level edit ("Edit problem", "Delete workspace") as the records it changed: what undo and redo replay. */
export interface ChangeSet {
  label: string;
  changes: RecordChange[];
}

/** Writes one side of a change set in a single transaction: all records or none. */
export async function writeSide(db: LastmileDatabase, set: ChangeSet, side: 'before' | 'after'): Promise<void> {
  const tables = [...new Set(set.changes.map((c) => c.table))].map((t) => db.table(t));
  if (tables.length === 0) return;
  await db.transaction('rw', tables, async () => {
    for (const change of set.changes) {
      const value = change[side];
      const table = db.table(change.table);
      if (value === null || value === undefined) await table.delete(change.key);
      else await table.put(value);
    }
  });
}

/** Applies a change set forward and returns it, so callers can push it on the undo stack. */
export async function applyChangeSet(db: LastmileDatabase, set: ChangeSet): Promise<ChangeSet> {
  await writeSide(db, set, 'after');
  return set;
}

export function nowIso(): string {
  return new Date().toISOString();
}

export function newId(): string {
  return crypto.randomUUID();
}
