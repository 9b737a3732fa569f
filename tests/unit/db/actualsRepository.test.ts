import { describe, expect, it } from 'vitest';
import { writeSide } from '@renderer/db';
import { blankUseCaseInput, type ActualMonth } from '@shared/domain';
import { freshRepositories, problemInput, seededWorkspace } from './testDb';

const TODAY = '2027-07';
const actual = (month: string, a: Partial<ActualMonth> = {}): ActualMonth => ({ month, pilot: 0, lastMile: 0, lastMileByCategory: null, run: 0, benefit: 0, ...a });

async function setup(names: string[] = ['Invoice reader']) {
  const repos = freshRepositories();
  const ws = await seededWorkspace(repos);
  const p = await repos.problems.create(ws.id, problemInput('Slow invoices'));
  if (!p.ok) throw new Error('setup');
  const useCases = [];
  for (const name of names) {
    const u = await repos.useCases.create(ws.id, { ...blankUseCaseInput(p.value.id, { pilotMonths: 4, lastMileMonths: 8, rampUpMonths: 6 }), name });
    if (!u.ok) throw new Error('setup');
    useCases.push(u.value);
  }
  return { repos, ws, useCases };
}

describe('actualsRepository', () => {
  it('enters months of actuals sorted by month; a month entered again replaces it; undo and redo replay the edit', async () => {
    const { repos, useCases } = await setup();
    const uc = useCases[0]!;
    const first = await repos.actuals.set(uc.id, [actual('2027-03', { pilot: 12_000 }), actual('2027-01', { pilot: 9_000 })], uc.revision, TODAY);
    if (!first.ok) throw new Error(first.errors[0]?.message);
    expect(first.change.label).toBe('Enter actuals for 2 months of “Invoice reader”');
    expect(first.value.actuals.map((a) => [a.month, a.pilot])).toEqual([['2027-01', 9_000], ['2027-03', 12_000]]);
    const again = await repos.actuals.set(uc.id, [actual('2027-03', { pilot: 15_000 })], first.value.revision, TODAY);
    if (!again.ok) throw new Error('refused');
    expect(again.change.label).toBe('Enter actuals for Mar 2027 of “Invoice reader”');
    expect((await repos.useCases.get(uc.id))?.actuals.map((a) => a.pilot)).toEqual([9_000, 15_000]);
    expect((await writeSide(repos.db, again.change, 'before')).ok).toBe(true);
    expect((await repos.useCases.get(uc.id))?.actuals.map((a) => a.pilot)).toEqual([9_000, 12_000]);
  });

  it('refuses this month and later months in plain words, and a last-mile split that does not add up, writing nothing', async () => {
    const { repos, useCases } = await setup();
    const uc = useCases[0]!;
    const r = await repos.actuals.set(uc.id, [actual('2027-07'), actual('2027-09'), actual('2027-02', { lastMile: 100, lastMileByCategory: { integration: 40 } })], uc.revision, TODAY);
    expect(r).toEqual({
      ok: false,
      reason: 'invalid',
      errors: [
        { path: '[0].month', message: 'Jul 2027 is this month: actuals are entered only for months that are over' },
        { path: '[1].month', message: 'Sep 2027 has not begun: actuals are entered only for months that are over' },
        { path: '[2].lastMileByCategory', message: 'The last-mile categories must add up to the actual last-mile spend' },
      ],
    });
    const negative = await repos.actuals.set(uc.id, [actual('2027-02', { run: -5 })], uc.revision, TODAY);
    expect(negative.ok ? null : negative.errors).toEqual([{ path: '[0].run', message: 'Actual run cost must be a number of 0 or more' }]);
    expect((await repos.useCases.get(uc.id))?.actuals).toEqual([]);
  });

  it('refuses a write on a stale revision (another window changed the use case) and keeps the stored record', async () => {
    const { repos, useCases } = await setup();
    const uc = useCases[0]!;
    const ok = await repos.actuals.set(uc.id, [actual('2027-01', { pilot: 1 })], uc.revision, TODAY);
    expect(ok.ok).toBe(true);
    const stale = await repos.actuals.set(uc.id, [actual('2027-02', { pilot: 2 })], uc.revision, TODAY);
    expect(stale.ok ? null : stale.reason).toBe('conflict');
    const staleDelete = await repos.actuals.remove(uc.id, '2027-01', uc.revision);
    expect(staleDelete.ok ? null : staleDelete.reason).toBe('conflict');
    expect((await repos.useCases.get(uc.id))?.actuals.map((a) => a.month)).toEqual(['2027-01']);
  });

  it('deletes one month; undo brings it back', async () => {
    const { repos, useCases } = await setup();
    const uc = useCases[0]!;
    const set = await repos.actuals.set(uc.id, [actual('2027-01', { pilot: 1 }), actual('2027-02', { pilot: 2 })], uc.revision, TODAY);
    if (!set.ok) throw new Error('setup');
    const del = await repos.actuals.remove(uc.id, '2027-01', set.value.revision);
    if (!del.ok) throw new Error('refused');
    expect(del.change.label).toBe('Delete the actuals for Jan 2027 of “Invoice reader”');
    expect(del.value.actuals.map((a) => a.month)).toEqual(['2027-02']);
    const missing = await repos.actuals.remove(uc.id, '2027-05', del.value.revision);
    expect(missing.ok ? null : missing.errors[0]?.message).toBe('“Invoice reader” has no actuals for May 2027');
    expect((await writeSide(repos.db, del.change, 'before')).ok).toBe(true);
    expect((await repos.useCases.get(uc.id))?.actuals.map((a) => a.month)).toEqual(['2027-01', '2027-02']);
  });

  it('imports several use cases all or nothing: one stale use case and nothing is written; otherwise one undoable edit', async () => {
    const { repos, ws, useCases } = await setup(['Invoice reader', 'Claims triage']);
    const [a, b] = useCases as [(typeof useCases)[0], (typeof useCases)[0]];
    const entries = [
      { useCaseId: a.id, expectedRevision: a.revision, months: [actual('2027-01', { pilot: 5 })] },
      { useCaseId: b.id, expectedRevision: b.revision, months: [actual('2027-02', { lastMile: 7 }), actual('2027-03', { lastMile: 8 })] },
    ];
    const moved = await repos.actuals.set(b.id, [actual('2026-12', { pilot: 1 })], b.revision, TODAY);
    if (!moved.ok) throw new Error('setup');
    const refused = await repos.actuals.importMany(ws.id, entries, 'Import actuals', TODAY);
    expect(refused.ok ? null : refused.errors[0]?.message).toBe('The use case “Claims triage” was changed in another window since you opened it; nothing was saved.');
    expect((await repos.useCases.get(a.id))?.actuals).toEqual([]);
    const fresh = [entries[0]!, { ...entries[1]!, expectedRevision: moved.value.revision }];
    const done = await repos.actuals.importMany(ws.id, fresh, 'Import actuals from actuals.csv', TODAY);
    if (!done.ok) throw new Error(done.errors[0]?.message);
    expect(done.change.changes).toHaveLength(2);
    expect((await repos.useCases.get(b.id))?.actuals.map((x) => x.month)).toEqual(['2026-12', '2027-02', '2027-03']);
    const future = await repos.actuals.importMany(ws.id, [{ ...fresh[0]!, months: [actual('2027-08')] }], 'x', TODAY);
    expect(future.ok ? null : future.errors[0]).toEqual({ path: '[0].months[0].month', message: 'Aug 2027 has not begun: actuals are entered only for months that are over' });
    expect((await writeSide(repos.db, done.change, 'before')).ok).toBe(true);
    expect((await repos.useCases.get(a.id))?.actuals).toEqual([]);
  });
});
