import { describe, expect, it } from 'vitest';
import { writeSide } from '@renderer/db';
import { blankSpendItemInput, blankUseCaseInput, type SpendItemInput } from '@shared/domain';
import { freshRepositories, problemInput, seededWorkspace, twoWindows } from '../db/testDb';

const defaults = { pilotMonths: 4, lastMileMonths: 8, rampUpMonths: 6 };
type Repos = ReturnType<typeof freshRepositories>;

async function withUseCases(repos: Repos) {
  const ws = await seededWorkspace(repos);
  const p = await repos.problems.create(ws.id, problemInput('Invoice backlog'));
  if (!p.ok) throw new Error('problem');
  const a = await repos.useCases.create(ws.id, { ...blankUseCaseInput(p.value.id, defaults), name: 'Invoice reader' });
  const b = await repos.useCases.create(ws.id, { ...blankUseCaseInput(p.value.id, defaults), name: 'Approval agent' });
  if (!a.ok || !b.ok) throw new Error('use cases');
  return { ws, problem: p.value, a: a.value, b: b.value };
}

const seats = (links: SpendItemInput['links']): SpendItemInput => ({ ...blankSpendItemInput(), name: 'Assistant seats', vendor: 'Vendor', kind: 'seats', seats: 300, pricePerSeat: 30, links });

describe('AI spend repository', () => {
  it('creates, lists, saves against the revision it started from, and deletes undoably', async () => {
    const repos = freshRepositories();
    const { ws, a } = await withUseCases(repos);
    const created = await repos.spendItems.create(ws.id, seats([{ useCaseId: a.id, share: 0.5 }]));
    if (!created.ok) throw new Error(JSON.stringify(created.errors));
    expect(created.value.revision).toBe(1);
    const saved = await repos.spendItems.save(created.value.id, { ...seats([]), seats: 400 }, 1);
    if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
    expect(saved.value).toMatchObject({ revision: 2, seats: 400, links: [] });
    const stale = await repos.spendItems.save(created.value.id, { ...seats([]), name: 'Renamed' }, 1);
    expect(stale.ok).toBe(false);
    if (!stale.ok) expect(stale.reason).toBe('conflict');
    expect((await repos.spendItems.list(ws.id)).map((s) => [s.name, s.seats])).toEqual([['Assistant seats', 400]]);
    const del = await repos.spendItems.remove(created.value.id, 2);
    if (!del.ok) throw new Error('delete');
    expect(await repos.spendItems.list(ws.id)).toEqual([]);
    expect((await writeSide(repos.db, del.change, 'before')).ok).toBe(true);
    expect((await repos.spendItems.get(created.value.id))?.seats).toBe(400);
  });

  it('refuses an item that is invalid or linked to a use case of another workspace, naming what is wrong', async () => {
    const repos = freshRepositories();
    const { a } = await withUseCases(repos);
    const other = await seededWorkspace(repos);
    const foreign = await repos.spendItems.create(other.id, seats([{ useCaseId: a.id, share: 1 }]));
    expect(foreign.ok).toBe(false);
    if (!foreign.ok) expect(foreign.errors[0]!.message).toMatch(/linked to a use case that no longer exists/);
    const over = await repos.spendItems.create(other.id, { ...seats([]), name: '', seats: -1 });
    expect(over.ok).toBe(false);
    if (!over.ok) expect(over.errors.map((e) => e.path).sort()).toEqual(['name', 'seats']);
  });

  it('two windows saving the same item: the second is a conflict, the first is kept', async () => {
    const [one, two] = twoWindows();
    const { ws } = await withUseCases(one);
    const created = await one.spendItems.create(ws.id, seats([]));
    if (!created.ok) throw new Error('create');
    const [x, y] = await Promise.all([one.spendItems.save(created.value.id, { ...seats([]), seats: 10 }, 1), two.spendItems.save(created.value.id, { ...seats([]), seats: 20 }, 1)]);
    expect([x.ok, y.ok].filter(Boolean)).toHaveLength(1);
    expect((await one.spendItems.get(created.value.id))?.revision).toBe(2);
  });

  it('deleting a use case (or its problem) removes it from every item’s links in the same write; undo restores both', async () => {
    const repos = freshRepositories();
    const { ws, problem, a, b } = await withUseCases(repos);
    const item = await repos.spendItems.create(ws.id, seats([{ useCaseId: a.id, share: 0.6 }, { useCaseId: b.id, share: 0.2 }]));
    if (!item.ok) throw new Error('create');
    const del = await repos.useCases.remove(a.id, a.revision);
    if (!del.ok) throw new Error(JSON.stringify(del.errors));
    expect((await repos.spendItems.get(item.value.id))?.links).toEqual([{ useCaseId: b.id, share: 0.2 }]);
    expect((await writeSide(repos.db, del.change, 'before')).ok).toBe(true);
    expect((await repos.spendItems.get(item.value.id))?.links.map((l) => l.useCaseId)).toEqual([a.id, b.id]);
    const current = await repos.problems.get(problem.id);
    const delProblem = await repos.problems.remove(problem.id, { mode: 'delete' }, current!.revision);
    if (!delProblem.ok) throw new Error(JSON.stringify(delProblem.errors));
    expect((await repos.spendItems.get(item.value.id))?.links).toEqual([]);
  });

  it('a write that would leave an item linked to a missing use case is refused', async () => {
    const repos = freshRepositories();
    const { ws, a } = await withUseCases(repos);
    const item = await repos.spendItems.create(ws.id, seats([{ useCaseId: a.id, share: 1 }]));
    if (!item.ok) throw new Error('create');
    const { applyChangeSet, runWrite } = await import('@renderer/db/changes');
    const refused = await runWrite(repos.db, async () => {
      await applyChangeSet(repos.db, { label: 'Delete', changes: [{ table: 'useCases', key: a.id, before: a, after: null }] });
      return { ok: true as const, value: null, change: { label: '', changes: [] } };
    });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.errors.map((e) => e.message).join(' ')).toMatch(/linked to an AI spend item/);
    expect(await repos.useCases.get(a.id)).toBeDefined();
  });

  it('deleting a workspace deletes its items; undo brings them back', async () => {
    const repos = freshRepositories();
    const { ws } = await withUseCases(repos);
    const item = await repos.spendItems.create(ws.id, seats([]));
    if (!item.ok) throw new Error('create');
    const current = await repos.workspaces.get(ws.id);
    const del = await repos.workspaces.remove(ws.id, current!.revision);
    if (!del.ok) throw new Error(JSON.stringify(del.errors));
    expect(await repos.spendItems.get(item.value.id)).toBeUndefined();
    expect((await writeSide(repos.db, del.change, 'before')).ok).toBe(true);
    expect((await repos.spendItems.get(item.value.id))?.name).toBe('Assistant seats');
  });

  it('converts the seat price and the monthly amount with the workspace currency, in the same undoable edit', async () => {
    const repos = freshRepositories();
    const { ws, a } = await withUseCases(repos);
    const licence = await repos.spendItems.create(ws.id, seats([{ useCaseId: a.id, share: 0.5 }]));
    const api = await repos.spendItems.create(ws.id, { ...blankSpendItemInput(), name: 'Committed API', kind: 'api', monthlyAmount: 12_000.1, links: [] });
    if (!licence.ok || !api.ok) throw new Error('items');
    const current = (await repos.workspaces.get(ws.id))!;
    const { id: _i, createdAt: _c, updatedAt: _u, revision: _r, ...settings } = current;
    const r = await repos.workspaces.convertCurrency(ws.id, { ...settings, currency: 'EUR' }, 0.9, current.revision);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(await repos.spendItems.get(licence.value.id)).toMatchObject({ pricePerSeat: 27, seats: 300, links: [{ useCaseId: a.id, share: 0.5 }] });
    expect((await repos.spendItems.get(api.value.id))!.monthlyAmount).toBe(10_800.09);
    expect((await writeSide(repos.db, r.change, 'before')).ok).toBe(true);
    expect((await repos.spendItems.get(licence.value.id))!.pricePerSeat).toBe(30);
    expect((await repos.spendItems.get(api.value.id))!.monthlyAmount).toBe(12_000.1);
  });
});
