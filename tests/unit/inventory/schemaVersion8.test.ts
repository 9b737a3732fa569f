import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createRepositories, LastmileDatabase } from '@renderer/db';
import { buildDemoWorkspace } from '@shared/demo';
import { emptyRegister, ownEstimate } from '@shared/domain';
import { writeRawDatabase } from '../db/rawDatabase';

/** The demo's records as version 7 stored them: use cases without a register or an estimate source (added in version 8). */
function asVersion7(demo: ReturnType<typeof buildDemoWorkspace>) {
  const useCases = demo.useCases.map(({ register: _r, estimate: _e, ...u }) => ({ ...u, revision: 3 }));
  return { workspace: { ...demo.workspace, revision: 2 }, problems: demo.problems.map((p) => ({ ...p, revision: 4 })), useCases, spend: demo.spend.map((s) => ({ ...s, revision: 1 })) };
}

describe('schema version 8 (the client’s inventory)', () => {
  it('opens a database written by schema version 7: use cases gain an empty register and their own estimate, nothing else changes', async () => {
    let n = 0;
    const demo = buildDemoWorkspace({ newId: () => `v7-${n++}`, nowIso: '2026-06-01T00:00:00.000Z', planningStartMonth: '2026-07' });
    const old = asVersion7(demo);
    // One use case already carries a register (written by a later app and opened again): the upgrade leaves it as it is.
    const kept = { ...old.useCases[1]!, register: { ...emptyRegister(), externalId: 'AI-7', owner: 'Dana' }, estimate: { source: 'none' as const, referenceClass: '' } };
    const useCases = [old.useCases[0]!, kept, ...old.useCases.slice(2)];
    const name = `v7-fixture-${Date.now()}`;
    await writeRawDatabase(name, 7, { workspaces: [old.workspace], problems: old.problems, useCases, spendItems: old.spend });
    const db = new LastmileDatabase(name, { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(8);
    for (const u of useCases) {
      const expected = u === kept ? kept : { ...u, register: emptyRegister(), estimate: ownEstimate() };
      expect(await db.useCases.get(u.id)).toEqual(expected);
    }
    expect(await db.workspaces.get(demo.workspace.id)).toEqual(old.workspace);
    expect(await db.problems.toArray()).toEqual(expect.arrayContaining(old.problems));
    expect(await db.problems.count()).toBe(old.problems.length);
    expect(await db.spendItems.toArray()).toEqual(expect.arrayContaining(old.spend));
    expect(await db.inventorySettings.count()).toBe(0);

    // The upgraded data works: settings can be saved, and an edit of an upgraded use case keeps its revision rule.
    const repos = createRepositories(db);
    expect(await repos.inventory.settings(demo.workspace.id)).toBeUndefined();
    const saved = await repos.inventory.saveSettings(demo.workspace.id, { presets: [], referenceClasses: [] }, null);
    expect(saved.ok && saved.value.revision).toBe(1);
    const first = (await db.useCases.get(useCases[0]!.id))!;
    const { id: _i, workspaceId: _w, createdAt: _c, updatedAt: _u, revision: _r, lifecycle: _l, actuals: _a, ...input } = first;
    const edited = await repos.useCases.update(first.id, { ...input, name: 'Renamed' }, 3);
    expect(edited.ok && [edited.value.revision, edited.value.register]).toEqual([4, emptyRegister()]);
    db.close();
  });
});
