import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { writeRawDatabase } from './rawDatabase';
import { describe, expect, it } from 'vitest';
import { createRepositories, LastmileDatabase } from '@renderer/db';
import { defaultUncertaintySettings, noRanges } from '@shared/domain';
import { buildDemoWorkspace } from '@shared/demo';
import { defaultPortfolioPlan } from '@shared/portfolio';

/** The demo's records as version 4 stored them: no ranges or uncertainty policy (added in version 5). */
function beforeVersion5(demo: ReturnType<typeof buildDemoWorkspace>) {
  const { uncertainty: _u, ...workspace } = demo.workspace;
  const useCases = demo.useCases.map(({ ranges: _r, ...u }) => u);
  return { workspace, problems: demo.problems, useCases };
}

/** The demo's records as versions 1–3 stored them: no stage history, actuals or overrun threshold (added in version 4). */
function beforeVersion4(demo: ReturnType<typeof buildDemoWorkspace>) {
  const old = beforeVersion5(demo);
  const { overrunThreshold: _o, ...workspace } = old.workspace;
  const useCases = old.useCases.map(({ lifecycle: _l, actuals: _a, ...u }) => u);
  return { workspace, problems: demo.problems, useCases };
}

/** What the version-5 upgrade adds to a record written before it: no ranges of its own, the default policy. */
const upgraded5 = {
  workspace: <T extends object>(w: T) => ({ ...w, uncertainty: defaultUncertaintySettings() }),
  useCase: <T extends object>(u: T) => ({ ...u, ranges: noRanges() }),
};

describe('schema versions (append-only)', () => {
  it('opens a database written by schema version 1 and finds every record through its indexes', async () => {
    let n = 0;
    const demo = buildDemoWorkspace({ newId: () => `v1-${n++}`, nowIso: '2026-06-01T00:00:00.000Z', planningStartMonth: '2026-07' });
    const name = `v1-fixture-${Date.now()}`;
    const old = beforeVersion4(demo);
    const { numberFormat: _nf, ...version1Workspace } = old.workspace;
    await writeRawDatabase(name, 1, { workspaces: [version1Workspace], problems: old.problems, useCases: old.useCases });
    const db = new LastmileDatabase(name, { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(new LastmileDatabase(`declared-${Date.now()}`, { indexedDB, IDBKeyRange }).verno);
    // Version 2 adds the number format (en-US, what version 1 showed), version 3 the revision; every stored value is kept.
    const { numberFormat: _format, ...asVersion1 } = demo.workspace;
    expect(await db.workspaces.get(demo.workspace.id)).toEqual(upgraded5.workspace({ ...asVersion1, numberFormat: 'en-US', revision: 1 }));
    expect(await db.useCases.get(demo.useCases[0]!.id)).toEqual(upgraded5.useCase({ ...demo.useCases[0], revision: 1 }));
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
    const old = beforeVersion4(demo);
    await writeRawDatabase(name, 2, { workspaces: [old.workspace], problems: old.problems, useCases: old.useCases, plans: [planRecord] });
    const db = new LastmileDatabase(name, { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(new LastmileDatabase(`declared-${Date.now()}`, { indexedDB, IDBKeyRange }).verno);
    expect(await db.workspaces.get(demo.workspace.id)).toEqual(upgraded5.workspace({ ...demo.workspace, revision: 1 }));
    expect(await db.problems.toArray()).toEqual(expect.arrayContaining(demo.problems.map((p) => ({ ...p, revision: 1 }))));
    expect((await db.useCases.toArray()).every((u) => u.revision === 1)).toBe(true);
    expect(await db.plans.get(demo.workspace.id)).toEqual({ ...planRecord, plan: { ...planRecord.plan, costBasis: 'likely' }, revision: 1 });
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

  it('opens a database written by schema version 3: use cases become ideas with no actuals, and the record tables start empty', async () => {
    let n = 0;
    const demo = buildDemoWorkspace({ newId: () => `v3-${n++}`, nowIso: '2026-06-01T00:00:00.000Z', planningStartMonth: '2026-07' });
    const name = `v3-fixture-${Date.now()}`;
    const old = beforeVersion4(demo);
    const withRevision = <T extends object>(r: T) => ({ ...r, revision: 3 });
    await writeRawDatabase(name, 3, {
      workspaces: [withRevision(old.workspace)],
      problems: old.problems.map(withRevision),
      useCases: old.useCases.map(withRevision),
      plans: [withRevision({ workspaceId: demo.workspace.id, plan: defaultPortfolioPlan(500_000), updatedAt: '2026-06-01T00:00:00.000Z' })],
    });
    const db = new LastmileDatabase(name, { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(new LastmileDatabase(`declared-${Date.now()}`, { indexedDB, IDBKeyRange }).verno);
    // Nothing typed before changes: every value is kept, revisions stay, and the new fields say "nothing recorded yet".
    expect(await db.workspaces.get(demo.workspace.id)).toEqual(upgraded5.workspace({ ...demo.workspace, overrunThreshold: 0.1, revision: 3 }));
    for (const u of demo.useCases) expect(await db.useCases.get(u.id)).toEqual(upgraded5.useCase({ ...u, lifecycle: { history: [], decisions: [] }, actuals: [], revision: 3 }));
    expect(await db.decisions.count()).toBe(0);
    expect(await db.changeLog.count()).toBe(0);
    expect(await db.snapshots.count()).toBe(0);
    // And the upgraded records are written to a file that opens again, as version-4 data.
    const bundle = await createRepositories(db).bundles.read(demo.workspace.id);
    expect(bundle?.useCases.every((u) => u.lifecycle.history.length === 0 && u.actuals.length === 0)).toBe(true);
    db.close();
  });

  it('opens a database written by schema version 4: use cases follow the policy, the workspace gets the default policy, plans fund against the likely cost', async () => {
    let n = 0;
    const demo = buildDemoWorkspace({ newId: () => `v4-${n++}`, nowIso: '2026-06-01T00:00:00.000Z', planningStartMonth: '2026-07' });
    const name = `v4-fixture-${Date.now()}`;
    const old = beforeVersion5(demo);
    const withRevision = <T extends object>(r: T) => ({ ...r, revision: 4 });
    const { costBasis: _c, ...planV4 } = defaultPortfolioPlan(500_000);
    await writeRawDatabase(name, 4, {
      workspaces: [withRevision(old.workspace)],
      problems: old.problems.map(withRevision),
      useCases: old.useCases.map(withRevision),
      plans: [withRevision({ workspaceId: demo.workspace.id, plan: planV4, updatedAt: '2026-06-01T00:00:00.000Z' })],
    });
    const db = new LastmileDatabase(name, { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(new LastmileDatabase(`declared-${Date.now()}`, { indexedDB, IDBKeyRange }).verno);
    expect(await db.workspaces.get(demo.workspace.id)).toEqual(upgraded5.workspace(withRevision(old.workspace)));
    for (const u of old.useCases) expect(await db.useCases.get(u.id)).toEqual(upgraded5.useCase(withRevision(u)));
    expect((await db.plans.get(demo.workspace.id))?.plan).toEqual({ ...planV4, costBasis: 'likely' });
    expect(await db.scenarios.count()).toBe(0);
    // A use case saved after the upgrade keeps its stage, actuals and the ranges it was given.
    const repos = createRepositories(db);
    const bundle = await repos.bundles.read(demo.workspace.id);
    expect(bundle?.useCases.every((u) => u.ranges.pilotCost === null)).toBe(true);
    expect(bundle?.workspace.uncertainty.seed).toBe(defaultUncertaintySettings().seed);
    db.close();
  });
});
