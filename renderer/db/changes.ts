import Dexie from 'dexie';
import type { FieldError } from '@shared/domain';
import { REVISIONED_TABLES, type LastmileDatabase, type TableName } from './database';
import { isQuotaError, storageFull, type WriteFailure, type WriteResult } from './repositoryResult';
import { integrityFaults } from './integrity';
import { logChangeSet, type LogOptions } from './changeLogWriter';

/** One record before and after an edit; null = the record does not exist on that side. Stored sides carry their revision. */
export interface RecordChange {
  table: TableName;
  key: string;
  before: unknown;
  after: unknown;
}

/** A user-level edit ("Edit problem", "Delete workspace") as the records it changed: what undo and redo replay. */
export interface ChangeSet {
  label: string;
  changes: RecordChange[];
}

/** Thrown inside a write transaction to roll it back and answer `failure` instead (nothing is written). */
export class WriteRefused extends Error {
  constructor(readonly failure: WriteFailure<unknown>) {
    super(failure.errors[0]?.message ?? 'The write was refused');
  }
}

export function refuse(message: string, reason: WriteFailure<unknown>['reason'] = 'conflict', current?: unknown): never {
  throw new WriteRefused({ ok: false, reason, errors: [{ path: '', message }], ...(current !== undefined ? { current } : {}) });
}

/**
 * Runs `job` in ONE read-write transaction over every domain table (joining the caller's transaction when there is
 * one). A WriteRefused thrown inside rolls everything back and becomes its answer; IndexedDB's quota refusal becomes
 * 'storage-full'. Every repository write goes through here, so no write throws or hangs on a full disk.
 */
export async function runWrite<T>(db: LastmileDatabase, job: () => Promise<WriteResult<T>>): Promise<WriteResult<T>> {
  try {
    return await db.transaction('rw', [db.workspaces, db.problems, db.useCases, db.plans, db.scenarios, db.sessions, db.spendItems, db.inventorySettings, db.decisions, db.changeLog, db.snapshots, db.meta], job);
  } catch (e) {
    if (e instanceof WriteRefused) return e.failure as WriteFailure<T>;
    if (isQuotaError(e)) return storageFull();
    throw e;
  }
}

/** Deep equality of stored values (a missing key equals undefined; order of keys does not matter). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return (a ?? null) === (b ?? null);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ao), ...Object.keys(bo)]);
  for (const k of keys) if (!sameValue(ao[k], bo[k])) return false;
  return true;
}

/** "the use case “Invoice reader”": how a record is named in a refusal. */
export function describeRecord(table: TableName, record: unknown): string {
  const r = (record ?? {}) as { name?: unknown; title?: unknown };
  const named = (kind: string, name: unknown) => (typeof name === 'string' ? `the ${kind} “${name}”` : `a ${kind}`);
  if (table === 'workspaces') return named('workspace', r.name);
  if (table === 'problems') return named('problem', r.title);
  if (table === 'useCases') return named('use case', r.name);
  if (table === 'decisions') return 'a funding decision';
  if (table === 'changeLog') return 'the change log';
  if (table === 'snapshots') return named('board snapshot', r.name);
  if (table === 'scenarios') return named('scenario', r.name);
  if (table === 'sessions') return named('workshop session', r.title);
  if (table === 'spendItems') return named('AI spend item', r.name);
  if (table === 'inventorySettings') return 'the saved import mappings and reference classes';
  return 'the portfolio plan';
}

const capitalised = (s: string) => `${s[0]?.toUpperCase() ?? ''}${s.slice(1)}`;

/**
 * Writes one side of a change set; call it inside a write transaction (runWrite). Every record must still hold
 * the OTHER side (same revision, same content), or nothing is written: a stale undo, redo or save never overwrites
 * another window's change. Each written record gets the next revision; the answer is the change set as written
 * (what the next undo or redo of it must find). After writing, references are checked (no use case without its
 * problem, no plan forcing a missing use case, no record of a missing workspace), else everything is rolled back.
 */
export async function writeSideInTransaction(db: LastmileDatabase, set: ChangeSet, side: 'before' | 'after', verb: 'save' | 'undo' | 'redo'): Promise<ChangeSet> {
  const other = side === 'after' ? 'before' : 'after';
  // When every record appears once in the set, a record the other side says is absent is ADDED, not read first: the
  // database refuses an add over an existing key, which is the same check without a read (an import adds thousands).
  const unique = new Set(set.changes.map((c) => `${c.table}\u0000${c.key}`)).size === set.changes.length;
  const added = (c: RecordChange) => unique && (c[other] ?? null) === null && c[side] !== null && c[side] !== undefined;
  const current = await currentRecords(db, set.changes.filter((c) => !added(c)));
  for (const c of set.changes) {
    if (added(c)) continue;
    const now = current.get(c) ?? null;
    if (sameValue(now, c[other] ?? null)) continue;
    refuseChanged(c.table, now ?? c[other] ?? c[side], verb, now ?? undefined);
  }
  const written: RecordChange[] = [];
  const deletes = new Map<TableName, string[]>();
  const puts = new Map<TableName, object[]>();
  const adds = new Map<TableName, { change: RecordChange; record: object }[]>();
  for (const c of set.changes) {
    const value = c[side];
    if (value === null || value === undefined) {
      listIn(deletes, c.table).push(c.key);
      written.push({ ...c, [side]: null });
      continue;
    }
    const now = current.get(c) as { revision?: unknown } | null | undefined;
    const base = typeof now?.revision === 'number' ? now.revision : typeof (value as { revision?: unknown }).revision === 'number' ? (value as { revision: number }).revision : 0;
    // The record tables (decisions, change log, snapshots) are history: stored as written, without a revision.
    const stored = REVISIONED_TABLES.includes(c.table) ? { ...(value as object), revision: base + 1 } : (value as object);
    if (added(c)) listIn(adds, c.table).push({ change: c, record: stored });
    else listIn(puts, c.table).push(stored);
    written.push({ ...c, [side]: stored });
  }
  // One bulk call per table, so thousands of records go in a few requests instead of one each. When every record
  // appears once in the set, deleting first and then writing is the same as applying the changes one by one; a set
  // that touches a record twice is applied in order.
  if (unique) {
    for (const [table, keys] of deletes) await db.table(table).bulkDelete(keys);
    for (const [table, records] of puts) await db.table(table).bulkPut(records);
    // The tables' adds are issued together: the database stores one table's records while the next table's are prepared.
    await Promise.all([...adds].map(([table, list]) => addAll(db, table, list, verb)));
  } else {
    for (const c of written) {
      const value = c[side];
      if (value === null || value === undefined) await db.table(c.table).delete(c.key);
      else await db.table(c.table).put(value);
    }
  }
  const faults = await integrityFaults(db, written, side);
  const fault = faults[0];
  if (fault !== undefined) {
    if (verb === 'save') refuse(`${capitalised(fault)} Nothing was saved.`, 'invalid');
    refuse(`${capitalised(verb)} was not done: ${fault} Nothing was changed.`, 'conflict');
  }
  return { label: set.label, changes: written };
}

function listIn<K, V>(lists: Map<K, V[]>, key: K): V[] {
  const list = lists.get(key);
  if (list) return list;
  const fresh: V[] = [];
  lists.set(key, fresh);
  return fresh;
}

/** The stored record (or null) under each change's key: one bulk read per table. */
async function currentRecords(db: LastmileDatabase, changes: readonly RecordChange[]): Promise<Map<RecordChange, unknown>> {
  const byTable = new Map<TableName, RecordChange[]>();
  for (const c of changes) listIn(byTable, c.table).push(c);
  const current = new Map<RecordChange, unknown>();
  for (const [table, list] of byTable) {
    const found = await db.table(table).bulkGet(list.map((c) => c.key));
    list.forEach((c, i) => current.set(c, found[i] ?? null));
  }
  return current;
}

function refuseChanged(table: TableName, record: unknown, verb: 'save' | 'undo' | 'redo', current?: unknown): never {
  const what = capitalised(describeRecord(table, record));
  if (verb === 'save') refuse(`${what} was changed in another window since you opened it; nothing was saved.`, 'conflict', current);
  refuse(`${what} was changed in another window since; ${verb} would overwrite it, so nothing was changed.`, 'conflict', current);
}

/** Adds records that must not exist yet; one that does (another window wrote it since) refuses the whole write. */
async function addAll(db: LastmileDatabase, table: TableName, list: readonly { change: RecordChange; record: object }[], verb: 'save' | 'undo' | 'redo'): Promise<void> {
  try {
    await db.table(table).bulkAdd(list.map((x) => x.record));
  } catch (e) {
    if (!(e instanceof Dexie.BulkError)) throw e;
    const position = Number(Object.keys(e.failuresByPos)[0] ?? 0);
    const first = list[position]?.change;
    if (first === undefined) throw e;
    const existing = await db.table(table).get(first.key);
    refuseChanged(table, existing ?? first.after ?? first.before, verb, existing);
  }
}

/** Applies a change set forward inside the caller's write transaction and returns it as written (push that on the undo stack). */
export async function applyChangeSet(db: LastmileDatabase, set: ChangeSet, log?: LogOptions): Promise<ChangeSet> {
  const written = await writeSideInTransaction(db, set, 'after', 'save');
  await logChangeSet(db, written, 'save', log);
  return written;
}

/**
 * Undo ('before') or redo ('after') of a recorded change set, in its own transaction. Refused (nothing written,
 * a plain reason in errors[0]) when a record no longer holds what the other side says or a reference would dangle.
 * On success `value` is the change set as written: keep it in the history instead of the old one.
 */
export function writeSide(db: LastmileDatabase, set: ChangeSet, side: 'before' | 'after'): Promise<WriteResult<ChangeSet>> {
  return runWrite(db, async () => {
    const change = await writeSideInTransaction(db, set, side, side === 'before' ? 'undo' : 'redo');
    await logChangeSet(db, change, side === 'before' ? 'undo' : 'redo');
    return { ok: true, value: change, change };
  });
}

export function fieldErrors(errors: FieldError[], prefix: string): FieldError[] {
  return errors.map((e) => ({ path: e.path ? `${prefix}.${e.path}` : prefix, message: e.message }));
}

export function nowIso(): string {
  return new Date().toISOString();
}

export function newId(): string {
  return crypto.randomUUID();
}
