import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importWorkspaceText } from '@renderer/features/exchange/importWorkspace';
import { buildDemoWorkspace } from '@shared/demo';
import { serializeWorkspaceFile } from '@shared/export/workspaceFile';
import { defaultPortfolioPlan } from '@shared/portfolio';
import { withoutRevision } from '@renderer/db';
import { freshRepositories } from './testDb';

let n = 0;
const newId = () => `id-${n++}`;
const demoFile = () => {
  const demo = buildDemoWorkspace({ newId, nowIso: '2027-01-01T00:00:00.000Z', planningStartMonth: '2027-01' });
  return { demo, text: serializeWorkspaceFile({ ...demo, plan: defaultPortfolioPlan(900_000) }, { exportedAt: '2027-02-01T00:00:00.000Z', appVersion: '0.1.0' }) };
};

/** Every stored record without its revision (an undo restores the content under a newer revision). */
async function dump(repos: ReturnType<typeof freshRepositories>) {
  return {
    workspaces: (await repos.db.workspaces.toArray()).map(withoutRevision),
    problems: (await repos.db.problems.toArray()).map(withoutRevision),
    useCases: (await repos.db.useCases.toArray()).map(withoutRevision),
    plans: (await repos.db.plans.toArray()).map(withoutRevision),
  };
}

describe('importing a workspace file into the database', () => {
  it('imports as a new workspace; export → import → export gives the same file apart from ids', async () => {
    const repos = freshRepositories();
    const { demo, text } = demoFile();
    const meta = { exportedAt: '2027-02-01T00:00:00.000Z', appVersion: '0.1.0' };
    const first = await importWorkspaceText(repos, text, { kind: 'new' }, newId);
    if (!first.ok) throw new Error(JSON.stringify(first.errors.slice(0, 3)));
    expect(first.counts).toEqual({ problems: demo.problems.length, useCases: demo.useCases.length });
    const exported = serializeWorkspaceFile((await repos.bundles.read(first.workspace.id))!, meta);
    const second = await importWorkspaceText(repos, exported, { kind: 'new' }, newId);
    if (!second.ok) throw new Error('second import failed');
    const again = serializeWorkspaceFile((await repos.bundles.read(second.workspace.id))!, meta);
    const strip = (t: string) => t.replace(/"id-\d+"/g, '"ID"').replace(/"name": "[^"]*\(imported\)"/, '"name": "NAME"').replace(/"name": "Kestrel[^"]*"/, '"name": "NAME"');
    // Each import adds one entry to the workspace's change log ("Imported 8 problems and 14 use cases"); the rest is the same file.
    const withoutLog = (t: string) => strip(JSON.stringify({ ...JSON.parse(t), changeLog: undefined }, null, 2));
    expect(withoutLog(again)).toBe(withoutLog(exported));
    const logOf = (t: string) => (JSON.parse(t) as { changeLog: { after: string }[] }).changeLog.map((c) => c.after);
    const imported = `Imported ${demo.problems.length} problems and ${demo.useCases.length} use cases`;
    expect(logOf(exported)).toEqual([imported]);
    expect(logOf(again)).toEqual([imported, imported]);
  });

  it('a second import of the same file gets fresh ids and a distinct name', async () => {
    const repos = freshRepositories();
    const { text } = demoFile();
    const a = await importWorkspaceText(repos, text, { kind: 'new' }, newId);
    const b = await importWorkspaceText(repos, text, { kind: 'new' }, newId);
    if (!a.ok || !b.ok) throw new Error('import failed');
    expect(a.workspace.id).not.toBe(b.workspace.id);
    expect(b.workspace.name).toBe(`${a.workspace.name} (imported)`);
  });

  it('replacing a workspace keeps its id, removes what it held, and can be undone', async () => {
    const repos = freshRepositories();
    const { text } = demoFile();
    const first = await importWorkspaceText(repos, text, { kind: 'new' }, newId);
    if (!first.ok) throw new Error('import failed');
    const before = await dump(repos);
    const replaced = await importWorkspaceText(repos, text, { kind: 'replace', workspaceId: first.workspace.id }, newId);
    if (!replaced.ok) throw new Error('replace failed');
    expect(replaced.workspace.id).toBe(first.workspace.id);
    const after = await dump(repos);
    expect(after.problems).toHaveLength(before.problems.length);
    expect(after.problems.map((p) => p.id).some((id) => before.problems.some((q) => q.id === id))).toBe(false);
    const { writeSide } = await import('@renderer/db');
    expect((await writeSide(repos.db, replaced.change, 'before')).ok).toBe(true);
    expect(await dump(repos)).toEqual(before);
  });

  it('a broken file reports its faults with paths and changes nothing', async () => {
    const repos = freshRepositories();
    const { text } = demoFile();
    await importWorkspaceText(repos, text, { kind: 'new' }, newId);
    const before = await dump(repos);
    const doc = JSON.parse(text);
    doc.useCases[3].pilot.cost = -5;
    const r = await importWorkspaceText(repos, JSON.stringify(doc), { kind: 'new' }, newId);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toContainEqual({ path: 'useCases[3].pilot.cost', message: 'Pilot cost must be a number of 0 or more' });
    expect(await dump(repos)).toEqual(before);
  });

  it('never writes part of a file: random corruption leaves the database unchanged or fully imported', async () => {
    const { text } = demoFile();
    const doc = JSON.parse(text);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.nat({ max: text.length }).map((cut) => text.slice(0, cut)),
          fc.tuple(fc.nat({ max: text.length - 1 }), fc.string({ maxLength: 3 })).map(([at, s]) => text.slice(0, at) + s + text.slice(at + 1)),
          fc.tuple(fc.constantFrom('problems', 'useCases'), fc.nat({ max: 7 }), fc.anything()).map(([k, i, junk]) => {
            const copy = structuredClone(doc);
            const list = copy[k] as Record<string, unknown>[];
            const target = list[i % list.length]!;
            const key = Object.keys(target)[i % Object.keys(target).length]!;
            target[key] = junk;
            return JSON.stringify(copy);
          }),
        ),
        async (candidate) => {
          const repos = freshRepositories();
          const r = await importWorkspaceText(repos, candidate, { kind: 'new' }, newId);
          const after = await dump(repos);
          if (r.ok) {
            expect(after.workspaces).toHaveLength(1);
            expect(after.problems).toHaveLength(r.counts.problems);
            expect(after.useCases).toHaveLength(r.counts.useCases);
          } else {
            expect(r.errors.length).toBeGreaterThan(0);
            expect(after).toEqual({ workspaces: [], problems: [], useCases: [], plans: [] });
          }
          repos.db.close();
        },
      ),
      { numRuns: 60 },
    );
  });
});
