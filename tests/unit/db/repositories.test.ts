import { describe, expect, it } from 'vitest';
import { writeSide } from '@renderer/db';
import { blankUseCaseInput, defaultWorkspaceSettings } from '@shared/domain';
import { freshRepositories, problemInput, seededWorkspace } from './testDb';

describe('repositories guard the data with the shared schemas', () => {
  it('refuses an invalid problem with the field and a plain message, and stores nothing', async () => {
    const repos = freshRepositories();
    const ws = await seededWorkspace(repos);
    const r = await repos.problems.create(ws.id, problemInput('Slow invoices', { monthlyCost: -1 }));
    expect(r).toEqual({ ok: false, reason: 'invalid', errors: [{ path: 'monthlyCost', message: 'Monthly cost must be a number of 0 or more' }] });
    expect(await repos.problems.list(ws.id)).toEqual([]);
  });

  it('refuses a blank title and NaN numbers', async () => {
    const repos = freshRepositories();
    const ws = await seededWorkspace(repos);
    const r = await repos.problems.create(ws.id, problemInput('   ', { monthlyHours: Number.NaN }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.path).sort()).toEqual(['monthlyHours', 'title']);
  });

  it('refuses workspace settings whose last-mile shares do not add up to 100%', async () => {
    const repos = freshRepositories();
    const settings = defaultWorkspaceSettings('Acme', '2027-01');
    settings.defaults.lastMileShares.integration += 0.1;
    const r = await repos.workspaces.create(settings);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]?.message).toBe('Last-mile shares must add up to 100%');
    expect(await repos.workspaces.list()).toEqual([]);
  });

  it('a use case cannot exist without a problem of its own workspace', async () => {
    const repos = freshRepositories();
    const ws = await seededWorkspace(repos);
    const other = await seededWorkspace(repos);
    const p = await repos.problems.create(other.id, problemInput('Elsewhere'));
    if (!p.ok) throw new Error('setup');
    const defaults = { pilotMonths: 4, lastMileMonths: 8, rampUpMonths: 6 };
    const orphan = await repos.useCases.create(ws.id, { ...blankUseCaseInput('missing', defaults), name: 'Orphan' });
    expect(orphan.ok).toBe(false);
    const foreign = await repos.useCases.create(ws.id, { ...blankUseCaseInput(p.value.id, defaults), name: 'Foreign' });
    expect(foreign.ok).toBe(false);
    expect(await repos.useCases.list(ws.id)).toEqual([]);
  });
});

describe('deletes cascade and can be undone', () => {
  it('deleting a workspace removes its problems and use cases; undo brings all of them back', async () => {
    const repos = freshRepositories();
    const ws = await seededWorkspace(repos);
    const keep = await seededWorkspace(repos);
    const p = await repos.problems.create(ws.id, problemInput('Claims backlog'));
    const kept = await repos.problems.create(keep.id, problemInput('Other client'));
    if (!p.ok || !kept.ok) throw new Error('setup');
    const u = await repos.useCases.create(ws.id, { ...blankUseCaseInput(p.value.id, { pilotMonths: 4, lastMileMonths: 8, rampUpMonths: 6 }), name: 'Triage bot' });
    if (!u.ok) throw new Error('setup');
    expect(await repos.workspaces.contents(ws.id)).toEqual({ problems: 1, useCases: 1 });
    const del = await repos.workspaces.remove(ws.id, ws.revision);
    if (!del.ok) throw new Error('delete failed');
    expect(await repos.workspaces.get(ws.id)).toBeUndefined();
    expect(await repos.problems.list(ws.id)).toEqual([]);
    expect(await repos.useCases.list(ws.id)).toEqual([]);
    expect(await repos.problems.list(keep.id)).toHaveLength(1);
    expect((await writeSide(repos.db, del.change, 'before')).ok).toBe(true);
    // Restored as they were, each under its next revision (so a form still open on the old revision sees the change).
    expect(await repos.workspaces.get(ws.id)).toEqual({ ...ws, revision: 2 });
    expect(await repos.problems.list(ws.id)).toEqual([{ ...p.value, revision: 2 }]);
    expect(await repos.useCases.list(ws.id)).toEqual([{ ...u.value, revision: 2 }]);
  });

  it('deleting a problem can move its candidates to another problem instead of deleting them', async () => {
    const repos = freshRepositories();
    const ws = await seededWorkspace(repos);
    const a = await repos.problems.create(ws.id, problemInput('A'));
    const b = await repos.problems.create(ws.id, problemInput('B'));
    if (!a.ok || !b.ok) throw new Error('setup');
    const u = await repos.useCases.create(ws.id, { ...blankUseCaseInput(a.value.id, { pilotMonths: 4, lastMileMonths: 8, rampUpMonths: 6 }), name: 'Bot' });
    if (!u.ok) throw new Error('setup');
    const del = await repos.problems.remove(a.value.id, { mode: 'move', toProblemId: b.value.id }, a.value.revision);
    expect(del.ok).toBe(true);
    expect((await repos.useCases.get(u.value.id))?.problemId).toBe(b.value.id);
    const bad = await repos.problems.remove(b.value.id, { mode: 'move', toProblemId: b.value.id }, b.value.revision);
    expect(bad.ok).toBe(false);
    expect(await repos.problems.get(b.value.id)).toBeDefined();
  });

  it('an edit undone restores the record exactly; redo re-applies it', async () => {
    const repos = freshRepositories();
    const ws = await seededWorkspace(repos);
    const p = await repos.problems.create(ws.id, problemInput('Invoices'));
    if (!p.ok) throw new Error('setup');
    const { id: _i, workspaceId: _w, createdAt: _c, updatedAt: _u, revision: _r, ...input } = p.value;
    const edit = await repos.problems.update(p.value.id, { ...input, monthlyCost: 9000, owner: 'CFO' }, p.value.revision);
    if (!edit.ok) throw new Error('edit');
    expect(edit.value.revision).toBe(2);
    const undone = await writeSide(repos.db, edit.change, 'before');
    if (!undone.ok) throw new Error('undo');
    expect(await repos.problems.get(p.value.id)).toEqual({ ...p.value, revision: 3 });
    expect((await writeSide(repos.db, undone.value, 'after')).ok).toBe(true);
    expect(await repos.problems.get(p.value.id)).toEqual({ ...edit.value, revision: 4 });
  });
});
