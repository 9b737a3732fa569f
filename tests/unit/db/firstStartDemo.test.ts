import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createRepositories, LastmileDatabase } from '@renderer/db';
import { META_KEYS } from '@renderer/db/metaRepository';
import { buildDemoWorkspace } from '@shared/demo';
import { defaultWorkspaceSettings } from '@shared/domain';
import { freshRepositories } from './testDb';

let n = 0;
const demo = () => {
  const run = ++n;
  let i = 0;
  return buildDemoWorkspace({ newId: () => `demo-${run}-${++i}`, nowIso: '2027-01-04T09:00:00.000Z', planningStartMonth: '2027-01' });
};

/** Two windows of one profile: two connections to the same database. */
function twoTabs() {
  const name = `tabs-${Date.now()}-${n++}`;
  const open = () => createRepositories(new LastmileDatabase(name, { indexedDB, IDBKeyRange }));
  return [open(), open()] as const;
}

describe('the first start creates exactly one demo workspace', () => {
  it('two first-start routines started at the same moment (an effect run twice) leave one demo, labelled as a demo', async () => {
    const repos = freshRepositories();
    const [a, b] = await Promise.all([repos.workspaces.createDemo(demo(), { firstStart: true }), repos.workspaces.createDemo(demo(), { firstStart: true })]);
    const created = [a, b].filter((r) => r?.ok);
    expect(created).toHaveLength(1);
    expect([a, b]).toContain(null);
    const workspaces = await repos.workspaces.list();
    expect(workspaces).toHaveLength(1);
    expect(await repos.meta.demoWorkspaceIds()).toEqual([workspaces[0]?.id]);
    expect(await repos.problems.list(workspaces[0]!.id)).toHaveLength(8);
  });

  it('two tabs of a fresh profile racing each other leave one demo', async () => {
    const [tab1, tab2] = twoTabs();
    const results = await Promise.all([tab1.workspaces.createDemo(demo(), { firstStart: true }), tab2.workspaces.createDemo(demo(), { firstStart: true })]);
    expect(results.filter((r) => r?.ok)).toHaveLength(1);
    expect(await tab1.workspaces.list()).toHaveLength(1);
    expect(await tab2.workspaces.list()).toHaveLength(1);
    tab1.db.close();
    tab2.db.close();
  });

  it('a later start does not bring the demo back once it was deleted', async () => {
    const repos = freshRepositories();
    const first = await repos.workspaces.createDemo(demo(), { firstStart: true });
    if (!first?.ok) throw new Error('setup');
    await repos.workspaces.remove(first.value.id, first.value.revision);
    expect(await repos.workspaces.createDemo(demo(), { firstStart: true })).toBeNull();
    expect(await repos.workspaces.list()).toEqual([]);
  });

  it('a profile that already holds workspaces gets no demo', async () => {
    const repos = freshRepositories();
    await repos.workspaces.create(defaultWorkspaceSettings('Acme', '2027-01'));
    expect(await repos.workspaces.createDemo(demo(), { firstStart: true })).toBeNull();
    expect((await repos.workspaces.list()).map((w) => w.name)).toEqual(['Acme']);
    expect(await repos.meta.demoWorkspaceIds()).toEqual([]);
  });

  it('an invalid demo writes nothing, not even the first-start flag', async () => {
    const repos = freshRepositories();
    const broken = demo();
    broken.workspace.horizonMonths = -1;
    const r = await repos.workspaces.createDemo(broken, { firstStart: true });
    expect(r?.ok).toBe(false);
    expect(await repos.workspaces.list()).toEqual([]);
    expect(await repos.meta.get(META_KEYS.demoCreated, (v): v is string => typeof v === 'string')).toBeUndefined();
    expect((await repos.workspaces.createDemo(demo(), { firstStart: true }))?.ok).toBe(true);
  });

  it('a demo asked for on the workspaces page is added and labelled, and its creation can be undone', async () => {
    const repos = freshRepositories();
    await repos.workspaces.createDemo(demo(), { firstStart: true });
    const again = await repos.workspaces.createDemo(demo(), { firstStart: false });
    if (!again?.ok) throw new Error('second demo not created');
    expect(await repos.workspaces.list()).toHaveLength(2);
    expect(await repos.meta.demoWorkspaceIds()).toContain(again.value.id);
    expect(again.change.label).toBe(`Create demo workspace “${again.value.name}”`);
  });

  it('labels the demo of a profile created before demos were labelled, by its name and organisation', async () => {
    const repos = freshRepositories();
    const old = demo();
    await repos.bundles.write(old, 'Create demo workspace');
    await repos.workspaces.create(defaultWorkspaceSettings('Acme', '2027-01'));
    await repos.meta.set(META_KEYS.demoCreated, '2026-06-01T00:00:00.000Z');
    expect(await repos.workspaces.createDemo(demo(), { firstStart: true })).toBeNull();
    expect(await repos.meta.demoWorkspaceIds()).toEqual([old.workspace.id]);
    expect(await repos.workspaces.list()).toHaveLength(2);
  });
});
