import { MAX_SPEND_ITEMS, spendItemInputSchema, spendItemSchema, validate, type SpendItemInput } from '@shared/domain';
import { applyChangeSet, newId, nowIso, runWrite, type RecordChange } from './changes';
import type { LastmileDatabase, StoredSpendItem } from './database';
import { conflict, notFound, type WriteFailure, type WriteResult } from './repositoryResult';

/**
 * The workspace's AI spend items (docs/spend.md): seat licences, committed API spend and platform fees, each linked to
 * the use cases it serves. Every write is schema-checked, checked against the revision it started from inside the write
 * transaction, undoable and logged. An item names only use cases of its own workspace; deleting a use case drops its
 * links from every item in the same write (withoutSpendReferences); deleting a workspace deletes its items (spendDeletes).
 */

/** The use cases a spend item record (it may not validate any more) links to. */
export function spendUseCaseIds(record: unknown): string[] {
  const links = (record as { links?: unknown } | null)?.links;
  if (!Array.isArray(links)) return [];
  return [...new Set(links.map((l) => (l as { useCaseId?: unknown } | null)?.useCaseId).filter((id): id is string => typeof id === 'string'))];
}

/** In the order they were recorded (then by name). */
const byCreation = (a: StoredSpendItem, b: StoredSpendItem) => a.createdAt.localeCompare(b.createdAt) || a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1);

/** The item changes that drop `useCaseIds` from every item's links in a workspace, for a delete to carry in its own change set. */
export async function withoutSpendReferences(db: LastmileDatabase, workspaceId: string, useCaseIds: readonly string[]): Promise<RecordChange[]> {
  const drop = new Set(useCaseIds);
  const items = await db.spendItems.where('workspaceId').equals(workspaceId).toArray();
  const now = nowIso();
  return items
    .filter((s) => spendUseCaseIds(s).some((id) => drop.has(id)))
    .map((s) => ({ table: 'spendItems' as const, key: s.id, before: s, after: { ...s, links: s.links.filter((l) => !drop.has(l.useCaseId)), updatedAt: now } }));
}

/** Every spend item of a workspace as deleted, for the workspace's delete to carry (an undo brings them back). */
export async function spendDeletes(db: LastmileDatabase, workspaceId: string): Promise<RecordChange[]> {
  const items = await db.spendItems.where('workspaceId').equals(workspaceId).toArray();
  return items.map((s) => ({ table: 'spendItems', key: s.id, before: s, after: null }));
}

function missingUseCases(count: number): WriteFailure<never> {
  const what = count === 1 ? 'a use case that no longer exists' : `${count} use cases that no longer exist`;
  return { ok: false, reason: 'invalid', errors: [{ path: 'links', message: `The item is linked to ${what} (deleted in another window?); nothing was saved.` }] };
}

export function spendRepository(db: LastmileDatabase) {
  async function referencesMissing(workspaceId: string, input: SpendItemInput): Promise<WriteFailure<never> | null> {
    const ids = spendUseCaseIds(input);
    if (ids.length === 0) return null;
    const found = await db.useCases.bulkGet(ids);
    const missing = found.filter((u) => !u || u.workspaceId !== workspaceId).length;
    return missing > 0 ? missingUseCases(missing) : null;
  }

  return {
    async list(workspaceId: string): Promise<StoredSpendItem[]> {
      const all = await db.spendItems.where('workspaceId').equals(workspaceId).toArray();
      return [...all].sort(byCreation);
    },

    get(id: string): Promise<StoredSpendItem | undefined> {
      return db.spendItems.get(id);
    },

    async create(workspaceId: string, input: SpendItemInput): Promise<WriteResult<StoredSpendItem>> {
      const inputChecked = validate(spendItemInputSchema, input);
      if (!inputChecked.ok) return { ...inputChecked, reason: 'invalid' };
      return runWrite(db, async () => {
        if (!(await db.workspaces.get(workspaceId))) return notFound('This workspace');
        if ((await db.spendItems.where('workspaceId').equals(workspaceId).count()) >= MAX_SPEND_ITEMS) {
          return { ok: false, reason: 'invalid', errors: [{ path: '', message: `A workspace can hold at most ${MAX_SPEND_ITEMS} spend items; delete one first` }] };
        }
        const missing = await referencesMissing(workspaceId, inputChecked.value);
        if (missing) return missing;
        const now = nowIso();
        const checked = validate(spendItemSchema, { ...inputChecked.value, id: newId(), workspaceId, createdAt: now, updatedAt: now });
        if (!checked.ok) return { ...checked, reason: 'invalid' };
        const change = await applyChangeSet(db, { label: `Add AI spend “${checked.value.name}”`, changes: [{ table: 'spendItems', key: checked.value.id, before: null, after: checked.value }] });
        return { ok: true, value: change.changes[0]!.after as StoredSpendItem, change };
      });
    },

    /** Saves an edit made on revision `expectedRevision` (the one the page loaded); a later stored revision is a conflict. */
    async save(id: string, input: SpendItemInput, expectedRevision: number): Promise<WriteResult<StoredSpendItem>> {
      const inputChecked = validate(spendItemInputSchema, input);
      if (!inputChecked.ok) return { ...inputChecked, reason: 'invalid' };
      return runWrite(db, async () => {
        const before = await db.spendItems.get(id);
        if (!before) return notFound('This spend item');
        if (before.revision !== expectedRevision) return conflict('This spend item', before);
        const missing = await referencesMissing(before.workspaceId, inputChecked.value);
        if (missing) return missing;
        const checked = validate(spendItemSchema, { ...inputChecked.value, id, workspaceId: before.workspaceId, createdAt: before.createdAt, updatedAt: nowIso() });
        if (!checked.ok) return { ...checked, reason: 'invalid' };
        const change = await applyChangeSet(db, { label: `Edit AI spend “${checked.value.name}”`, changes: [{ table: 'spendItems', key: id, before, after: checked.value }] });
        return { ok: true, value: change.changes[0]!.after as StoredSpendItem, change };
      });
    },

    /** Deletes an item (loaded at `expectedRevision`); one undoable edit. */
    async remove(id: string, expectedRevision: number): Promise<WriteResult<StoredSpendItem>> {
      return runWrite(db, async () => {
        const before = await db.spendItems.get(id);
        if (!before) return notFound('This spend item');
        if (before.revision !== expectedRevision) return conflict('This spend item', before);
        const change = await applyChangeSet(db, { label: `Delete AI spend “${before.name}”`, changes: [{ table: 'spendItems', key: id, before, after: null }] });
        return { ok: true, value: before, change };
      });
    },
  };
}

export type SpendRepository = ReturnType<typeof spendRepository>;
