import { describe, expect, it } from 'vitest';
import { writeSide } from '@renderer/db';
import { blankScenarioInput, blankUseCaseInput, defaultWorkspaceSettings, type ScenarioInput } from '@shared/domain';
import { buildDemoWorkspace } from '@shared/demo';
import { serializeWorkspaceFile } from '@shared/export/workspaceFile';
import { importWorkspaceText } from '@renderer/features/exchange/importWorkspace';
import { freshRepositories, inputOf, problemInput, seededWorkspace } from './testDb';

const defaults = { pilotMonths: 4, lastMileMonths: 8, rampUpMonths: 6 };
type Repos = ReturnType<typeof freshRepositories>;

/** A workspace with one problem and two use cases, and a scenario changing the first and forcing the second out. */
async function withScenario(repos: Repos) {
  const ws = await seededWorkspace(repos);
  const p = await repos.problems.create(ws.id, problemInput('Invoice backlog'));
  if (!p.ok) throw new Error('problem');
  const a = await repos.useCases.create(ws.id, { ...blankUseCaseInput(p.value.id, defaults), name: 'Invoice reader' });
  const b = await repos.useCases.create(ws.id, { ...blankUseCaseInput(p.value.id, defaults), name: 'Approval agent' });
  if (!a.ok || !b.ok) throw new Error('use cases');
  const input: ScenarioInput = blankScenarioInput('Budget cut by 20%');
  input.plan.budget = 400_000;
  input.useCases[a.value.id] = { pilotCostFactor: 1.5, lastMileCostFactor: null, runCostFactor: null, benefitFactor: null, pilotMonths: null, lastMileMonths: null, startMonth: null };
  input.plan.forced[b.value.id] = { mode: 'out', reason: 'Legal review' };
  const s = await repos.scenarios.create(ws.id, input);
  if (!s.ok) throw new Error(JSON.stringify(s.errors));
  return { ws, problem: p.value, a: a.value, b: b.value, scenario: s.value };
}

describe('scenario repository', () => {
  it('creates, lists, edits and deletes scenarios, each an undoable edit in the change log', async () => {
    const repos = freshRepositories();
    const { ws, scenario } = await withScenario(repos);
    expect(scenario.revision).toBe(1);
    expect((await repos.scenarios.list(ws.id)).map((s) => s.name)).toEqual(['Budget cut by 20%']);
    const renamed = await repos.scenarios.update(scenario.id, { ...inputOf(scenario), name: 'Budget cut by a fifth' }, 1);
    if (!renamed.ok) throw new Error('rename');
    expect(renamed.value.revision).toBe(2);
    const log = await repos.record.changeLog(ws.id);
    expect(log.some((e) => e.entity === 'scenario' && e.field === 'Scenario name' && e.before === 'Budget cut by 20%' && e.after === 'Budget cut by a fifth')).toBe(true);
    const del = await repos.scenarios.remove(scenario.id, 2);
    if (!del.ok) throw new Error('delete');
    expect(await repos.scenarios.list(ws.id)).toEqual([]);
    expect((await writeSide(repos.db, del.change, 'before')).ok).toBe(true);
    expect((await repos.scenarios.list(ws.id)).map((s) => s.name)).toEqual(['Budget cut by a fifth']);
  });

  it('refuses an edit made on an older revision, and writes nothing', async () => {
    const repos = freshRepositories();
    const { scenario } = await withScenario(repos);
    const first = await repos.scenarios.update(scenario.id, { ...inputOf(scenario), description: 'Window one' }, 1);
    expect(first.ok).toBe(true);
    const stale = await repos.scenarios.update(scenario.id, { ...inputOf(scenario), description: 'Window two' }, 1);
    expect(stale.ok).toBe(false);
    if (stale.ok) return;
    expect(stale.reason).toBe('conflict');
    expect((await repos.scenarios.get(scenario.id))?.description).toBe('Window one');
    expect((await repos.scenarios.remove(scenario.id, 1)).ok).toBe(false);
  });

  it('refuses a scenario naming a use case that is not in its workspace', async () => {
    const repos = freshRepositories();
    const { ws } = await withScenario(repos);
    const other = await repos.workspaces.create(defaultWorkspaceSettings('Other', '2027-01'));
    if (!other.ok) throw new Error('other');
    const input = blankScenarioInput('Ghost');
    input.plan.forced['no-such-use-case'] = { mode: 'in', reason: '' };
    const r = await repos.scenarios.create(ws.id, input);
    expect(r.ok).toBe(false);
    expect((await repos.scenarios.list(ws.id)).map((s) => s.name)).toEqual(['Budget cut by 20%']);
  });

  it('deleting a use case drops it from every scenario in the same write; undo restores both', async () => {
    const repos = freshRepositories();
    const { ws, a, scenario } = await withScenario(repos);
    const del = await repos.useCases.remove(a.id, a.revision);
    if (!del.ok) throw new Error('delete use case');
    const after = (await repos.scenarios.get(scenario.id))!;
    expect(Object.keys(after.useCases)).toEqual([]);
    expect(Object.keys(after.plan.forced)).toHaveLength(1);
    expect(after.plan.budget).toBe(400_000);
    const undo = await writeSide(repos.db, del.change, 'before');
    expect(undo.ok).toBe(true);
    expect(Object.keys((await repos.scenarios.get(scenario.id))!.useCases)).toEqual([a.id]);
    expect((await repos.useCases.list(ws.id)).map((u) => u.id)).toContain(a.id);
  });

  it('deleting a problem with its use cases drops them from scenarios; deleting the workspace removes its scenarios, undo brings them back', async () => {
    const repos = freshRepositories();
    const { ws, problem, scenario } = await withScenario(repos);
    const del = await repos.problems.remove(problem.id, { mode: 'delete' }, problem.revision);
    if (!del.ok) throw new Error(JSON.stringify(del.errors));
    const after = (await repos.scenarios.get(scenario.id))!;
    expect(Object.keys(after.useCases)).toEqual([]);
    expect(Object.keys(after.plan.forced)).toEqual([]);
    const current = (await repos.workspaces.get(ws.id))!;
    const gone = await repos.workspaces.remove(ws.id, current.revision);
    if (!gone.ok) throw new Error('delete workspace');
    expect(await repos.db.scenarios.count()).toBe(0);
    expect((await writeSide(repos.db, gone.change, 'before')).ok).toBe(true);
    expect((await repos.scenarios.list(ws.id)).map((s) => s.id)).toEqual([scenario.id]);
  });

  it('refuses a write that would bring back a scenario naming a use case deleted since', async () => {
    const repos = freshRepositories();
    const { a, scenario } = await withScenario(repos);
    const del = await repos.scenarios.remove(scenario.id, scenario.revision);
    if (!del.ok) throw new Error('delete');
    const gone = await repos.useCases.remove(a.id, a.revision);
    expect(gone.ok).toBe(true);
    const undo = await writeSide(repos.db, del.change, 'before');
    expect(undo.ok).toBe(false);
    expect(await repos.db.scenarios.count()).toBe(0);
  });

  it('travels in the workspace file: export and import as new keep every scenario on the new ids', async () => {
    const repos = freshRepositories();
    let n = 0;
    const demo = buildDemoWorkspace({ newId: () => `id-${n++}`, nowIso: '2027-01-01T00:00:00.000Z', planningStartMonth: '2027-01' });
    expect(demo.scenarios.map((s) => s.name)).toEqual(['Budget cut by 30%', 'Token price +50%']);
    const meta = { exportedAt: '2027-02-01T00:00:00.000Z', appVersion: '0.1.0' };
    const first = await importWorkspaceText(repos, serializeWorkspaceFile(demo, meta), { kind: 'new' }, () => `new-${n++}`);
    if (!first.ok) throw new Error(JSON.stringify(first.errors.slice(0, 3)));
    const stored = await repos.scenarios.list(first.workspace.id);
    expect(stored.map((s) => s.name)).toEqual(['Budget cut by 30%', 'Token price +50%']);
    expect(stored[1]!.assumptions.tokenPriceFactor).toBe(1.5);
    const bundle = (await repos.bundles.read(first.workspace.id))!;
    expect(bundle.scenarios?.map((s) => s.name)).toEqual(['Budget cut by 30%', 'Token price +50%']);
    expect(bundle.scenarios?.every((s) => !('revision' in s) && s.workspaceId === first.workspace.id)).toBe(true);
  });

  it('converts a scenario\'s budget with the workspace currency', async () => {
    const repos = freshRepositories();
    const { ws, scenario } = await withScenario(repos);
    const current = (await repos.workspaces.get(ws.id))!;
    const { id: _i, createdAt: _c, updatedAt: _u, revision: _r, ...settings } = current;
    const r = await repos.workspaces.convertCurrency(ws.id, { ...settings, currency: 'EUR' }, 0.5, current.revision);
    expect(r.ok).toBe(true);
    expect((await repos.scenarios.get(scenario.id))!.plan.budget).toBe(200_000);
  });
});
