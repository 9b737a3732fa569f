import { boardSnapshotSchema, changeLogEntrySchema, fundingDecisionSchema, problemSchema, scenarioSchema, spendItemSchema, useCaseSchema, validate, workshopSessionSchema, workspaceSchema, type FieldError } from '@shared/domain';
import type { WorkspaceBundle } from '@shared/export/workspaceFileValidation';
import { portfolioPlanSchema } from '@shared/portfolio';
import { wasChecked } from '@shared/export/checkedRecords';
import { inventorySettingsInFileSchema, sessionFaultsInFile, spendFaultsInFile } from '@shared/export/workspaceFileValidation';
import { applyChangeSet, newId, runWrite, type RecordChange } from './changes';
import { importEntry, yourName } from './changeLogWriter';
import { readRecord, recordChanges } from './recordTables';
import { namedUseCaseIds } from './scenarioRepository';
import type { LastmileDatabase, StoredWorkspace } from './database';
import type { WriteResult } from './repositoryResult';

/** A stored record without its revision: the domain record as the workspace file carries it. */
export function withoutRevision<T extends object>(record: T): Omit<T, 'revision'> {
  const { revision: _r, ...rest } = record as T & { revision?: number };
  return rest;
}

export type { WorkspaceBundle };

/**
 * Checks every record of a bundle against the shared schemas and its references; every fault with its path. A record
 * the file's parse already checked (and that is unchanged since: shared/export/checkedRecords.ts) is not parsed again,
 * so an import is validated once; its references are still checked here.
 */
export function checkBundle(bundle: WorkspaceBundle): FieldError[] {
  const errors: FieldError[] = [];
  const add = (prefix: string, schema: Parameters<typeof validate>[0], record: unknown) => {
    if (wasChecked(record)) return;
    const r = validate(schema, record);
    if (!r.ok) for (const e of r.errors) errors.push({ path: e.path ? `${prefix}.${e.path}` : prefix, message: e.message });
  };
  add('workspace', workspaceSchema, bundle.workspace);
  if (bundle.plan !== undefined) add('plan', portfolioPlanSchema, bundle.plan);
  const problemIds = new Set<string>();
  bundle.problems.forEach((p, i) => {
    add(`problems[${i}]`, problemSchema, p);
    if (p.workspaceId !== bundle.workspace.id) errors.push({ path: `problems[${i}].workspaceId`, message: 'belongs to another workspace' });
    problemIds.add(p.id);
  });
  bundle.useCases.forEach((u, i) => {
    add(`useCases[${i}]`, useCaseSchema, u);
    if (u.workspaceId !== bundle.workspace.id) errors.push({ path: `useCases[${i}].workspaceId`, message: 'belongs to another workspace' });
    if (!problemIds.has(u.problemId)) errors.push({ path: `useCases[${i}].problemId`, message: 'refers to a problem that is not in the file' });
  });
  const useCaseIds = new Set(bundle.useCases.map((u) => u.id));
  const recordSchemas = { decisions: fundingDecisionSchema, changeLog: changeLogEntrySchema, snapshots: boardSnapshotSchema } as const;
  for (const name of ['decisions', 'changeLog', 'snapshots'] as const) {
    (bundle.record?.[name] ?? []).forEach((r, i) => {
      add(`${name}[${i}]`, recordSchemas[name], r);
      if (r.workspaceId !== bundle.workspace.id) errors.push({ path: `${name}[${i}].workspaceId`, message: 'belongs to another workspace' });
    });
  }
  for (const id of Object.keys(bundle.plan?.forced ?? {})) {
    if (!useCaseIds.has(id)) errors.push({ path: `plan.forced.${id}`, message: 'forces a use case that is not in the file' });
  }
  (bundle.scenarios ?? []).forEach((s, i) => {
    add(`scenarios[${i}]`, scenarioSchema, s);
    if (s.workspaceId !== bundle.workspace.id) errors.push({ path: `scenarios[${i}].workspaceId`, message: 'belongs to another workspace' });
    for (const id of namedUseCaseIds(s)) if (!useCaseIds.has(id)) errors.push({ path: `scenarios[${i}]`, message: `names use case "${id}", which is not in the file` });
  });
  (bundle.sessions ?? []).forEach((s, i) => {
    const r = validate(workshopSessionSchema, s);
    if (!r.ok) for (const e of r.errors) errors.push({ path: e.path ? `sessions[${i}].${e.path}` : `sessions[${i}]`, message: e.message });
    else errors.push(...sessionFaultsInFile(r.value, i, useCaseIds));
    if (s.workspaceId !== bundle.workspace.id) errors.push({ path: `sessions[${i}].workspaceId`, message: 'belongs to another workspace' });
  });
  (bundle.spend ?? []).forEach((s, i) => {
    const r = validate(spendItemSchema, s);
    if (!r.ok) for (const e of r.errors) errors.push({ path: e.path ? `spend[${i}].${e.path}` : `spend[${i}]`, message: e.message });
    else errors.push(...spendFaultsInFile(r.value, i, useCaseIds));
    if (s.workspaceId !== bundle.workspace.id) errors.push({ path: `spend[${i}].workspaceId`, message: 'belongs to another workspace' });
  });
  if (bundle.inventorySettings) add('inventorySettings', inventorySettingsInFileSchema, bundle.inventorySettings);
  return errors;
}

/** Writes whole workspaces in one transaction: all records or none, undoable like any other edit. */
export function bundleRepository(db: LastmileDatabase) {
  async function snapshot(workspaceId: string) {
    return db.transaction('r', [db.workspaces, db.problems, db.useCases, db.plans, db.scenarios, db.sessions, db.spendItems, db.inventorySettings, db.decisions, db.changeLog, db.snapshots], async () => ({
      workspace: await db.workspaces.get(workspaceId),
      problems: await db.problems.where('workspaceId').equals(workspaceId).toArray(),
      useCases: await db.useCases.where('workspaceId').equals(workspaceId).toArray(),
      plan: await db.plans.get(workspaceId),
      scenarios: await db.scenarios.where('workspaceId').equals(workspaceId).toArray(),
      sessions: await db.sessions.where('workspaceId').equals(workspaceId).toArray(),
      spend: await db.spendItems.where('workspaceId').equals(workspaceId).toArray(),
      inventory: await db.inventorySettings.where('workspaceId').equals(workspaceId).toArray(),
      record: await readRecord(db, workspaceId),
    }));
  }

  return {
    /** The whole workspace as a bundle (for export and backups), or undefined when it does not exist. */
    async read(workspaceId: string): Promise<WorkspaceBundle | undefined> {
      const s = await snapshot(workspaceId);
      if (!s.workspace) return undefined;
      const plan = s.plan ? validate(portfolioPlanSchema, s.plan.plan) : null;
      // Creation order (then name), not id order: ids change on import, the order of an exported file must not.
      const problems = [...s.problems].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
      const useCases = [...s.useCases].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
      const scenarios = [...s.scenarios].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
      const sessions = [...s.sessions].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
      const spend = [...s.spend].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
      // One settings record per workspace (the first by creation, as inventory.settings reads it); the file carries it without its ids.
      const inventory = [...s.inventory].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))[0];
      const { id: _i, workspaceId: _w, revision: _r, ...inventorySettings } = inventory ?? { id: '', workspaceId: '', revision: 0 };
      return {
        workspace: withoutRevision(s.workspace),
        problems: problems.map(withoutRevision),
        useCases: useCases.map(withoutRevision),
        ...(plan?.ok ? { plan: plan.value } : {}),
        ...(scenarios.length > 0 ? { scenarios: scenarios.map(withoutRevision) } : {}),
        ...(sessions.length > 0 ? { sessions: sessions.map(withoutRevision) } : {}),
        ...(spend.length > 0 ? { spend: spend.map(withoutRevision) } : {}),
        ...(inventory ? { inventorySettings: inventorySettings as NonNullable<WorkspaceBundle['inventorySettings']> } : {}),
        ...(s.record ? { record: s.record } : {}),
      };
    },

    /**
     * Adds a bundle as a workspace; with `replaceWorkspaceId`, the old workspace and everything in it are removed
     * in the same transaction. Nothing is written unless every record is valid.
     */
    async write(bundle: WorkspaceBundle, label: string, replaceWorkspaceId?: string): Promise<WriteResult<StoredWorkspace>> {
      const errors = checkBundle(bundle);
      if (errors.length > 0) return { ok: false, reason: 'invalid', errors };
      return runWrite(db, () => writeInTransaction(bundle, label, replaceWorkspaceId));
    },
  };

  async function writeInTransaction(bundle: WorkspaceBundle, label: string, replaceWorkspaceId?: string): Promise<WriteResult<StoredWorkspace>> {
    const changes: RecordChange[] = [];
    const taken = new Map<string, unknown>();
    if (replaceWorkspaceId) {
      const old = await snapshot(replaceWorkspaceId);
      for (const u of old.useCases) taken.set(`useCases:${u.id}`, u);
      for (const p of old.problems) taken.set(`problems:${p.id}`, p);
      if (old.plan) taken.set(`plans:${replaceWorkspaceId}`, old.plan);
      for (const sc of old.scenarios) taken.set(`scenarios:${sc.id}`, sc);
      for (const se of old.sessions) taken.set(`sessions:${se.id}`, se);
      for (const sp of old.spend) taken.set(`spendItems:${sp.id}`, sp);
      for (const iv of old.inventory) taken.set(`inventorySettings:${iv.id}`, iv);
      if (old.workspace) taken.set(`workspaces:${replaceWorkspaceId}`, old.workspace);
      for (const c of recordChanges(old.record, 'before')) taken.set(`${c.table}:${c.key}`, c.before);
    }
    const put = (table: RecordChange['table'], key: string, after: unknown) => {
      const k = `${table}:${key}`;
      changes.push({ table, key, before: taken.get(k) ?? null, after });
      taken.delete(k);
    };
    put('workspaces', bundle.workspace.id, bundle.workspace);
    for (const p of bundle.problems) put('problems', p.id, p);
    for (const u of bundle.useCases) put('useCases', u.id, u);
    if (bundle.plan !== undefined) put('plans', bundle.workspace.id, { workspaceId: bundle.workspace.id, plan: bundle.plan, updatedAt: bundle.workspace.updatedAt });
    for (const sc of bundle.scenarios ?? []) put('scenarios', sc.id, sc);
    for (const se of bundle.sessions ?? []) put('sessions', se.id, se);
    for (const sp of bundle.spend ?? []) put('spendItems', sp.id, sp);
    if (bundle.inventorySettings) {
      // The file carries the settings without ids: the workspace's record gets a fresh id (a replaced one is removed).
      const id = newId();
      put('inventorySettings', id, { ...bundle.inventorySettings, id, workspaceId: bundle.workspace.id });
    }
    // The workspace's record comes with it, plus one entry saying what was imported (no entry per field: the log
    // records what people changed, not what a file brought in).
    for (const c of recordChanges(bundle.record, 'after')) put(c.table, c.key, c.after);
    // Two reads in one round trip: who imports (for the change log) and whether the workspace's id is taken.
    const [name, existing] = await Promise.all([yourName(db), db.workspaces.get(bundle.workspace.id)]);
    const imported = importEntry(name, bundle.workspace, label, { problems: bundle.problems.length, useCases: bundle.useCases.length });
    put('changeLog', imported.id, imported);
    // What the replaced workspace held and this set does not write is removed; first in the set, the last found first.
    const removed: RecordChange[] = [];
    for (const [k, before] of taken) {
      const [table, key] = k.split(/:(.*)/s) as [RecordChange['table'], string];
      removed.push({ table, key, before, after: null });
    }
    changes.unshift(...removed.reverse());
    if (existing && !replaceWorkspaceId) {
      return { ok: false, reason: 'invalid', errors: [{ path: 'workspace.id', message: 'A workspace with this id already exists; import it as a new workspace or replace the existing one' }] };
    }
    const change = await applyChangeSet(db, { label, changes }, { log: false });
    const workspace = change.changes.find((c) => c.table === 'workspaces' && c.key === bundle.workspace.id)?.after as StoredWorkspace;
    return { ok: true, value: workspace, change };
  }
}
