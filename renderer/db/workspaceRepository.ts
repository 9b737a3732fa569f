import { validate, workspaceSchema, workspaceSettingsSchema, type WorkspaceSettings } from '@shared/domain';
import { bundleRepository, checkBundle, type WorkspaceBundle } from './bundleRepository';
import { applyChangeSet, newId, nowIso, runWrite, type RecordChange } from './changes';
import { convertWorkspaceCurrency } from './currencyConversion';
import type { LastmileDatabase, StoredWorkspace } from './database';
import { META_KEYS, metaRepository } from './metaRepository';
import { readRecord, recordChanges } from './recordTables';
import { scenarioDeletes } from './scenarioRepository';
import { sessionDeletes } from './sessionRepository';
import { spendDeletes } from './spendRepository';
import { inventorySettingsDeletes } from './inventoryRepository';
import { conflict, isQuotaError, notFound, storageFull, type WriteResult } from './repositoryResult';

/** Thrown inside the demo transaction to roll it back (nothing written, the first-start flag included). */
class DemoNotWritten extends Error {
  constructor(readonly result: WriteResult<StoredWorkspace>) {
    super('The demo workspace was not written');
  }
}

export interface WorkspaceContents {
  problems: number;
  useCases: number;
}

/** Workspaces: the only code that reads or writes the workspaces table (and cascades on delete). */
export function workspaceRepository(db: LastmileDatabase) {
  return {
    list(): Promise<StoredWorkspace[]> {
      return db.workspaces.orderBy('name').toArray();
    },

    get(id: string): Promise<StoredWorkspace | undefined> {
      return db.workspaces.get(id);
    },

    async create(settings: WorkspaceSettings): Promise<WriteResult<StoredWorkspace>> {
      const now = nowIso();
      const checked = validate(workspaceSchema, { ...settings, id: newId(), createdAt: now, updatedAt: now });
      if (!checked.ok) return { ...checked, reason: 'invalid' };
      const workspace = checked.value;
      return runWrite(db, async () => {
        const change = await applyChangeSet(db, {
          label: `Create workspace “${workspace.name}”`,
          changes: [{ table: 'workspaces', key: workspace.id, before: null, after: workspace }],
        });
        return { ok: true, value: change.changes[0]!.after as StoredWorkspace, change };
      });
    },

    /**
     * Adds a demo workspace and remembers it as a demo, in ONE read-write transaction over the workspace tables and the
     * app settings. With `firstStart`, it is the first-start routine: the "demo created" flag is read and written in
     * that same transaction, and nothing is added when the flag was already set or workspaces already exist, so two
     * tabs (or an effect run twice) racing on a fresh profile create exactly one demo; the answer is then `null`.
     */
    async createDemo(bundle: WorkspaceBundle, options: { firstStart: boolean }): Promise<WriteResult<StoredWorkspace> | null> {
      const errors = checkBundle(bundle);
      if (errors.length > 0) return { ok: false, errors };
      const meta = metaRepository(db);
      try {
        return await db.transaction('rw', [db.workspaces, db.problems, db.useCases, db.plans, db.scenarios, db.sessions, db.spendItems, db.inventorySettings, db.decisions, db.changeLog, db.snapshots, db.meta], async () => {
          if (options.firstStart) {
            if (await db.meta.get(META_KEYS.demoCreated)) {
              // Profiles from before demos were labelled: the untouched demo is recognised by its name and organisation.
              if (!(await db.meta.get(META_KEYS.demoWorkspaces))) {
                const earlier = await db.workspaces.filter((w) => w.name === bundle.workspace.name && w.organisation === bundle.workspace.organisation).toArray();
                await meta.set(META_KEYS.demoWorkspaces, earlier.map((w) => w.id));
              }
              return null;
            }
            await meta.set(META_KEYS.demoCreated, nowIso());
            if ((await db.workspaces.count()) > 0) return null;
          }
          const written = await bundleRepository(db).write(bundle, `Create demo workspace “${bundle.workspace.name}”`);
          if (!written.ok) throw new DemoNotWritten(written);
          await meta.addDemoWorkspaceId(written.value.id);
          return written;
        });
      } catch (e) {
        if (e instanceof DemoNotWritten) return e.result;
        if (isQuotaError(e)) return storageFull();
        throw e;
      }
    },

    /** Saves settings edited on revision `expectedRevision` (the one the form loaded); a later stored revision is a conflict. */
    async update(id: string, settings: WorkspaceSettings, expectedRevision: number): Promise<WriteResult<StoredWorkspace>> {
      const settingsChecked = validate(workspaceSettingsSchema, settings);
      if (!settingsChecked.ok) return { ...settingsChecked, reason: 'invalid' };
      return runWrite(db, async () => {
        const before = await db.workspaces.get(id);
        if (!before) return notFound('This workspace');
        if (before.revision !== expectedRevision) return conflict('This workspace', before);
        const checked = validate(workspaceSchema, { ...settingsChecked.value, id, createdAt: before.createdAt, updatedAt: nowIso() });
        if (!checked.ok) return { ...checked, reason: 'invalid' };
        const change = await applyChangeSet(db, {
          label: `Edit workspace “${checked.value.name}”`,
          changes: [{ table: 'workspaces', key: id, before, after: checked.value }],
        });
        return { ok: true, value: change.changes[0]!.after as StoredWorkspace, change };
      });
    },

    /** Saves settings with a new currency and converts every amount of the workspace at `rate` (see currencyConversion.ts). */
    convertCurrency(id: string, settings: WorkspaceSettings, rate: number, expectedRevision: number): Promise<WriteResult<StoredWorkspace>> {
      return convertWorkspaceCurrency(db, id, settings, rate, expectedRevision);
    },

    async contents(id: string): Promise<WorkspaceContents> {
      const [problems, useCases] = await Promise.all([
        db.problems.where('workspaceId').equals(id).count(),
        db.useCases.where('workspaceId').equals(id).count(),
      ]);
      return { problems, useCases };
    },

    /** Deletes a workspace (loaded at `expectedRevision`) with all its problems, use cases, plan, saved inventory settings and record, in one transaction (undoable). */
    async remove(id: string, expectedRevision: number): Promise<WriteResult<StoredWorkspace>> {
      return runWrite(db, async () => {
        const workspace = await db.workspaces.get(id);
        if (!workspace) return notFound('This workspace');
        if (workspace.revision !== expectedRevision) return conflict('This workspace', workspace);
        const [problems, useCases, plan, record, scenarios, sessions, spend, inventory] = await Promise.all([
          db.problems.where('workspaceId').equals(id).toArray(),
          db.useCases.where('workspaceId').equals(id).toArray(),
          db.plans.get(id),
          readRecord(db, id),
          scenarioDeletes(db, id),
          sessionDeletes(db, id),
          spendDeletes(db, id),
          inventorySettingsDeletes(db, id),
        ]);
        const changes: RecordChange[] = [
          ...scenarios,
          ...sessions,
          ...spend,
          ...inventory,
          ...useCases.map((u) => ({ table: 'useCases' as const, key: u.id, before: u, after: null })),
          ...problems.map((p) => ({ table: 'problems' as const, key: p.id, before: p, after: null })),
          ...(plan ? [{ table: 'plans' as const, key: id, before: plan, after: null }] : []),
          // Its record (decisions, change log, snapshots) goes with it, and an undo brings it back.
          ...recordChanges(record, 'before'),
          { table: 'workspaces', key: id, before: workspace, after: null },
        ];
        const change = await applyChangeSet(db, { label: `Delete workspace “${workspace.name}”`, changes });
        return { ok: true, value: workspace, change };
      });
    },
  };
}

export type WorkspaceRepository = ReturnType<typeof workspaceRepository>;
