import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createRepositories, LastmileDatabase } from '@renderer/db';
import { buildDemoWorkspace } from '@shared/demo';
import { defaultPortfolioPlan } from '@shared/portfolio';

/**
 * Writes a database exactly as schema version 1 (or 2: the same stores and indexes) laid it out, with the raw
 * IndexedDB API (Dexie stores version n as n × 10). It does not use the LastmileDatabase class, so when a later
 * version is declared this fixture still stands for a user's existing data, and the upgrade must open it.
 */
async function writeRawDatabase(
  name: string,
  version: 1 | 2,
  records: { workspaces: unknown[]; problems: unknown[]; useCases: unknown[]; plans?: unknown[] },
): Promise<void> {
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
    };
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(['workspaces', 'problems', 'useCases', 'plans'], 'readwrite');
    for (const p of records.plans ?? []) tx.objectStore('plans').put(p);
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
    await writeRawDatabase(name, 1, { workspaces: [version1Workspace], problems: demo.problems, useCases: demo.useCases });
    const db = new LastmileDatabase(name, { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(3);
    // Version 2 adds the number format (en-US, what version 1 showed), version 3 the revision; every stored value is kept.
    const { numberFormat: _format, ...asVersion1 } = demo.workspace;
    expect(await db.workspaces.get(demo.workspace.id)).toEqual({ ...asVersion1, numberFormat: 'en-US', revision: 1 });
    expect(await db.useCases.get(demo.useCases[0]!.id)).toEqual({ ...demo.useCases[0], revision: 1 });
    expect(await db.problems.where('workspaceId').equals(demo.workspace.id).count()).toBe(demo.problems.length);
    expect(await db.problems.where('[workspaceId+status]').equals([demo.workspace.id, 'captured']).count()).toBe(
      demo.problems.filter((p) => p.status === 'captured').length,
    );
    const first = demo.useCases[0]!;
    expect(await db.useCases.where('problemId').equals(first.problemId).count()).toBe(demo.useCases.filter((u) => u.problemId === first.problemId).length);
    db.close();
  });

  it('opens a database written by schema version 2: every record gets revision 1, and the next save is revision 2', async () => {
    let n = 0;
    const demo = buildDemoWorkspace({ newId: () => `v2-${n++}`, nowIso: '2026-06-01T00:00:00.000Z', planningStartMonth: '2026-07' });
    const name = `v2-fixture-${Date.now()}`;
    const planRecord = { workspaceId: demo.workspace.id, plan: defaultPortfolioPlan(500_000), updatedAt: '2026-06-01T00:00:00.000Z' };
    await writeRawDatabase(name, 2, { workspaces: [demo.workspace], problems: demo.problems, useCases: demo.useCases, plans: [planRecord] });
    const db = new LastmileDatabase(name, { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.workspaces.get(demo.workspace.id)).toEqual({ ...demo.workspace, revision: 1 });
    expect(await db.problems.toArray()).toEqual(expect.arrayContaining(demo.problems.map((p) => ({ ...p, revision: 1 }))));
    expect((await db.useCases.toArray()).every((u) => u.revision === 1)).toBe(true);
    expect(await db.plans.get(demo.workspace.id)).toEqual({ ...planRecord, revision: 1 });
    const repos = createRepositories(db);
    const problem = demo.problems[0]!;
    const { id: _i, workspaceId: _w, createdAt: _c, updatedAt: _u, ...input } = problem;
    const saved = await repos.problems.update(problem.id, { ...input, owner: 'COO' }, 1);
    expect(saved).toMatchObject({ ok: true, value: { owner: 'COO', revision: 2 } });
    // The file written from the upgraded database is the same format: no revision in it.
    const bundle = await repos.bundles.read(demo.workspace.id);
    expect(JSON.stringify(bundle)).not.toContain('revision');
    db.close();
  });
});
