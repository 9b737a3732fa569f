import {
  inventorySettingsInputSchema,
  inventorySettingsSchema,
  referenceClassSchema,
  useCaseSchema,
  validate,
  type InventorySettingsInput,
  type ReferenceClass,
} from '@shared/domain';
import type { InventoryImportPlan, InventoryImportResult } from '@shared/inventory/contract';
import { applyReferenceClassTo } from '@shared/inventory/referenceClasses';
import { applyChangeSet, newId, nowIso, refuse, runWrite, sameValue, type RecordChange } from './changes';
import type { LastmileDatabase, StoredInventorySettings, StoredUseCase } from './database';
import type { InventoryImportOptions } from './inventoryImport';
import { notFound, type WriteFailure, type WriteResult } from './repositoryResult';

/**
 * The client's inventory (docs/inventory.md): each workspace's saved import mappings and reference classes (one
 * revisioned record per workspace), the import of a planned inventory (inventoryImport.ts), and reference-class
 * estimates applied to many use cases in one step. Every write is schema-checked, checked against the revision it
 * started from inside its write transaction, and one undoable step.
 */

/** The workspace's settings record as deleted, for the workspace's delete to carry (an undo brings it back). */
export async function inventorySettingsDeletes(db: LastmileDatabase, workspaceId: string): Promise<RecordChange[]> {
  const all = await db.inventorySettings.where('workspaceId').equals(workspaceId).toArray();
  return all.map((s) => ({ table: 'inventorySettings', key: s.id, before: s, after: null }));
}

/** The workspace's one settings record (the first by creation, should a damaged profile hold two). */
async function settingsOf(db: LastmileDatabase, workspaceId: string): Promise<StoredInventorySettings | undefined> {
  const all = await db.inventorySettings.where('workspaceId').equals(workspaceId).toArray();
  return [...all].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || (a.id < b.id ? -1 : 1))[0];
}

const SETTINGS = 'The saved mappings and reference classes';

/** A stale settings save: another window saved them (or undid a save) since the page read them; nothing was saved. */
function settingsConflict(current: StoredInventorySettings | undefined): WriteFailure<StoredInventorySettings> {
  return {
    ok: false,
    reason: 'conflict',
    ...(current ? { current } : {}),
    errors: [{ path: '', message: `${SETTINGS} were changed in another window since you opened them; nothing was saved. Open them again and save once more.` }],
  };
}

function settingsLabel(before: InventorySettingsInput | undefined, after: InventorySettingsInput): string {
  const presets = !sameValue(before?.presets ?? [], after.presets);
  const classes = !sameValue(before?.referenceClasses ?? [], after.referenceClasses);
  if (presets && !classes) return 'Save the import mappings';
  if (classes && !presets) return 'Save the reference classes';
  return 'Save the import mappings and reference classes';
}

/** What an edit form holds of a stored use case (its life and actuals are kept as stored). */
function inputOf(u: StoredUseCase) {
  const { id: _i, workspaceId: _w, createdAt: _c, updatedAt: _u, revision: _r, lifecycle: _l, actuals: _a, ...input } = u;
  return input;
}

export function inventoryRepository(db: LastmileDatabase) {
  return {
    /** The workspace's saved mappings and reference classes; undefined when none were saved yet. */
    settings(workspaceId: string): Promise<StoredInventorySettings | undefined> {
      return settingsOf(db, workspaceId);
    },

    /**
     * Saves the workspace's mappings and reference classes as edited on `expectedRevision` (the revision the page read;
     * null = none were stored then, so one stored meanwhile is a conflict). One undoable change.
     */
    async saveSettings(workspaceId: string, input: InventorySettingsInput, expectedRevision: number | null): Promise<WriteResult<StoredInventorySettings>> {
      const inputChecked = validate(inventorySettingsInputSchema, input);
      if (!inputChecked.ok) return { ...inputChecked, reason: 'invalid' };
      return runWrite(db, async () => {
        if (!(await db.workspaces.get(workspaceId))) return notFound('This workspace');
        const before = await settingsOf(db, workspaceId);
        if ((before?.revision ?? null) !== expectedRevision) return settingsConflict(before);
        const now = nowIso();
        const checked = validate(inventorySettingsSchema, { ...inputChecked.value, id: before?.id ?? newId(), workspaceId, createdAt: before?.createdAt ?? now, updatedAt: now });
        if (!checked.ok) return { ...checked, reason: 'invalid' };
        const change = await applyChangeSet(db, {
          label: settingsLabel(before, checked.value),
          changes: [{ table: 'inventorySettings', key: checked.value.id, before: before ?? null, after: checked.value }],
        });
        return { ok: true, value: change.changes[0]!.after as StoredInventorySettings, change };
      });
    },

    /**
     * Writes an import plan (shared/inventory: read → map → preview → plan) in one transaction or nothing: the new
     * problems and use cases, and the updates of use cases imported before (each only over the revision the preview
     * read). Progress between chunks, cancel through `signal`; one undoable step. See inventoryImport.ts.
     */
    async importPlan(workspaceId: string, plan: InventoryImportPlan, options: InventoryImportOptions): Promise<WriteResult<InventoryImportResult>> {
      // Fetched when an import is written, not with the app's first screen.
      const { importInventoryPlan } = await import('./inventoryImport');
      return importInventoryPlan(db, workspaceId, plan, options);
    },

    /**
     * Gives the listed use cases the reference class's estimate (costs, durations, run cost; marked as a reference-class
     * estimate until someone refines it), each only over the revision the page read (`expectedRevisions` by id): one
     * stale use case refuses the whole step. One transaction, one undoable step, logged field by field.
     */
    async applyReferenceClass(
      workspaceId: string,
      useCaseIds: readonly string[],
      referenceClass: ReferenceClass,
      expectedRevisions: Readonly<Record<string, number>>,
    ): Promise<WriteResult<{ updated: number }>> {
      const cls = validate(referenceClassSchema, referenceClass);
      if (!cls.ok) return { ...cls, reason: 'invalid' };
      const ids = [...new Set(useCaseIds)];
      if (ids.length === 0) return { ok: false, reason: 'invalid', errors: [{ path: 'useCaseIds', message: 'Choose at least one use case to estimate.' }] };
      const unread = ids.find((id) => typeof expectedRevisions[id] !== 'number');
      if (unread !== undefined) return { ok: false, reason: 'invalid', errors: [{ path: `expectedRevisions.${unread}`, message: 'Every chosen use case needs the revision it was shown at.' }] };
      return runWrite(db, async () => {
        const workspace = await db.workspaces.get(workspaceId);
        if (!workspace) return notFound('This workspace');
        const { id: _i, createdAt: _c, updatedAt: _u, revision: _r, ...settings } = workspace;
        const stored = await db.useCases.bulkGet(ids);
        const now = nowIso();
        const changes: RecordChange[] = stored.map((before, i) => {
          if (!before || before.workspaceId !== workspaceId) refuse('A chosen use case no longer exists (it may have been deleted in another window); nothing was changed.', 'missing');
          if (before.revision !== expectedRevisions[ids[i]!]) refuse(`“${before.name}” was changed in another window since you chose it; nothing was changed. Choose again.`, 'conflict', before);
          const input = applyReferenceClassTo(inputOf(before), cls.value, settings);
          const checked = validate(useCaseSchema, { ...input, lifecycle: before.lifecycle, actuals: before.actuals, id: before.id, workspaceId, createdAt: before.createdAt, updatedAt: now });
          if (!checked.ok) refuse(`“${before.name}”: ${checked.errors[0]?.message ?? 'the estimate is not valid'}; nothing was changed.`, 'invalid');
          return { table: 'useCases', key: before.id, before, after: checked.value };
        });
        const n = changes.length;
        const change = await applyChangeSet(db, { label: `Apply the reference class “${cls.value.name}” to ${n === 1 ? `“${stored[0]!.name}”` : `${n} use cases`}`, changes });
        return { ok: true, value: { updated: n }, change };
      });
    },
  };
}

export type InventoryRepository = ReturnType<typeof inventoryRepository>;
