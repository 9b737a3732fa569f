import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createRepositories, LastmileDatabase } from '@renderer/db';
import { buildDemoWorkspace } from '@shared/demo';
import { newSession } from '@shared/workshop';

/**
 * Writes a database exactly as schema version 5 laid it out (Dexie stores version n as n × 10), with the raw IndexedDB
 * API, so it stands for a user's existing data whatever later versions declare.
 */
async function writeVersion5(name: string, records: { workspaces: unknown[]; problems: unknown[]; useCases: unknown[]; scenarios: unknown[] }): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(name, 50);
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

describe('schema version 6 (workshop sessions)', () => {
  it('opens a database written by schema version 5: every record kept, no sessions, and a session can be started on it', async () => {
    let n = 0;
    const demo = buildDemoWorkspace({ newId: () => `v5-${n++}`, nowIso: '2026-06-01T00:00:00.000Z', planningStartMonth: '2026-07' });
    const name = `v5-fixture-${Date.now()}`;
    const withRevision = <T extends object>(r: T) => ({ ...r, revision: 3 });
    await writeVersion5(name, {
      workspaces: [withRevision(demo.workspace)],
      problems: demo.problems.map(withRevision),
      useCases: demo.useCases.map(withRevision),
      scenarios: (demo.scenarios ?? []).map(withRevision),
    });
    const db = new LastmileDatabase(name, { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(6);
    expect(await db.workspaces.get(demo.workspace.id)).toEqual(withRevision(demo.workspace));
    for (const u of demo.useCases) expect(await db.useCases.get(u.id)).toEqual(withRevision(u));
    expect(await db.scenarios.count()).toBe((demo.scenarios ?? []).length);
    expect(await db.sessions.count()).toBe(0);
    const repos = createRepositories(db);
    const created = await repos.sessions.create(demo.workspace.id, newSession({ title: 'Offsite', date: '2026-07-02', candidateIds: [demo.useCases[0]!.id] }, () => `s-${n++}`));
    expect(created.ok).toBe(true);
    expect((await repos.sessions.list(demo.workspace.id)).map((s) => [s.title, s.revision])).toEqual([['Offsite', 1]]);
    db.close();
  });
});
