/**
 * After an import has committed, the problem list is drawn from the records the write stored instead of reading them
 * back (renderer/db/pendingWorkspace.ts, committedRecords). Those records must be exactly what the live queries then
 * read — same content, revisions, keys (an `undefined` one included) and order — or the view would change when the
 * stored ones arrive. Checked through the repositories on fake-indexeddb, for a new workspace and for a replace.
 */
import { describe, expect, it } from 'vitest';
import { committedRecords } from '@renderer/db/pendingWorkspace';
import { importWorkspaceBundle, importWorkspaceText } from '@renderer/features/exchange/importWorkspace';
import { parseWorkspaceFile, serializeWorkspaceFile } from '@shared/export/workspaceFile';
import { scaledBundle } from '../export/scaledBundle';
import { freshRepositories } from './testDb';

const META = { exportedAt: '2027-02-01T00:00:00.000Z', appVersion: '0.1.0' };

/** What the live views read for a workspace (hooks.ts: useWorkspace, useProblems, useUseCases, usePlanRecord). */
async function readBack(repos: ReturnType<typeof freshRepositories>, workspaceId: string) {
  return {
    workspace: await repos.workspaces.get(workspaceId),
    problems: await repos.problems.list(workspaceId),
    useCases: await repos.useCases.list(workspaceId),
    plan: (await repos.plans.get(workspaceId)) ?? null,
    demo: false,
  };
}

describe('the records a committed import shows before they are read back', () => {
  it('are the stored records, in the order the live queries list them (a new workspace, random ids)', async () => {
    const repos = freshRepositories();
    const parsed = parseWorkspaceFile(serializeWorkspaceFile(scaledBundle(300), META));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors.slice(0, 3)));
    const r = await importWorkspaceBundle(repos, parsed.bundle, { kind: 'new' }, () => crypto.randomUUID());
    if (!r.ok) throw new Error(JSON.stringify(r.errors.slice(0, 3)));
    const shown = committedRecords(r.change, r.workspace.id);
    expect(shown?.problems).toHaveLength(150);
    expect(shown?.useCases).toHaveLength(300);
    // The file's order is not the stored order: the list would jump if the records were shown as the file had them.
    expect(shown?.useCases.map((u) => u.name)).not.toEqual(parsed.bundle.useCases.map((u) => u.name));
    expect(shown).toStrictEqual(await readBack(repos, r.workspace.id));
    expect(shown?.workspace.revision).toBe(1);
  });

  it('replacing a workspace: only the new records of that workspace, under its id, with the revisions written', async () => {
    const repos = freshRepositories();
    const text = serializeWorkspaceFile(scaledBundle(40), META);
    const first = await importWorkspaceText(repos, text, { kind: 'new' }, () => crypto.randomUUID());
    const other = await importWorkspaceText(repos, text, { kind: 'new' }, () => crypto.randomUUID());
    if (!first.ok || !other.ok) throw new Error('import failed');
    const replaced = await importWorkspaceText(repos, serializeWorkspaceFile(scaledBundle(24), META), { kind: 'replace', workspaceId: first.workspace.id }, () => crypto.randomUUID());
    if (!replaced.ok) throw new Error('replace failed');
    const shown = committedRecords(replaced.change, first.workspace.id);
    expect(shown?.useCases).toHaveLength(24);
    expect(shown?.workspace.revision).toBe(2);
    expect(shown).toStrictEqual(await readBack(repos, first.workspace.id));
    // A change set that does not write the workspace shows nothing from memory.
    expect(committedRecords(replaced.change, other.workspace.id)).toBeNull();
  });

  it('a workspace without a plan shows no plan, as the stored workspace has none', async () => {
    const repos = freshRepositories();
    const { plan: _plan, ...withoutPlan } = scaledBundle(10);
    const r = await importWorkspaceText(repos, serializeWorkspaceFile(withoutPlan, META), { kind: 'new' }, () => crypto.randomUUID());
    if (!r.ok) throw new Error('import failed');
    const shown = committedRecords(r.change, r.workspace.id);
    expect(shown?.plan).toBeNull();
    expect(shown).toStrictEqual(await readBack(repos, r.workspace.id));
  });
});
