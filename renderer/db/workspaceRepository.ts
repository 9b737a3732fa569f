import {
  validate,
  workspaceSchema,
  workspaceSettingsSchema,
  type Workspace,
  type WorkspaceSettings,
} from '@shared/domain';
import { bundleRepository, checkBundle, type WorkspaceBundle } from './bundleRepository';
import { applyChangeSet, newId, nowIso, type RecordChange } from './changes';
import { convertWorkspaceCurrency } from './currencyConversion';
import type { LastmileDatabase } from './database';
import { META_KEYS, metaRepository } from './metaRepository';
import { notFound, type WriteResult } from './repositoryResult';

/** Thrown inside the demo transaction to roll it back (nothing written, the first-start flag included). */
class DemoNotWritten extends Error {
  constructor(readonly result: WriteResult<Workspace>) {
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
    list(): Promise<Workspace[]> {
      return db.workspaces.orderBy('name').toArray();
    },

    get(id: string): Promise<Workspace | undefined> {
      return db.workspaces.get(id);
    },

    async create(settings: WorkspaceSettings): Promise<WriteResult<Workspace>> {
      const now = nowIso();
      const checked = validate(workspaceSchema, { ...settings, id: newId(), createdAt: now, updatedAt: now });
      if (!checked.ok) return checked;
      const change = await applyChangeSet(db, {
        label: `Create workspace “${checked.value.name}”`,
        changes: [{ table: 'workspaces', key: checked.value.id, before: null, after: checked.value }],
      });
      return { ok: true, value: checked.value, change };
    },

    /**
     * Adds a demo workspace and remembers it as a demo, in ONE read-write transaction over the workspace tables and the
     * app settings. With `firstStart`, it is the first-start routine: the "demo created" flag is read and written in
     * that same transaction, and nothing is added when the flag was already set or workspaces already exist, so two
     * tabs (or an effect run twice) racing on a fresh profile create exactly one demo; the answer is then `null`.
     */
    async createDemo(bundle: WorkspaceBundle, options: { firstStart: boolean }): Promise<WriteResult<Workspace> | null> {
      const errors = checkBundle(bundle);
      if (errors.length > 0) return { ok: false, errors };
      const meta = metaRepository(db);
      try {
        return await db.transaction('rw', [db.workspaces, db.problems, db.useCases, db.plans, db.meta], async () => {
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
        throw e;
      }
    },

    async update(id: string, settings: WorkspaceSettings): Promise<WriteResult<Workspace>> {
      const before = await db.workspaces.get(id);
      if (!before) return notFound('This workspace');
      const settingsChecked = validate(workspaceSettingsSchema, settings);
      if (!settingsChecked.ok) return settingsChecked;
      const after = { ...settingsChecked.value, id, createdAt: before.createdAt, updatedAt: nowIso() };
      const checked = validate(workspaceSchema, after);
      if (!checked.ok) return checked;
      const change = await applyChangeSet(db, {
        label: `Edit workspace “${checked.value.name}”`,
        changes: [{ table: 'workspaces', key: id, before, after: checked.value }],
      });
      return { ok: true, value: checked.value, change };
    },

    /** Saves settings with a new currency and converts every amount of the workspace at `rate` (see currencyConversion.ts). */
    convertCurrency(id: string, settings: WorkspaceSettings, rate: number, expectedUpdatedAt?: string): Promise<WriteResult<Workspace>> {
      return convertWorkspaceCurrency(db, id, settings, rate, expectedUpdatedAt);
    },

    async contents(id: string): Promise<WorkspaceContents> {
      const [problems, useCases] = await Promise.all([
        db.problems.where('workspaceId').equals(id).count(),
        db.useCases.where('workspaceId').equals(id).count(),
      ]);
      return { problems, useCases };
    },

    /** Deletes a workspace with all its problems, use cases and plan, in one transaction (undoable). */
    async remove(id: string): Promise<WriteResult<Workspace>> {
      const snapshot = await db.transaction('r', [db.workspaces, db.problems, db.useCases, db.plans], async () => ({
        workspace: await db.workspaces.get(id),
        problems: await db.problems.where('workspaceId').equals(id).toArray(),
        useCases: await db.useCases.where('workspaceId').equals(id).toArray(),
        plan: await db.plans.get(id),
      }));
      if (!snapshot.workspace) return notFound('This workspace');
      const changes: RecordChange[] = [
        ...snapshot.useCases.map((u) => ({ table: 'useCases' as const, key: u.id, before: u, after: null })),
        ...snapshot.problems.map((p) => ({ table: 'problems' as const, key: p.id, before: p, after: null })),
        ...(snapshot.plan ? [{ table: 'plans' as const, key: id, before: snapshot.plan, after: null }] : []),
        { table: 'workspaces', key: id, before: snapshot.workspace, after: null },
      ];
      const change = await applyChangeSet(db, { label: `Delete workspace “${snapshot.workspace.name}”`, changes });
      return { ok: true, value: snapshot.workspace, change };
    },
  };
}

export type WorkspaceRepository = ReturnType<typeof workspaceRepository>;
