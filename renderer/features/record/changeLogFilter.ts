import type { ChangeLogEntry } from '@shared/domain';

export interface LogFilter {
  /** `${entity}:${entityId}`, or '' for every record. */
  record: string;
  field: string;
  person: string;
  /** 'YYYY-MM-DD' (inclusive), or ''. */
  from: string;
  to: string;
}

export const NO_FILTER: LogFilter = { record: '', field: '', person: '', from: '', to: '' };

export const recordKey = (e: Pick<ChangeLogEntry, 'entity' | 'entityId'>) => `${e.entity}:${e.entityId}`;

/** The entries that pass every filter (dates compared on the day the change was made, in UTC as stored). */
export function filterLog(entries: readonly ChangeLogEntry[], f: LogFilter): ChangeLogEntry[] {
  return entries.filter(
    (e) =>
      (f.record === '' || recordKey(e) === f.record) &&
      (f.field === '' || e.field === f.field) &&
      (f.person === '' || e.by === f.person) &&
      (f.from === '' || e.at.slice(0, 10) >= f.from) &&
      (f.to === '' || e.at.slice(0, 10) <= f.to),
  );
}

/** The choices each filter offers: the records (newest name), fields and people in the log, sorted. */
export function filterChoices(entries: readonly ChangeLogEntry[]) {
  const records = new Map<string, string>();
  const fields = new Set<string>();
  const people = new Set<string>();
  for (const e of entries) {
    if (!records.has(recordKey(e))) records.set(recordKey(e), e.entityName);
    fields.add(e.field);
    people.add(e.by);
  }
  const byText = (a: string, b: string) => a.localeCompare(b);
  return {
    records: [...records].sort((a, b) => byText(a[1], b[1])),
    fields: [...fields].sort(byText),
    people: [...people].sort(byText),
  };
}
