import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createRepositories, LastmileDatabase } from '@renderer/db';
import { buildDemoWorkspace } from '@shared/demo';
import { blankSpendItemInput } from '@shared/domain';

/**
 * Writes a database exactly as schema version 6 laid it out (Dexie stores version n as n × 10), with the raw IndexedDB
 * API, so it stands for a user's existing data whatever later versions declare.
 */
async function writeVersion6(name: string, records: { workspaces: unknown[]; problems: unknown[]; useCases: unknown[]; scenarios: unknown[] }): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(name, 60);
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
      d.createObjectStore('decisions', { keyPath: 'id' }).createIndex('workspaceId', 'workspaceId');
      const log = d.createObjectStore('changeLog', { keyPath: 'id' });
      log.createIndex('workspaceId', 'workspaceId');
      log.createIndex('[workspaceId+at]', ['workspaceId', 'at']);
      d.createObjectStore('snapshots', { keyPath: 'id' }).createIndex('workspaceId', 'workspaceId');
      d.createObjectStore('scenarios', { keyPath: 'id' }).createIndex('workspaceId', 'workspaceId');
      d.createObjectStore('sessions', { keyPath: 'id' }).createIndex('workspaceId', 'workspaceId');
    };
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(['workspaces', 'problems', 'useCases', 'scenarios'], 'readwrite');
    for (const w of records.workspaces) tx.objectStore('workspaces').put(w);
    for (const p of records.problems) tx.objectStore('problems').put(p);
    for (const u of records.useCases) tx.objectStore('useCases').put(u);
    for (const s of records.scenarios) tx.objectStore('scenarios').put(s);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

describe('schema version 7 (AI spend)', () => {
  it('opens a database written by schema version 6: every record kept, no spend items, and an item can be recorded on it', async () => {
    let n = 0;
    const demo = buildDemoWorkspace({ newId: () => `v6-${n++}`, nowIso: '2026-06-01T00:00:00.000Z', planningStartMonth: '2026-07' });
    const name = `v6-fixture-${Date.now()}`;
    const withRevision = <T extends object>(r: T) => ({ ...r, revision: 3 });
    await writeVersion6(name, {
      workspaces: [withRevision(demo.workspace)],
      problems: demo.problems.map(withRevision),
      useCases: demo.useCases.map(withRevision),
      scenarios: (demo.scenarios ?? []).map(withRevision),
    });
    const db = new LastmileDatabase(name, { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(7);
    expect(await db.workspaces.get(demo.workspace.id)).toEqual(withRevision(demo.workspace));
    for (const u of demo.useCases) expect(await db.useCases.get(u.id)).toEqual(withRevision(u));
    expect(await db.scenarios.count()).toBe((demo.scenarios ?? []).length);
    expect(await db.spendItems.count()).toBe(0);
    const repos = createRepositories(db);
    const created = await repos.spendItems.create(demo.workspace.id, { ...blankSpendItemInput(), name: 'Assistant seats', seats: 10, pricePerSeat: 20, links: [{ useCaseId: demo.useCases[0]!.id, share: 1 }] });
    expect(created.ok).toBe(true);
    expect((await repos.spendItems.list(demo.workspace.id)).map((s) => [s.name, s.revision])).toEqual([['Assistant seats', 1]]);
    db.close();
  });
});
