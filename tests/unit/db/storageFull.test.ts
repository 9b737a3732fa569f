import { IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { STORAGE_FULL_MESSAGE, writeSide } from '@renderer/db';
import { importWorkspaceText } from '@renderer/features/exchange/importWorkspace';
import { buildDemoWorkspace } from '@shared/demo';
import { blankUseCaseInput, defaultWorkspaceSettings } from '@shared/domain';
import { serializeWorkspaceFile } from '@shared/export/workspaceFile';
import { freshRepositories, inputOf, problemInput, seededWorkspace } from './testDb';

/** Makes IndexedDB refuse every write for quota, as a full disk does, until `diskFreed()`. */
const proto = IDBObjectStore.prototype as unknown as Record<'put' | 'add' | 'delete', (...args: unknown[]) => unknown>;
const originals = { put: proto.put, add: proto.add, delete: proto.delete };
function diskFull(): void {
  for (const m of ['put', 'add', 'delete'] as const) {
    proto[m] = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  }
}
function diskFreed(): void {
  Object.assign(proto, originals);
}
afterEach(diskFreed);

const storageFull = { ok: false, reason: 'storage-full', errors: [{ path: '', message: STORAGE_FULL_MESSAGE }] };

async function setup() {
  const repos = freshRepositories();
  const ws = await seededWorkspace(repos);
  const p = await repos.problems.create(ws.id, problemInput('Claims backlog'));
  if (!p.ok) throw new Error('setup');
  const u = await repos.useCases.create(ws.id, { ...blankUseCaseInput(p.value.id, { pilotMonths: 4, lastMileMonths: 8, rampUpMonths: 6 }), name: 'Triage bot' });
  if (!u.ok) throw new Error('setup');
  return { repos, ws, problem: p.value, useCase: u.value };
}

async function dump(repos: ReturnType<typeof freshRepositories>) {
  return Promise.all([repos.db.workspaces.toArray(), repos.db.problems.toArray(), repos.db.useCases.toArray(), repos.db.plans.toArray()]);
}

describe('a full disk answers storage-full in plain words, writes nothing, and the same call works once space is freed', () => {
  it('create, update and remove of problems and use cases, and workspace create and settings', async () => {
    const { repos, ws, problem, useCase } = await setup();
    const before = await dump(repos);
    diskFull();
    expect(await repos.problems.create(ws.id, problemInput('Slow onboarding'))).toEqual(storageFull);
    expect(await repos.problems.createMany(ws.id, [problemInput('A'), problemInput('B')], 'Import 2 problems')).toEqual(storageFull);
    expect(await repos.problems.update(problem.id, { ...inputOf(problem), owner: 'CFO' }, problem.revision)).toEqual(storageFull);
    expect(await repos.useCases.update(useCase.id, { ...inputOf(useCase), name: 'Renamed' }, useCase.revision)).toEqual(storageFull);
    expect(await repos.useCases.remove(useCase.id, useCase.revision)).toEqual(storageFull);
    expect(await repos.problems.remove(problem.id, { mode: 'delete' }, problem.revision)).toEqual(storageFull);
    expect(await repos.workspaces.create(defaultWorkspaceSettings('Beta', '2027-01'))).toEqual(storageFull);
    expect(await repos.workspaces.remove(ws.id, ws.revision)).toEqual(storageFull);
    diskFreed();
    expect(await dump(repos)).toEqual(before);
    expect(await repos.useCases.update(useCase.id, { ...inputOf(useCase), name: 'Renamed' }, useCase.revision)).toMatchObject({ ok: true, value: { revision: 2 } });
  });

  it('plan saves, undo and redo', async () => {
    const { repos, ws, problem } = await setup();
    const edit = await repos.problems.update(problem.id, { ...inputOf(problem), owner: 'CFO' }, problem.revision);
    if (!edit.ok) throw new Error('edit');
    diskFull();
    expect(await repos.plans.save(ws.id, (p) => ({ ...p, budget: 1 }))).toEqual(storageFull);
    expect(await writeSide(repos.db, edit.change, 'before')).toEqual(storageFull);
    diskFreed();
    expect(await repos.plans.get(ws.id)).toBeUndefined();
    expect(await repos.problems.get(problem.id)).toMatchObject({ owner: 'CFO' });
    expect((await writeSide(repos.db, edit.change, 'before')).ok).toBe(true);
  });

  it('imports: a workspace file (new or replacing) and the first-start demo', async () => {
    const { repos, ws } = await setup();
    let n = 0;
    const demo = buildDemoWorkspace({ newId: () => `id-${n++}`, nowIso: '2027-01-01T00:00:00.000Z', planningStartMonth: '2027-01' });
    const text = serializeWorkspaceFile(demo, { exportedAt: '2027-02-01T00:00:00.000Z', appVersion: '0.1.0' });
    const before = await dump(repos);
    diskFull();
    expect(await importWorkspaceText(repos, text, { kind: 'new' }, () => `new-${n++}`)).toMatchObject(storageFull);
    expect(await importWorkspaceText(repos, text, { kind: 'replace', workspaceId: ws.id }, () => `new-${n++}`)).toMatchObject(storageFull);
    expect(await repos.bundles.write(demo, 'Restore')).toEqual(storageFull);
    expect(await repos.workspaces.createDemo(demo, { firstStart: false })).toEqual(storageFull);
    diskFreed();
    expect(await dump(repos)).toEqual(before);
    expect((await importWorkspaceText(repos, text, { kind: 'new' }, () => `new-${n++}`)).ok).toBe(true);
  });
});
