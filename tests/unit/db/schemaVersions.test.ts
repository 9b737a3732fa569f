import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { LastmileDatabase } from '@renderer/db';
import { buildDemoWorkspace } from '@shared/demo';

/**
 * Writes a database exactly as schema version 1 laid it out, with the raw IndexedDB API (Dexie stores
 * version n as n × 10). It does not use the LastmileDatabase class, so when a version 2 is declared this
 * fixture still stands for a user's existing version-1 data, and the upgrade must open it.
 */
async function writeVersion1Database(name: string, records: { workspaces: unknown[]; problems: unknown[]; useCases: unknown[] }): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(name, 10);
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
    };
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(['workspaces', 'problems', 'useCases'], 'readwrite');
    for (const w of records.workspaces) tx.objectStore('workspaces').put(w);
    for (const p of records.problems) tx.objectStore('problems').put(p);
    for (const u of records.useCases) tx.objectStore('useCases').put(u);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

describe('schema versions (append-only)', () => {
  it('opens a database written by schema version 1 and finds every record through its indexes', async () => {
    let n = 0;
    const demo = buildDemoWorkspace({ newId: () => `v1-${n++}`, nowIso: '2026-06-01T00:00:00.000Z', planningStartMonth: '2026-07' });
    const name = `v1-fixture-${Date.now()}`;
    const { numberFormat: _nf, ...version1Workspace } = demo.workspace;
    await writeVersion1Database(name, { workspaces: [version1Workspace], problems: demo.problems, useCases: demo.useCases });
    const db = new LastmileDatabase(name, { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(2);
    // Version 2 adds the number format (en-US, what version 1 showed) and keeps every stored value.
    const { numberFormat: _format, ...asVersion1 } = demo.workspace;
    expect(await db.workspaces.get(demo.workspace.id)).toEqual({ ...asVersion1, numberFormat: 'en-US' });
    expect(await db.useCases.get(demo.useCases[0]!.id)).toEqual(demo.useCases[0]);
    expect(await db.problems.where('workspaceId').equals(demo.workspace.id).count()).toBe(demo.problems.length);
    expect(await db.problems.where('[workspaceId+status]').equals([demo.workspace.id, 'captured']).count()).toBe(
      demo.problems.filter((p) => p.status === 'captured').length,
    );
    const first = demo.useCases[0]!;
    expect(await db.useCases.where('problemId').equals(first.problemId).count()).toBe(demo.useCases.filter((u) => u.problemId === first.problemId).length);
    db.close();
  });
});
