/**
 * Records already checked against their schema in this session, so a large import is validated once: the file's
 * parse checks every record (and reports every fault to the user), and the write that follows checks again only the
 * records it has not seen checked (a renamed workspace, a record built elsewhere). Kept by object identity in a
 * WeakSet: a record is checked as the object the schema returned, and the app never edits a record in place (an edit
 * is a new object), so a record in this set still holds what was checked.
 */
const checked = new WeakSet<object>();

/** Notes records that passed their schema (the objects the schema returned). */
export function markChecked(records: readonly object[]): void {
  for (const r of records) checked.add(r);
}

/** True when this very object passed its schema earlier (see markChecked). */
export function wasChecked(record: unknown): boolean {
  return typeof record === 'object' && record !== null && checked.has(record);
}

/** The id rule of the schemas (text of 1–100 characters) and of the file (not "__proto__"), for ids given to checked records. */
export function isPlainId(id: unknown): id is string {
  return typeof id === 'string' && id.length >= 1 && id.length <= 100 && id !== '__proto__';
}
