import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { writeRawDatabase } from '../db/rawDatabase';
import { describe, expect, it } from 'vitest';
import { createRepositories, LastmileDatabase } from '@renderer/db';
import { buildDemoWorkspace } from '@shared/demo';
import { blankSpendItemInput } from '@shared/domain';

describe('schema version 7 (AI spend)', () => {
  it('opens a database written by schema version 6: every record kept, no spend items, and an item can be recorded on it', async () => {
    let n = 0;
    const demo = buildDemoWorkspace({ newId: () => `v6-${n++}`, nowIso: '2026-06-01T00:00:00.000Z', planningStartMonth: '2026-07' });
    const name = `v6-fixture-${Date.now()}`;
    const withRevision = <T extends object>(r: T) => ({ ...r, revision: 3 });
    await writeRawDatabase(name, 6, {
      workspaces: [withRevision(demo.workspace)],
      problems: demo.problems.map(withRevision),
      useCases: demo.useCases.map(withRevision),
      scenarios: (demo.scenarios ?? []).map(withRevision),
    });
    const db = new LastmileDatabase(name, { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(7);
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
