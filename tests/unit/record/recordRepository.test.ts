import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { writeSide } from '@renderer/db';
import { importWorkspaceText } from '@renderer/features/exchange/importWorkspace';
import type { BoardSnapshot, ChangeLogEntry, FundingDecision } from '@shared/domain';
import { serializeWorkspaceFile } from '@shared/export/workspaceFile';
import { fixedBundle } from '../export/fixtures';
import { freshRepositories, inputOf, problemInput, seededWorkspace } from '../db/testDb';

const meta = { exportedAt: '2027-04-01T00:00:00.000Z', appVersion: '0.1.0' };
let n = 0;
const newId = () => `r-${n++}`;

/** The fixed workspace with a record: a funding decision, two log entries and a snapshot naming its use cases. */
function bundleWithRecord() {
  const bundle = fixedBundle();
  const ws = bundle.workspace.id;
  const decision: FundingDecision = {
    id: 'd-1', workspaceId: ws, at: '2026-02-10T09:00:00.000Z', month: '2027-02', by: 'Dana Ruiz', title: 'Fund the Q1 portfolio', rationale: 'Within budget.',
    figures: { budget: 600_000, fundedIds: ['uc-docs', 'uc-claims'], fundedNames: ['Invoice document processing', 'Claims'], totalInvestment: 500_000, expectedNpv: 900_000, committedInvestment: 0, sunkCost: 0 },
  };
  const entry = (id: string, at: string): ChangeLogEntry => ({ id, workspaceId: ws, at, by: 'Dana Ruiz', action: 'Edit use case', entity: 'useCase', entityId: 'uc-docs', entityName: 'Invoice document processing', field: 'Pilot cost', before: '$70,000', after: '$75,000' });
  const snapshot: BoardSnapshot = {
    id: 's-1', workspaceId: ws, name: 'Board, February 2027', at: '2026-02-11T09:00:00.000Z', month: '2027-02', budget: 600_000, totalInvestment: 500_000, expectedNpv: 900_000,
    candidates: [{ id: 'uc-docs', name: 'Invoice document processing', problemName: 'Invoice backlog', stage: 'idea', rank: 1, funded: true, fundingCost: 370_000, totalInvestment: 370_000, monthlyBenefitAtFull: 42_000, monthlyRunCost: 4_000, expectedNpv: 500_000, npv: 700_000, sunkCost: 0 }],
  };
  return { ...bundle, record: { decisions: [decision], changeLog: [entry('c-1', '2026-02-01T00:00:00.000Z'), entry('c-2', '2026-02-02T00:00:00.000Z')], snapshots: [snapshot] } };
}

describe('the record travels with its workspace', () => {
  it('a workspace file with a record imports and exports equal (fresh ids, the same use cases named), plus one import entry', async () => {
    const repos = freshRepositories();
    const source = bundleWithRecord();
    const imported = await importWorkspaceText(repos, serializeWorkspaceFile(source, meta), { kind: 'new' }, newId);
    if (!imported.ok) throw new Error(JSON.stringify(imported.errors));
    const back = (await repos.bundles.read(imported.workspace.id))!;
    const docsId = back.useCases.find((u) => u.name === 'Invoice document processing')!.id;
    const claimsProblem = back.problems.find((p) => p.owner === '+cmd|calc')!.id;
    const claimsId = back.useCases.find((u) => u.problemId === claimsProblem)!.id;
    expect(back.record!.decisions).toEqual([{ ...source.record.decisions[0], id: expect.any(String), workspaceId: imported.workspace.id, figures: { ...source.record.decisions[0]!.figures, fundedIds: [docsId, claimsId] } }]);
    expect(back.record!.snapshots).toEqual([{ ...source.record.snapshots[0], id: expect.any(String), workspaceId: imported.workspace.id, candidates: [{ ...source.record.snapshots[0]!.candidates[0], id: docsId }] }]);
    expect(back.record!.changeLog.map((c) => [c.entityId, c.field, c.after])).toEqual([
      [docsId, 'Pilot cost', '$75,000'],
      [docsId, 'Pilot cost', '$75,000'],
      [imported.workspace.id, 'Records', 'Imported 3 problems and 4 use cases'],
    ]);
    // Exported again and imported again: the same record (one more import entry).
    const again = await importWorkspaceText(repos, serializeWorkspaceFile(back, meta), { kind: 'new' }, newId);
    if (!again.ok) throw new Error('second import failed');
    const twice = (await repos.bundles.read(again.workspace.id))!;
    const strip = (b: typeof back) => ({ ...b.record!, decisions: b.record!.decisions.map((d) => ({ ...d, id: '', workspaceId: '', figures: { ...d.figures, fundedIds: [] } })), snapshots: b.record!.snapshots.map((s) => ({ ...s, id: '', workspaceId: '', candidates: s.candidates.map((c) => ({ ...c, id: '' })) })), changeLog: b.record!.changeLog.slice(0, 3).map((c) => ({ ...c, id: '', workspaceId: '', entityId: '', entityName: '', at: '' })) });
    expect(strip(twice)).toEqual(strip(back));
    expect(twice.record!.changeLog).toHaveLength(4);
  });

  it('deleting a workspace removes its record; undo brings it back; redo removes it again', async () => {
    const repos = freshRepositories();
    const written = await repos.bundles.write(bundleWithRecord(), 'Import');
    if (!written.ok) throw new Error('write failed');
    const id = written.value.id;
    const before = await repos.bundles.read(id);
    const removed = await repos.workspaces.remove(id, written.value.revision);
    if (!removed.ok) throw new Error(removed.errors[0]!.message);
    expect([await repos.db.decisions.count(), await repos.db.changeLog.count(), await repos.db.snapshots.count()]).toEqual([0, 0, 0]);
    const undo = await writeSide(repos.db, removed.change, 'before');
    if (!undo.ok) throw new Error(undo.errors[0]!.message);
    const restored = await repos.bundles.read(id);
    expect(restored!.record!.decisions).toEqual(before!.record!.decisions);
    expect(restored!.record!.snapshots).toEqual(before!.record!.snapshots);
    // The log comes back, plus the undo itself.
    expect(restored!.record!.changeLog.slice(0, -1)).toEqual(before!.record!.changeLog);
    expect(restored!.record!.changeLog.at(-1)).toMatchObject({ action: 'Undo: Delete workspace “Acme planning 2027”', entity: 'workspace', field: 'Record', after: 'Added' });
    expect((await writeSide(repos.db, undo.value, 'after')).ok).toBe(true);
    expect([await repos.db.workspaces.count(), await repos.db.decisions.count(), await repos.db.changeLog.count(), await repos.db.snapshots.count()]).toEqual([0, 0, 0, 0]);
  });
});

describe('the change log of every edit', () => {
  it('records who changed which field, before and after; undo and redo are logged as actions; import writes none per field', async () => {
    const repos = freshRepositories();
    const ws = await seededWorkspace(repos);
    const p = await repos.problems.create(ws.id, problemInput('Invoice backlog'));
    if (!p.ok) throw new Error('problem');
    await repos.record.setYourName('  Dana Ruiz  ');
    expect(await repos.record.yourName()).toBe('Dana Ruiz');
    const edited = await repos.problems.update(p.value.id, { ...inputOf(p.value), monthlyCost: 4_000, owner: 'CFO' }, p.value.revision);
    if (!edited.ok) throw new Error('edit');
    expect((await writeSide(repos.db, edited.change, 'before')).ok).toBe(true);
    const log = await repos.record.changeLog(ws.id);
    const rows = log.map((e) => [e.by, e.action, e.entity, e.entityName, e.field, e.before, e.after]);
    expect(rows).toEqual([
      ['Dana Ruiz', 'Undo: Edit problem “Invoice backlog”', 'problem', 'Invoice backlog', 'Business owner', 'CFO', 'empty'],
      ['Dana Ruiz', 'Undo: Edit problem “Invoice backlog”', 'problem', 'Invoice backlog', 'Monthly cost', '$4,000', 'not given'],
      ['Dana Ruiz', 'Edit problem “Invoice backlog”', 'problem', 'Invoice backlog', 'Business owner', 'empty', 'CFO'],
      ['Dana Ruiz', 'Edit problem “Invoice backlog”', 'problem', 'Invoice backlog', 'Monthly cost', 'not given', '$4,000'],
      ['', 'Add problem “Invoice backlog”', 'problem', 'Invoice backlog', 'Record', '', 'Added'],
      ['', 'Create workspace “Acme”', 'workspace', 'Acme', 'Record', '', 'Added'],
    ]);
  });

  it('an edit of more than 200 records is one summary entry', async () => {
    const repos = freshRepositories();
    const ws = await seededWorkspace(repos);
    const many = await repos.problems.createMany(ws.id, Array.from({ length: 201 }, (_, i) => problemInput(`Problem ${i}`)), 'Import problems from CSV');
    if (!many.ok) throw new Error(many.errors[0]!.message);
    const log = await repos.record.changeLog(ws.id);
    expect(log.map((e) => [e.action, e.field, e.after])[0]).toEqual(['Import problems from CSV', 'Records', 'Changed 201 problems']);
    expect(log).toHaveLength(2);
  });

  it('funding decisions and snapshots are added undoably and listed newest first', async () => {
    const repos = freshRepositories();
    const ws = await seededWorkspace(repos);
    const figures = { budget: 1, fundedIds: [], fundedNames: [], totalInvestment: 0, expectedNpv: 0, committedInvestment: 0, sunkCost: 0 };
    const d = await repos.record.recordDecision(ws.id, { month: '2027-03', by: 'Dana', title: 'Fund Q2', rationale: 'Fits', figures });
    if (!d.ok) throw new Error(d.errors[0]!.message);
    const s = await repos.record.freezeSnapshot(ws.id, { name: 'Board, March 2027', month: '2027-03', budget: 1, totalInvestment: 0, expectedNpv: 0, candidates: [] });
    if (!s.ok) throw new Error(s.errors[0]!.message);
    expect((await repos.record.decisions(ws.id)).map((x) => x.title)).toEqual(['Fund Q2']);
    expect((await repos.record.snapshots(ws.id)).map((x) => x.name)).toEqual(['Board, March 2027']);
    expect((await writeSide(repos.db, s.change, 'before')).ok).toBe(true);
    expect(await repos.record.snapshots(ws.id)).toEqual([]);
    const bad = await repos.record.recordDecision(ws.id, { month: '2027-03', by: 'Dana', title: '', rationale: 'Fits', figures });
    expect(bad).toMatchObject({ ok: false, reason: 'invalid' });
  });
});
