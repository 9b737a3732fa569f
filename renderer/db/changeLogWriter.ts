import { ADDED, changedFields, RECORD_FIELD, recordName, type ValueStyle } from '@shared/analysis/changeFields';
import type { ChangeEntity, ChangeLogEntry, Workspace } from '@shared/domain';
import type { ChangeSet, RecordChange } from './changes';
import { RECORD_TABLES, type LastmileDatabase, type RecordTableName, type TableName } from './database';
import { isString, META_KEYS } from './metaRepository';

/**
 * The change log's writer (docs/living-portfolio.md, "The record"): every edit written through applyChangeSet, and
 * every undo and redo, appends who changed which field of which record, before and after, in the same transaction.
 */

export interface LogOptions {
  /** false: the set carries its own record (an import writes one summary entry instead of one per field). */
  log?: boolean;
}

/** A set touching more records than this is logged as one summary entry per workspace (a currency conversion, a restore). */
export const MAX_LOGGED_RECORDS = 200;

const ENTITY: Partial<Record<TableName, ChangeEntity>> = { workspaces: 'workspace', problems: 'problem', useCases: 'useCase', plans: 'plan', scenarios: 'scenario' };
const isRecordTable = (t: TableName): t is RecordTableName => (RECORD_TABLES as readonly TableName[]).includes(t);

/** The name set under "Your name" ('' until then; shown as "Not named"). Call inside a transaction over meta. */
export async function yourName(db: LastmileDatabase): Promise<string> {
  const row = await db.meta.get(META_KEYS.yourName);
  return row && isString(row.value) ? row.value.slice(0, 120) : '';
}

/** Ids that sort in the order the entries were written (time, then position in the edit), so a list keeps the fields in order. */
export function entryId(at: string, position: number): string {
  return `${at}~${String(position).padStart(6, '0')}~${crypto.randomUUID().slice(0, 8)}`;
}

function workspaceOf(c: RecordChange): string | null {
  if (c.table === 'workspaces' || c.table === 'plans') return c.key;
  for (const side of [c.after, c.before]) {
    const id = (side as { workspaceId?: unknown } | null)?.workspaceId;
    if (typeof id === 'string') return id;
  }
  return null;
}

function actionOf(label: string, verb: 'save' | 'undo' | 'redo'): string {
  const action = verb === 'save' ? label : `${verb === 'undo' ? 'Undo' : 'Redo'}: ${label}`;
  return action.slice(0, 300);
}

/** "3 problems and 12 use cases": how many of each kind of record a set changed. */
function summary(changes: readonly RecordChange[]): string {
  const count = (t: TableName) => changes.filter((c) => c.table === t).length;
  const parts = [
    [count('workspaces'), 'workspace settings', 'workspace settings'],
    [count('problems'), 'problem', 'problems'],
    [count('useCases'), 'use case', 'use cases'],
    [count('plans'), 'portfolio plan', 'portfolio plans'],
    [count('scenarios'), 'scenario', 'scenarios'],
  ] as const;
  return parts
    .filter(([n]) => n > 0)
    .map(([n, one, many]) => `${n} ${n === 1 ? one : many}`)
    .join(', ');
}

/** Appends the entries of a change set as written; call inside its write transaction (runWrite). */
export async function logChangeSet(db: LastmileDatabase, set: ChangeSet, verb: 'save' | 'undo' | 'redo', options?: LogOptions): Promise<void> {
  if (options?.log === false) return;
  const side = verb === 'undo' ? 'before' : 'after';
  const other = verb === 'undo' ? 'after' : 'before';
  const byWorkspace = new Map<string, RecordChange[]>();
  for (const c of set.changes) {
    if (isRecordTable(c.table)) continue;
    const id = workspaceOf(c);
    if (id === null) continue;
    const list = byWorkspace.get(id) ?? [];
    list.push(c);
    byWorkspace.set(id, list);
  }
  if (byWorkspace.size === 0) return;
  const by = await yourName(db);
  const at = new Date().toISOString();
  const action = actionOf(set.label, verb);
  const entries: ChangeLogEntry[] = [];
  for (const [workspaceId, changes] of byWorkspace) {
    const own = changes.find((c) => c.table === 'workspaces');
    const workspace = (own ? own[side] : await db.workspaces.get(workspaceId)) as Workspace | null | undefined;
    if (!workspace) {
      // The workspace is gone (deleted, or an import undone): its record goes with it.
      await removeRecordOf(db, workspaceId, set);
      continue;
    }
    const entry = (c: Pick<ChangeLogEntry, 'entity' | 'entityId' | 'entityName' | 'field' | 'before' | 'after'>): ChangeLogEntry => ({ id: entryId(at, entries.length), workspaceId, at, by, action, ...c });
    // A workspace added or removed whole (created, deleted, or either undone) is one entry: its records come and go with it.
    const whole = own && (own[other] === null || own[other] === undefined);
    if (whole) {
      entries.push(entry({ entity: 'workspace', entityId: workspaceId, entityName: workspace.name.slice(0, 300), field: RECORD_FIELD, before: '', after: ADDED }));
      continue;
    }
    if (changes.length > MAX_LOGGED_RECORDS) {
      entries.push(entry({ entity: 'workspace', entityId: workspaceId, entityName: workspace.name.slice(0, 300), field: 'Records', before: '', after: `Changed ${summary(changes)}` }));
      continue;
    }
    const style: ValueStyle = { currency: workspace.currency, numberFormat: workspace.numberFormat };
    for (const c of changes) {
      const entity = ENTITY[c.table];
      if (!entity) continue;
      const name = recordName(entity, c[side] ?? c[other]) || recordName('workspace', workspace);
      for (const field of changedFields(entity, c[other], c[side], style)) {
        entries.push(entry({ entity, entityId: c.key.slice(0, 100), entityName: name.slice(0, 300), field: field.field.slice(0, 200), before: field.before, after: field.after }));
      }
    }
  }
  if (entries.length > 0) await db.changeLog.bulkAdd(entries);
}

/** Removes a deleted workspace's record rows the set did not carry itself (entries written after an import being undone). */
async function removeRecordOf(db: LastmileDatabase, workspaceId: string, set: ChangeSet): Promise<void> {
  const carried = new Set(set.changes.filter((c) => isRecordTable(c.table)).map((c) => c.key));
  for (const table of RECORD_TABLES) {
    const keys = (await db.table(table).where('workspaceId').equals(workspaceId).primaryKeys()) as string[];
    const left = keys.filter((k) => !carried.has(k));
    if (left.length > 0) await db.table(table).bulkDelete(left);
  }
}

/** The one entry an import or a restore writes instead of one per field ("Imported 6 problems and 12 use cases"). */
export function importEntry(by: string, workspace: Workspace, label: string, counts: { problems: number; useCases: number }): ChangeLogEntry {
  const n = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;
  return summaryEntry(by, workspace, label, `Imported ${n(counts.problems, 'problem', 'problems')} and ${n(counts.useCases, 'use case', 'use cases')}`);
}

/** One entry saying what a bulk write did to the workspace's records (an import writes it instead of one per field). */
export function summaryEntry(by: string, workspace: Workspace, label: string, what: string): ChangeLogEntry {
  const at = new Date().toISOString();
  return {
    id: entryId(at, 0),
    workspaceId: workspace.id,
    at,
    by,
    action: label.slice(0, 300),
    entity: 'workspace',
    entityId: workspace.id,
    entityName: workspace.name.slice(0, 300),
    field: 'Records',
    before: '',
    after: what,
  };
}
