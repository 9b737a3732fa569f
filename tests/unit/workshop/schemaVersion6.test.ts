import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { writeRawDatabase } from '../db/rawDatabase';
import { describe, expect, it } from 'vitest';
import { createRepositories, LastmileDatabase } from '@renderer/db';
import { buildDemoWorkspace } from '@shared/demo';
import { newSession } from '@shared/workshop';

describe('schema version 6 (workshop sessions)', () => {
  it('opens a database written by schema version 5: every record kept, no sessions, and a session can be started on it', async () => {
    let n = 0;
    const demo = buildDemoWorkspace({ newId: () => `v5-${n++}`, nowIso: '2026-06-01T00:00:00.000Z', planningStartMonth: '2026-07' });
    const name = `v5-fixture-${Date.now()}`;
    const withRevision = <T extends object>(r: T) => ({ ...r, revision: 3 });
    await writeRawDatabase(name, 5, {
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
