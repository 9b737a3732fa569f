import {
  validate,
  workspaceSchema,
  workspaceSettingsSchema,
  type Workspace,
  type WorkspaceSettings,
} from '@shared/domain';
import { applyChangeSet, newId, nowIso, type RecordChange } from './changes';
import type { LastmileDatabase } from './database';
import { notFound, type WriteResult } from './repositoryResult';

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
