import { actualMonthSchema, mergeActuals, useCaseSchema, validate, type ActualMonth, type FieldError } from '@shared/domain';
import { formatCalendarMonth } from '@shared/presentation';
import { applyChangeSet, nowIso, refuse, runWrite, type RecordChange } from './changes';
import type { LastmileDatabase, StoredUseCase } from './database';
import { conflict, notFound, type WriteResult } from './repositoryResult';

/** The actuals of some months of one use case, written on the revision the caller saw. */
export interface ActualsEntry {
  useCaseId: string;
  expectedRevision: number;
  months: readonly ActualMonth[];
}

/** Months from today ('YYYY-MM') on are refused: actuals are for months that are over (docs/living-portfolio.md). */
function monthFaults(months: readonly ActualMonth[], todayMonth: string, prefix = ''): FieldError[] {
  const errors: FieldError[] = [];
  months.forEach((m, i) => {
    const checked = validate(actualMonthSchema, m);
    if (!checked.ok) for (const e of checked.errors) errors.push({ path: `${prefix}[${i}]${e.path ? `.${e.path}` : ''}`, message: e.message });
    else if (m.month >= todayMonth) {
      const when = m.month === todayMonth ? 'is this month' : 'has not begun';
      errors.push({ path: `${prefix}[${i}].month`, message: `${formatCalendarMonth(m.month)} ${when}: actuals are entered only for months that are over` });
    }
  });
  return errors;
}

const monthsText = (months: readonly ActualMonth[]) =>
  months.length === 1 ? formatCalendarMonth(months[0]!.month) : `${months.length} months`;

/**
 * Monthly actuals of use cases (pilot, last mile by category where known, run cost, benefit). Every write checks the
 * use case's revision inside its transaction, is schema-checked, refuses months from today on, and is one undoable edit.
 * `todayMonth` is the calendar month the caller shows (renderer/features/living/today.ts).
 */
export function actualsRepository(db: LastmileDatabase) {
  /** The use case with `months` merged in (a month entered again replaces the earlier entry), checked. */
  async function merged(entry: ActualsEntry, workspaceId: string | null): Promise<RecordChange> {
    const before = await db.useCases.get(entry.useCaseId);
    if (!before || (workspaceId !== null && before.workspaceId !== workspaceId)) refuse(`A use case of these actuals no longer exists (it may have been deleted in another window); nothing was saved.`, 'missing');
    if (before.revision !== entry.expectedRevision) refuse(`The use case “${before.name}” was changed in another window since you opened it; nothing was saved.`, 'conflict', before);
    const checked = validate(useCaseSchema, { ...before, actuals: mergeActuals(before.actuals, entry.months), updatedAt: nowIso() });
    if (!checked.ok) refuse(`“${before.name}”: ${checked.errors[0]?.message ?? 'the actuals are not valid'}`, 'invalid');
    return { table: 'useCases', key: before.id, before, after: checked.value };
  }

  return {
    /** Enters (or replaces) the actuals of one or more months of a use case. */
    async set(useCaseId: string, months: readonly ActualMonth[], expectedRevision: number, todayMonth: string): Promise<WriteResult<StoredUseCase>> {
      const faults = monthFaults(months, todayMonth);
      if (faults.length > 0) return { ok: false, reason: 'invalid', errors: faults };
      if (months.length === 0) return { ok: false, reason: 'invalid', errors: [{ path: '', message: 'No month of actuals was given' }] };
      return runWrite(db, async () => {
        const change = await merged({ useCaseId, expectedRevision, months }, null);
        const name = (change.before as StoredUseCase).name;
        const set = await applyChangeSet(db, { label: `Enter actuals for ${monthsText(months)} of “${name}”`, changes: [change] });
        return { ok: true, value: set.changes[0]!.after as StoredUseCase, change: set };
      });
    },

    /** Deletes the actuals of one month of a use case (its plan counts for that month again). */
    async remove(useCaseId: string, month: string, expectedRevision: number): Promise<WriteResult<StoredUseCase>> {
      return runWrite(db, async () => {
        const before = await db.useCases.get(useCaseId);
        if (!before) return notFound('This use case');
        if (before.revision !== expectedRevision) return conflict('This use case', before);
        if (!before.actuals.some((a) => a.month === month)) return { ok: false, reason: 'missing', errors: [{ path: '', message: `“${before.name}” has no actuals for ${formatCalendarMonth(month)}` }] };
        const after = { ...before, actuals: before.actuals.filter((a) => a.month !== month), updatedAt: nowIso() };
        const set = await applyChangeSet(db, {
          label: `Delete the actuals for ${formatCalendarMonth(month)} of “${before.name}”`,
          changes: [{ table: 'useCases', key: useCaseId, before, after }],
        });
        return { ok: true, value: set.changes[0]!.after as StoredUseCase, change: set };
      });
    },

    /**
     * Writes the actuals of several use cases of a workspace at once (a CSV import): all of them, or nothing when any
     * month is not valid, any use case is missing or changed since the caller read it, or the disk is full.
     */
    async importMany(workspaceId: string, entries: readonly ActualsEntry[], label: string, todayMonth: string): Promise<WriteResult<StoredUseCase[]>> {
      const faults = entries.flatMap((e, i) => monthFaults(e.months, todayMonth, `[${i}].months`));
      if (faults.length > 0) return { ok: false, reason: 'invalid', errors: faults };
      if (entries.length === 0 || new Set(entries.map((e) => e.useCaseId)).size !== entries.length) {
        return { ok: false, reason: 'invalid', errors: [{ path: '', message: entries.length === 0 ? 'There are no actuals to import' : 'A use case appears twice in one import' }] };
      }
      return runWrite(db, async () => {
        if (!(await db.workspaces.get(workspaceId))) return notFound('This workspace');
        const changes: RecordChange[] = [];
        for (const entry of entries) changes.push(await merged(entry, workspaceId));
        const set = await applyChangeSet(db, { label, changes });
        return { ok: true, value: set.changes.map((c) => c.after as StoredUseCase), change: set };
      });
    },
  };
}

export type ActualsRepository = ReturnType<typeof actualsRepository>;
