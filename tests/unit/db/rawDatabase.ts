import { indexedDB } from 'fake-indexeddb';

/** The version of the app's database whose layout a raw fixture is written in (Dexie stores version n as n × 10). */
export type RawSchemaVersion = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** Records a fixture stores, by table; tables the version does not have must stay empty. */
export interface RawRecords {
  workspaces: unknown[];
  problems: unknown[];
  useCases: unknown[];
  plans?: unknown[];
  scenarios?: unknown[];
  /** From version 6. */
  sessions?: unknown[];
  /** From version 7. */
  spendItems?: unknown[];
}

/**
 * Writes a database exactly as schema version `version` laid it out, with the raw IndexedDB API: not with the
 * LastmileDatabase class, so when a later version is declared the fixture still stands for a user's existing data and
 * the upgrade must open it. The layouts are append-only like the schema: versions 1–3 have the same stores and indexes;
 * 4 adds the record tables, 5 the scenarios, 6 the workshop sessions, 7 the AI spend items.
 */
export async function writeRawDatabase(name: string, version: RawSchemaVersion, records: RawRecords): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(name, version * 10);
    open.onupgradeneeded = () => {
      const d = open.result;
      const ws = d.createObjectStore('workspaces', { keyPath: 'id' });
      ws.createIndex('name', 'name');
      ws.createIndex('updatedAt', 'updatedAt');
      const problems = d.createObjectStore('problems', { keyPath: 'id' });
      problems.createIndex('workspaceId', 'workspaceId');
      problems.createIndex('[workspaceId+status]', ['workspaceId', 'status']);
      problems.createIndex('updatedAt', 'updatedAt');
      const useCases = d.createObjectStore('useCases', { keyPath: 'id' });
      useCases.createIndex('workspaceId', 'workspaceId');
      useCases.createIndex('problemId', 'problemId');
      d.createObjectStore('plans', { keyPath: 'workspaceId' });
      d.createObjectStore('meta', { keyPath: 'key' });
      if (version >= 4) {
        d.createObjectStore('decisions', { keyPath: 'id' }).createIndex('workspaceId', 'workspaceId');
        const log = d.createObjectStore('changeLog', { keyPath: 'id' });
        log.createIndex('workspaceId', 'workspaceId');
        log.createIndex('[workspaceId+at]', ['workspaceId', 'at']);
        d.createObjectStore('snapshots', { keyPath: 'id' }).createIndex('workspaceId', 'workspaceId');
      }
      if (version >= 5) d.createObjectStore('scenarios', { keyPath: 'id' }).createIndex('workspaceId', 'workspaceId');
      if (version >= 6) d.createObjectStore('sessions', { keyPath: 'id' }).createIndex('workspaceId', 'workspaceId');
      if (version >= 7) d.createObjectStore('spendItems', { keyPath: 'id' }).createIndex('workspaceId', 'workspaceId');
    };
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const tables = (['workspaces', 'problems', 'useCases', 'plans', 'scenarios', 'sessions', 'spendItems'] as const).filter((t) => (records[t]?.length ?? 0) > 0);
  if (tables.length > 0) {
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(tables, 'readwrite');
      for (const t of tables) for (const r of records[t] ?? []) tx.objectStore(t).put(r);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
  }
  db.close();
}
