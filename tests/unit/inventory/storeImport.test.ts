import { IDBObjectStore } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { IMPORT_CANCELLED_MESSAGE, STORAGE_FULL_MESSAGE, writeSide } from '@renderer/db';
import { currentStage } from '@shared/domain';
import { freshRepositories } from '../db/testDb';
import { contents, newRowsPlan, TODAY, updateOf, workspaceWithProblem } from './storeFixtures';

const options = { todayMonth: TODAY, by: 'Dana Ruiz' };

describe('inventory import: the whole plan in one transaction, or nothing', () => {
  it('creates the problems and use cases with the register’s stages as this month’s facts, one change-log entry, progress in chunks', async () => {
    const repos = freshRepositories();
    const { ws } = await workspaceWithProblem(repos);
    const plan = { ...newRowsPlan(1200, { problems: 30 }), skippedRows: [7, 9, 30] };
    const progress: [number, number][] = [];
    const r = await repos.inventory.importPlan(ws.id, plan, { ...options, onProgress: (done, total) => progress.push([done, total]) });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.value).toMatchObject({ problemsCreated: 30, useCasesCreated: 1200, useCasesUpdated: 0, rowsSkipped: 3 });
    expect(r.value.useCaseIds).toHaveLength(1200);
    // 1,230 records in chunks: progress rises to the total and ends there.
    expect(progress[0]).toEqual([0, 1230]);
    expect(progress.at(-1)).toEqual([1230, 1230]);
    expect(progress.length).toBeGreaterThan(3);
    expect(progress.every(([d], i) => i === 0 || d > progress[i - 1]![0])).toBe(true);

    const stored = await contents(repos, ws.id);
    expect(stored.problems).toHaveLength(31);
    expect(stored.useCases).toHaveLength(1200);
    const first = stored.useCases.find((u) => u.name === 'Use case 1')!;
    expect(first.lifecycle.history).toEqual([{ stage: 'pilot', month: TODAY, at: expect.any(String), by: 'Dana Ruiz', note: 'From the inventory “inventory.xlsx”', evidence: null }]);
    expect(first.register).toMatchObject({ externalId: 'AI-1', owner: 'Dana Ruiz', importedFrom: 'inventory.xlsx' });
    expect(first.estimate.source).toBe('none');
    expect(stored.useCases.find((u) => u.name === 'Use case 2')!.lifecycle.history).toEqual([]);
    expect(new Set(stored.useCases.map((u) => u.problemId)).size).toBe(30);
    // One entry for the import, beside the entries of the setup's own edits.
    const entries = stored.log.filter((e) => e.action.startsWith('Import'));
    expect(entries.map((e) => [e.action, e.after])).toEqual([['Import 1,200 use cases from inventory.xlsx', 'Imported 1,200 use cases from inventory.xlsx: 0 updated, 30 new problems, 3 rows skipped']]);
    expect(r.change.changes).toHaveLength(1230);
  });

  it('a bad record in the middle: refused with its row named, nothing written', async () => {
    const repos = freshRepositories();
    const { ws } = await workspaceWithProblem(repos);
    const before = await contents(repos, ws.id);
    const plan = newRowsPlan(900, { problems: 5 });
    plan.newUseCases[600]!.input = { ...plan.newUseCases[600]!.input, name: '' };
    plan.newUseCases[601]!.input = { ...plan.newUseCases[601]!.input, pilot: { cost: -5, months: 3 } };
    const r = await repos.inventory.importPlan(ws.id, plan, options);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason).toBe('invalid');
    expect(r.errors.map((e) => e.message)).toEqual([expect.stringMatching(/^Row 602: /), expect.stringMatching(/^Row 603: .*Pilot cost/)]);
    expect(await contents(repos, ws.id)).toEqual(before);
  });

  it('a failure after some chunks were written (the disk fills up) rolls everything back and says storage-full', async () => {
    const repos = freshRepositories();
    const { ws } = await workspaceWithProblem(repos);
    const before = await contents(repos, ws.id);
    const proto = IDBObjectStore.prototype as unknown as Record<'put' | 'add', (...args: unknown[]) => unknown>;
    const add = proto.add;
    let calls = 0;
    proto.add = function (this: unknown, ...args: unknown[]) {
      if (++calls > 1500) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return add.apply(this, args);
    };
    try {
      const r = await repos.inventory.importPlan(ws.id, newRowsPlan(2000, { problems: 10 }), options);
      expect(r).toEqual({ ok: false, reason: 'storage-full', errors: [{ path: '', message: STORAGE_FULL_MESSAGE }] });
    } finally {
      proto.add = add;
    }
    expect(calls).toBeGreaterThan(1500);
    expect(await contents(repos, ws.id)).toEqual(before);
  });

  it('cancel: aborted before it starts, or while chunks are being written, nothing is written and the answer says so', async () => {
    const repos = freshRepositories();
    const { ws } = await workspaceWithProblem(repos);
    const before = await contents(repos, ws.id);
    const cancelled = { ok: false, reason: 'cancelled', errors: [{ path: '', message: IMPORT_CANCELLED_MESSAGE }] };
    const early = new AbortController();
    early.abort();
    expect(await repos.inventory.importPlan(ws.id, newRowsPlan(10), { ...options, signal: early.signal })).toEqual(cancelled);
    const late = new AbortController();
    const seen: number[] = [];
    const r = await repos.inventory.importPlan(ws.id, newRowsPlan(1500, { problems: 3 }), {
      ...options,
      signal: late.signal,
      onProgress: (done) => {
        seen.push(done);
        if (done >= 1000) late.abort();
      },
    });
    expect(r).toEqual(cancelled);
    expect(seen).toContain(1000);
    expect(await contents(repos, ws.id)).toEqual(before);
  });

  it('re-import: updates over the revision read, the register’s stage appended when it differs (even where a manual move would be refused)', async () => {
    const repos = freshRepositories();
    const { ws } = await workspaceWithProblem(repos);
    const first = await repos.inventory.importPlan(ws.id, newRowsPlan(3, { problems: 1 }), options);
    if (!first.ok) throw new Error(JSON.stringify(first.errors));
    const stored = (await repos.useCases.list(ws.id)).sort((a, b) => a.name.localeCompare(b.name));
    const [one, two, three] = stored as [(typeof stored)[0], (typeof stored)[0], (typeof stored)[0]];
    const plan = {
      ...newRowsPlan(0, { problems: 1 }),
      newProblems: [],
      updates: [
        updateOf(one, 2, { name: 'Use case 1 (renamed)' }, 'pilot'), // same stage: nothing appended
        updateOf(two, 3, {}, 'production'), // an idea straight to production: the register says so
        updateOf(three, 4, { register: { ...three.register, owner: 'Sam Lee' } }, null),
      ],
    };
    const r = await repos.inventory.importPlan(ws.id, plan, options);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.value).toMatchObject({ problemsCreated: 0, useCasesCreated: 0, useCasesUpdated: 3, useCaseIds: [one.id, two.id, three.id] });
    const after = await Promise.all([one, two, three].map((u) => repos.useCases.get(u.id)));
    expect(after.map((u) => [u!.name, u!.revision, currentStage(u!.lifecycle), u!.lifecycle.history.length, u!.register.owner])).toEqual([
      ['Use case 1 (renamed)', 2, 'pilot', 1, 'Dana Ruiz'],
      ['Use case 2', 2, 'production', 1, 'Dana Ruiz'],
      ['Use case 3', 2, 'idea', 0, 'Sam Lee'],
    ]);
    expect(after[0]!.createdAt).toBe(one.createdAt);
  });

  it('a use case changed since the preview refuses the whole import, naming its row; nothing written', async () => {
    const repos = freshRepositories();
    const { ws } = await workspaceWithProblem(repos);
    const first = await repos.inventory.importPlan(ws.id, newRowsPlan(2), options);
    if (!first.ok) throw new Error('import');
    const [a, b] = (await repos.useCases.list(ws.id)).sort((x, y) => x.name.localeCompare(y.name));
    const plan = { ...newRowsPlan(700, { problems: 2 }), updates: [updateOf(a!, 5, { name: 'Renamed A' }, null), updateOf(b!, 9, { name: 'Renamed B' }, 'pilot')] };
    const edited = await repos.useCases.update(b!.id, { ...plan.updates[1]!.input, name: 'Edited in another window' }, b!.revision);
    expect(edited.ok).toBe(true);
    const before = await contents(repos, ws.id);
    const r = await repos.inventory.importPlan(ws.id, plan, options);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason).toBe('conflict');
    expect(r.errors[0]!.message).toBe('Row 9: “Edited in another window” was changed in another window since the preview; nothing was imported. Preview the file again.');
    expect(await contents(repos, ws.id)).toEqual(before);
  });

  it('a problem of the workspace the plan names but that was deleted meanwhile refuses the import', async () => {
    const repos = freshRepositories();
    const { ws, problem } = await workspaceWithProblem(repos);
    const plan = newRowsPlan(4, { existingProblemId: problem.id });
    const removed = await repos.problems.remove(problem.id, { mode: 'delete' }, problem.revision);
    expect(removed.ok).toBe(true);
    const before = await contents(repos, ws.id);
    const r = await repos.inventory.importPlan(ws.id, plan, options);
    expect(r.ok === false && [r.reason, r.errors[0]!.message]).toEqual(['missing', 'Row 2: its problem no longer exists (deleted in another window?); nothing was imported. Preview the file again.']);
    expect(await contents(repos, ws.id)).toEqual(before);
  });

  it('undo removes the whole import (updates back to what they were) in one step, redo brings it back', async () => {
    const repos = freshRepositories();
    const { ws } = await workspaceWithProblem(repos);
    const first = await repos.inventory.importPlan(ws.id, newRowsPlan(1), options);
    if (!first.ok) throw new Error('import');
    const [old] = await repos.useCases.list(ws.id);
    const before = await contents(repos, ws.id);
    const r = await repos.inventory.importPlan(ws.id, { ...newRowsPlan(600, { problems: 12 }), updates: [updateOf(old!, 700, { name: 'Renamed' }, 'pilot')] }, options);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const undone = await writeSide(repos.db, r.change, 'before');
    if (!undone.ok) throw new Error(JSON.stringify(undone.errors));
    const afterUndo = await contents(repos, ws.id);
    expect(afterUndo.problems).toEqual(before.problems);
    expect(afterUndo.useCases.map(({ revision: _r, ...u }) => u)).toEqual(before.useCases.map(({ revision: _r, ...u }) => u));
    const redone = await writeSide(repos.db, undone.value, 'after');
    if (!redone.ok) throw new Error(JSON.stringify(redone.errors));
    const afterRedo = await contents(repos, ws.id);
    expect(afterRedo.problems).toHaveLength(14);
    expect(afterRedo.useCases).toHaveLength(601);
    expect((await repos.useCases.get(old!.id))?.name).toBe('Renamed');
  });
});
