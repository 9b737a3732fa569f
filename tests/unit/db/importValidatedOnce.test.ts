import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { checkBundle, writeSide, withoutRevision } from '@renderer/db';
import { importWorkspaceBundle } from '@renderer/features/exchange/importWorkspace';
import { buildDemoWorkspace } from '@shared/demo';
import { wasChecked } from '@shared/export/checkedRecords';
import { remapIds } from '@shared/export/remapIds';
import { parseWorkspaceFile, serializeWorkspaceFile } from '@shared/export/workspaceFile';
import { defaultPortfolioPlan } from '@shared/portfolio';
import { freshRepositories } from './testDb';

let n = 0;
const newId = () => `id-${n++}`;
const meta = { exportedAt: '2027-02-01T00:00:00.000Z', appVersion: '0.1.0' };

function parsedDemo() {
  const demo = buildDemoWorkspace({ newId, nowIso: '2027-01-01T00:00:00.000Z', planningStartMonth: '2027-01' });
  const parsed = parseWorkspaceFile(serializeWorkspaceFile({ ...demo, plan: defaultPortfolioPlan(900_000) }, meta));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors.slice(0, 3)));
  return parsed.bundle;
}

describe('an import is validated once: the parse checks every record, the write only what it has not seen checked', () => {
  it('records from the parse stay checked under fresh ids; a record built since is checked by the write', () => {
    const bundle = parsedDemo();
    expect([bundle.workspace, ...bundle.problems, ...bundle.useCases].every(wasChecked)).toBe(true);
    const fresh = remapIds(bundle, newId);
    expect([fresh.workspace, ...fresh.problems, ...fresh.useCases].every(wasChecked)).toBe(true);
    expect(checkBundle(fresh)).toEqual([]);
    // A renamed workspace is a new object: the write checks it (a name made too long by " (imported)" is refused).
    const renamed = { ...fresh, workspace: { ...fresh.workspace, name: 'x'.repeat(121) } };
    expect(checkBundle(renamed)).toEqual([{ path: 'workspace.name', message: expect.any(String) }]);
    // A record edited into a new object is checked again, and a reference still is for every record.
    const broken = { ...fresh, useCases: [{ ...fresh.useCases[0]!, name: '' }, ...fresh.useCases.slice(1)] };
    expect(checkBundle(broken).map((e) => e.path)).toEqual(['useCases[0].name']);
    const dangling = { ...fresh, useCases: [{ ...fresh.useCases[0]!, problemId: 'nowhere' }] };
    // Every spend link to a use case left out of the bundle is named too.
    expect(checkBundle(dangling).map((e) => e.path)).toEqual(['useCases[0].problemId', ...(fresh.spend ?? []).flatMap((s, i) => s.links.flatMap((l, j) => (l.useCaseId === fresh.useCases[0]!.id ? [] : [`spend[${i}].links[${j}].useCaseId`])))]);
  });

  it('fresh ids that break the id rule leave the records unchecked, so the write checks them', () => {
    const fresh = remapIds(parsedDemo(), () => `${'x'.repeat(101)}${n++}`);
    expect(fresh.useCases.some(wasChecked)).toBe(false);
    expect(checkBundle(fresh).length).toBeGreaterThan(0);
  });

  it('a record the other side says is absent is added, not read first: one that exists by then refuses the whole write', async () => {
    const repos = freshRepositories();
    const imported = await importWorkspaceBundle(repos, parsedDemo(), { kind: 'new' }, newId);
    if (!imported.ok) throw new Error(JSON.stringify(imported.errors));
    expect((await writeSide(repos.db, imported.change, 'before')).ok).toBe(true);
    expect(await repos.db.useCases.count()).toBe(0);
    // Another window puts one of the records back before the redo: the redo is refused and writes nothing.
    const one = imported.change.changes.find((c) => c.table === 'useCases')!;
    await repos.db.useCases.put({ ...(one.after as object), name: 'Typed elsewhere', revision: 9 } as never);
    const redo = await writeSide(repos.db, imported.change, 'after');
    expect(redo).toMatchObject({ ok: false, reason: 'conflict' });
    if (!redo.ok) expect(redo.errors[0]?.message).toBe('The use case “Typed elsewhere” was changed in another window since; redo would overwrite it, so nothing was changed.');
    expect(await repos.db.workspaces.count()).toBe(0);
    expect(await repos.db.problems.count()).toBe(0);
    expect((await repos.db.useCases.toArray()).map(withoutRevision)).toEqual([{ ...withoutRevision(one.after as object), name: 'Typed elsewhere' }]);
  });
});
