import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { writeSide } from '@renderer/db';
import { parseWorkspaceFile, serializeWorkspaceFile } from '@shared/export/workspaceFile';
import { blankUseCaseInput } from '@shared/domain';
import { defaultPortfolioPlan } from '@shared/portfolio';
import { inputOf, problemInput, seededWorkspace, twoWindows } from './testDb';

const durations = { pilotMonths: 4, lastMileMonths: 8, rampUpMonths: 6 };
type Repos = ReturnType<typeof twoWindows>[0];

async function setup() {
  const [a, b] = twoWindows();
  const ws = await seededWorkspace(a);
  const p = await a.problems.create(ws.id, problemInput('Claims backlog'));
  if (!p.ok) throw new Error('setup');
  const u = await a.useCases.create(ws.id, { ...blankUseCaseInput(p.value.id, durations), name: 'Triage bot' });
  if (!u.ok) throw new Error('setup');
  return { a, b, ws, problem: p.value, useCase: u.value };
}

/** The workspace exported as a .lastmile file must open again and hold the same data. */
async function expectExportReimports(repos: Repos, workspaceId: string) {
  const bundle = await repos.bundles.read(workspaceId);
  if (!bundle) throw new Error('no workspace');
  const parsed = parseWorkspaceFile(serializeWorkspaceFile(bundle, { exportedAt: '2027-02-01T00:00:00.000Z', appVersion: '0.1.0' }));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors.slice(0, 3)));
  expect(parsed.bundle).toEqual(bundle);
}

describe('a save from a stale form is refused, never written over another window’s change', () => {
  it('use case: window B saves on the revision it loaded after A saved; B gets the conflict with A’s version and nothing is written', async () => {
    const { a, b, useCase } = await setup();
    const loadedInB = (await b.useCases.get(useCase.id))!;
    const saved = await a.useCases.update(useCase.id, { ...inputOf(useCase), name: 'Claims triage' }, useCase.revision);
    expect(saved).toMatchObject({ ok: true, value: { name: 'Claims triage', revision: 2 } });
    const stale = await b.useCases.update(useCase.id, { ...inputOf(loadedInB), description: 'Typed in B' }, loadedInB.revision);
    expect(stale).toMatchObject({ ok: false, reason: 'conflict', current: { name: 'Claims triage', revision: 2 } });
    if (!stale.ok) expect(stale.errors[0]).toMatchObject({ path: '', message: expect.stringContaining('changed in another window') });
    expect(await a.useCases.get(useCase.id)).toMatchObject({ name: 'Claims triage', description: '', revision: 2 });
    // Saving again on the revision B has now seen keeps A's name and B's description.
    const merged = await b.useCases.update(useCase.id, { ...inputOf(loadedInB), name: 'Claims triage', description: 'Typed in B' }, 2);
    expect(merged).toMatchObject({ ok: true, value: { name: 'Claims triage', description: 'Typed in B', revision: 3 } });
  });

  it('problem edit, status, move and deletes on a stale revision are refused too', async () => {
    const { a, b, problem, useCase, ws } = await setup();
    const other = await a.problems.create(ws.id, problemInput('Slow onboarding'));
    if (!other.ok) throw new Error('setup');
    expect((await a.problems.update(problem.id, { ...inputOf(problem), owner: 'CFO' }, 1)).ok).toBe(true);
    expect(await b.problems.update(problem.id, { ...inputOf(problem), title: 'Old title' }, 1)).toMatchObject({ reason: 'conflict', current: { owner: 'CFO' } });
    expect(await b.problems.setStatus(problem.id, 'parked', 1)).toMatchObject({ reason: 'conflict' });
    expect(await b.problems.remove(problem.id, { mode: 'delete' }, 1)).toMatchObject({ reason: 'conflict' });
    expect((await a.useCases.update(useCase.id, { ...inputOf(useCase), name: 'Renamed' }, 1)).ok).toBe(true);
    expect(await b.useCases.move(useCase.id, other.value.id, 1)).toMatchObject({ reason: 'conflict' });
    expect(await b.useCases.remove(useCase.id, 1)).toMatchObject({ reason: 'conflict' });
    expect(await a.problems.get(problem.id)).toMatchObject({ owner: 'CFO', status: problem.status, revision: 2 });
    expect(await a.useCases.get(useCase.id)).toMatchObject({ problemId: problem.id, name: 'Renamed' });
    const ws2 = (await a.workspaces.get(ws.id))!;
    expect(await b.workspaces.remove(ws.id, ws2.revision + 1)).toMatchObject({ reason: 'conflict' });
    expect(await a.workspaces.get(ws.id)).toBeDefined();
  });
});

describe('undo and redo check the records first', () => {
  it('undo is refused after another window changed the record since, and the entry can still be tried later', async () => {
    const { a, b, problem } = await setup();
    const edit = await a.problems.update(problem.id, { ...inputOf(problem), owner: 'CFO' }, 1);
    if (!edit.ok) throw new Error('edit');
    expect((await b.problems.update(problem.id, { ...inputOf(problem), owner: 'COO' }, 2)).ok).toBe(true);
    const undo = await writeSide(a.db, edit.change, 'before');
    expect(undo).toMatchObject({ ok: false, reason: 'conflict' });
    if (!undo.ok) expect(undo.errors[0]?.message).toBe('The problem “Claims backlog” was changed in another window since; undo would overwrite it, so nothing was changed.');
    expect(await a.problems.get(problem.id)).toMatchObject({ owner: 'COO', revision: 3 });
  });

  it('undoing “add problem” after another window added a candidate to it is refused with the reason', async () => {
    const [a, b] = twoWindows();
    const ws = await seededWorkspace(a);
    const p = await a.problems.create(ws.id, problemInput('Claims backlog'));
    if (!p.ok) throw new Error('setup');
    expect((await b.useCases.create(ws.id, { ...blankUseCaseInput(p.value.id, durations), name: 'Triage bot' })).ok).toBe(true);
    const undo = await writeSide(a.db, p.change, 'before');
    expect(undo.ok).toBe(false);
    if (!undo.ok) expect(undo.errors[0]?.message).toBe('Undo was not done: use cases were added to the problem “Claims backlog” since (“Triage bot”), and they would be left without their problem. Nothing was changed.');
    expect(await a.problems.get(p.value.id)).toBeDefined();
    await expectExportReimports(a, ws.id);
  });

  it('the history keeps a refused undo and says why; redo after undo checks against the revisions the undo wrote', async () => {
    const { useHistory } = await import('@renderer/state/history');
    const { useToasts } = await import('@renderer/state/toasts');
    const { repositories } = await import('@renderer/db');
    const repos = repositories();
    const ws = await seededWorkspace(repos);
    const p = await repos.problems.create(ws.id, problemInput('Invoices'));
    if (!p.ok) throw new Error('setup');
    const edit = await repos.problems.update(p.value.id, { ...inputOf(p.value), owner: 'CFO' }, 1);
    if (!edit.ok) throw new Error('edit');
    useHistory.getState().record(edit.change);
    expect(await useHistory.getState().undo()).toMatchObject({ ok: true });
    expect(await useHistory.getState().redo()).toMatchObject({ ok: true });
    expect(await repos.problems.get(p.value.id)).toMatchObject({ owner: 'CFO', revision: 4 });
    expect((await repos.problems.update(p.value.id, { ...inputOf(p.value), owner: 'COO' }, 4)).ok).toBe(true);
    const refused = await useHistory.getState().undo();
    expect(refused).toMatchObject({ ok: false, reason: 'conflict', message: expect.stringContaining('undo would overwrite it') });
    expect(useHistory.getState().past).toHaveLength(1);
    expect(useToasts.getState().toasts.at(-1)).toMatchObject({ tone: 'error', message: expect.stringContaining('changed in another window') });
  });
});

describe('references stay valid', () => {
  it('deleting a forced use case clears the forced choice in the same edit; undo restores both; every export re-imports', async () => {
    const { a, ws, useCase } = await setup();
    const plan = await a.plans.save(ws.id, (p) => ({ ...p, forced: { [useCase.id]: { mode: 'in', reason: 'Board asked' } } }), { fallback: defaultPortfolioPlan(500_000) });
    expect(plan.ok).toBe(true);
    const del = await a.useCases.remove(useCase.id, useCase.revision);
    if (!del.ok) throw new Error('delete');
    expect(del.change.changes.map((c) => c.table)).toEqual(['useCases', 'plans']);
    expect((await a.plans.get(ws.id))?.plan).toMatchObject({ forced: {} });
    await expectExportReimports(a, ws.id);
    expect((await writeSide(a.db, del.change, 'before')).ok).toBe(true);
    expect((await a.plans.get(ws.id))?.plan).toMatchObject({ forced: { [useCase.id]: { mode: 'in' } } });
    expect(await a.useCases.get(useCase.id)).toMatchObject({ name: 'Triage bot' });
    await expectExportReimports(a, ws.id);
  });

  it('deleting a problem drops its candidates’ forced choices; undoing “add use case” that another window forced since is refused', async () => {
    const { a, b, ws, problem, useCase } = await setup();
    await b.plans.save(ws.id, (p) => ({ ...p, forced: { [useCase.id]: { mode: 'out', reason: '' } } }));
    const undoAdd = await writeSide(a.db, { label: 'Add use case', changes: [{ table: 'useCases', key: useCase.id, before: null, after: useCase }] }, 'before');
    expect(undoAdd.ok).toBe(false);
    if (!undoAdd.ok) expect(undoAdd.errors[0]?.message).toContain('forced in or out in the portfolio plan');
    const del = await a.problems.remove(problem.id, { mode: 'delete' }, problem.revision);
    expect(del.ok).toBe(true);
    expect((await a.plans.get(ws.id))?.plan).toMatchObject({ forced: {} });
    await expectExportReimports(a, ws.id);
  });

  it('a plan change applies to the latest plan (both windows’ changes kept) and never forces a missing use case', async () => {
    const { a, b, ws, useCase } = await setup();
    await a.plans.save(ws.id, (p) => ({ ...p, budget: 750_000 }));
    const forced = await b.plans.save(ws.id, (p) => ({ ...p, forced: { [useCase.id]: { mode: 'in', reason: '' }, 'gone-id': { mode: 'in', reason: '' } } }));
    expect(forced).toMatchObject({ ok: true, value: { budget: 750_000, forced: { [useCase.id]: { mode: 'in' } } } });
    if (forced.ok) expect(Object.keys(forced.value.forced)).toEqual([useCase.id]);
  });

  it('repair finds dangling references in existing data, fixes them and says what it fixed', async () => {
    const { a, ws, problem, useCase } = await setup();
    await a.db.useCases.put({ ...useCase, id: 'orphan', name: 'Lost bot', problemId: 'missing-problem' });
    await a.db.plans.put({ workspaceId: ws.id, plan: { ...defaultPortfolioPlan(1), forced: { 'no-such-use-case': { mode: 'in', reason: '' } } }, updatedAt: ws.updatedAt, revision: 1 });
    await a.db.problems.put({ ...problem, id: 'stray', workspaceId: 'deleted-workspace' });
    const r = await a.repair();
    if (!r.ok) throw new Error('repair');
    expect(r.value.fixes).toEqual([
      'Removed 1 record left behind by a workspace that no longer exists.',
      'Moved 1 use case whose problem was missing to “Recovered candidates” in “Acme”.',
      'Removed 1 forced choice for use cases that no longer exist from the plan of “Acme”.',
    ]);
    expect(await a.problems.get('stray')).toBeUndefined();
    await expectExportReimports(a, ws.id);
    const again = await a.repair(ws.id);
    expect(again).toMatchObject({ ok: true, value: { fixes: [] } });
  });
});
