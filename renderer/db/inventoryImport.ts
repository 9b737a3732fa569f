import {
  currentStage,
  newLifecycle,
  problemSchema,
  useCaseInputSchema,
  useCaseSchema,
  validate,
  type FieldError,
  type Lifecycle,
  type Problem,
  type Stage,
  type StageChange,
  type UseCase,
  type UseCaseInput,
  type Workspace,
} from '@shared/domain';
import type { InventoryImportPlan, InventoryImportResult } from '@shared/inventory/contract';
import { presenter } from '@shared/presentation';
import { newId, nowIso, runWrite, WriteRefused, writeSideInTransaction, type RecordChange } from './changes';
import { summaryEntry, yourName } from './changeLogWriter';
import type { LastmileDatabase, StoredUseCase } from './database';
import { IMPORT_CANCELLED_MESSAGE, type WriteFailure, type WriteFailureReason, type WriteResult } from './repositoryResult';

/**
 * Writing an inventory import plan (docs/inventory.md): the whole plan in ONE transaction or nothing. New problems and
 * use cases are checked against the shared schemas before the transaction starts; inside it, every problem the plan
 * names and every use case it updates is checked against what is stored now (an update only at the revision the
 * preview read). Records are written in chunks, with progress reported between them and the user's cancel honoured
 * there (the transaction is aborted, so nothing is written). The import is one undoable step and one change-log entry.
 */

export interface InventoryImportOptions {
  /** This month ('YYYY-MM'): the month the register's stages are recorded in. */
  todayMonth: string;
  /** Who imports: the stage changes the import records name them. */
  by: string;
  /** Aborting it stops the import before it is committed; nothing is written. */
  signal?: AbortSignal;
  /** Called between chunks of the write (records written so far, records to write). */
  onProgress?: (done: number, total: number) => void;
}

/** Records written per bulk request: small enough to report progress often, large enough to keep requests few. */
export const IMPORT_CHUNK = 500;


/** "1,200 use cases", in the workspace's number format. */
const counted = (workspace: Workspace) => (n: number, one: string, many: string) => `${presenter(workspace).number(n, 0)} ${n === 1 ? one : many}`;

function failure(reason: WriteFailureReason, errors: FieldError[]): WriteFailure<never> {
  return { ok: false, reason, errors };
}

/** Rolls the import's transaction back and answers `reason` with `message` (nothing is written). */
function stop(reason: WriteFailureReason, message: string, path = ''): never {
  throw new WriteRefused(failure(reason, [{ path, message }]));
}

function cancelledIf(signal: AbortSignal | undefined): void {
  if (signal?.aborted) stop('cancelled', IMPORT_CANCELLED_MESSAGE);
}

/** Schema faults of a planned record, each naming the spreadsheet row it comes from. */
function rowErrors(prefix: string, row: number | null, errors: readonly FieldError[]): FieldError[] {
  return errors.map((e) => ({ path: e.path ? `${prefix}.${e.path}` : prefix, message: row === null ? e.message : `Row ${row}: ${e.message}` }));
}

/** What the change log says the import did ("Imported 480 use cases from inventory.xlsx: 3 updated, 17 rows skipped"). */
export function importSummary(workspace: Workspace, plan: InventoryImportPlan, result: InventoryImportResult): string {
  const plural = counted(workspace);
  const parts = [plural(result.useCasesUpdated, 'updated', 'updated')];
  if (result.problemsCreated > 0) parts.push(plural(result.problemsCreated, 'new problem', 'new problems'));
  if (result.rowsSkipped > 0) parts.push(plural(result.rowsSkipped, 'row skipped', 'rows skipped'));
  return `Imported ${plural(result.useCasesCreated + result.useCasesUpdated, 'use case', 'use cases')} from ${plan.fileName}: ${parts.join(', ')}`.slice(0, 1000);
}

export async function importInventoryPlan(
  db: LastmileDatabase,
  workspaceId: string,
  plan: InventoryImportPlan,
  options: InventoryImportOptions,
): Promise<WriteResult<InventoryImportResult>> {
  const { signal, onProgress, todayMonth } = options;
  if (signal?.aborted) return failure('cancelled', [{ path: '', message: IMPORT_CANCELLED_MESSAGE }]);
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(todayMonth)) return failure('invalid', [{ path: 'todayMonth', message: 'This month must be a month like 2027-01' }]);
  const total = plan.newProblems.length + plan.newUseCases.length + plan.updates.length;
  if (total === 0) return failure('invalid', [{ path: '', message: 'There is nothing to import: the file has no row to add or update.' }]);
  const now = nowIso();
  const by = options.by.trim().slice(0, 120);
  const note = `From the inventory “${plan.fileName}”`.slice(0, 2000);
  // An import records the stage the client's register gives as a fact, dated this month: it is not one of the moves a
  // user makes by hand, so the manual stage rules (stageChangeProblem: which stage may follow which, a pilot's start
  // before its finish, no date before the previous change) do not refuse it.
  const stageChange = (stage: Stage): StageChange => ({ stage, month: todayMonth, at: now, by, note, evidence: null });
  const withStage = (lifecycle: Lifecycle, stage: Stage | null): Lifecycle =>
    stage === null || stage === currentStage(lifecycle) ? lifecycle : { ...lifecycle, history: [...lifecycle.history, stageChange(stage)] };

  // Everything that does not depend on what is stored now is checked before the transaction, so it stays short. The
  // check gives the page a turn every chunk of rows (the progress shows, a cancel is seen) and stops at the first cancel.
  onProgress?.(0, total);
  let checked = 0;
  const breathe = async () => {
    if (++checked % IMPORT_CHUNK === 0) await new Promise((resolve) => setTimeout(resolve, 0));
    return signal?.aborted ?? false;
  };
  const cancelled = () => failure('cancelled', [{ path: '', message: IMPORT_CANCELLED_MESSAGE }]);
  const errors: FieldError[] = [];
  const problemIds = new Map<string, string>();
  const problems: Problem[] = [];
  for (const [i, p] of plan.newProblems.entries()) {
    if (await breathe()) return cancelled();
    if (problemIds.has(p.key)) errors.push({ path: `newProblems[${i}].key`, message: `The problem “${p.input.title}” is planned twice` });
    const id = newId();
    problemIds.set(p.key, id);
    const r = validate(problemSchema, { ...p.input, id, workspaceId, createdAt: now, updatedAt: now });
    if (r.ok) problems.push(r.value);
    else errors.push(...rowErrors(`newProblems[${i}]`, null, r.errors.map((e) => ({ ...e, message: `Problem “${p.input.title}”: ${e.message}` }))));
  }
  const existingProblemRows = new Map<string, number>();
  const created: UseCase[] = [];
  for (const [i, u] of plan.newUseCases.entries()) {
    if (await breathe()) return cancelled();
    let problemId: string | undefined;
    if (u.problem.kind === 'new') problemId = problemIds.get(u.problem.key);
    else {
      problemId = u.problem.id;
      if (!existingProblemRows.has(problemId)) existingProblemRows.set(problemId, u.row);
    }
    if (problemId === undefined) {
      errors.push({ path: `newUseCases[${i}].problem`, message: `Row ${u.row}: its problem is not part of the import` });
      continue;
    }
    const lifecycle = withStage(newLifecycle(), u.stage);
    const r = validate(useCaseSchema, { ...u.input, problemId, lifecycle, actuals: [], id: newId(), workspaceId, createdAt: now, updatedAt: now });
    if (r.ok) created.push(r.value);
    else errors.push(...rowErrors(`newUseCases[${i}]`, u.row, r.errors));
  }
  const updateRows = new Map<string, number>();
  const updateInputs: (UseCaseInput | null)[] = [];
  for (const [i, u] of plan.updates.entries()) {
    if (await breathe()) return cancelled();
    if (updateRows.has(u.useCaseId)) errors.push({ path: `updates[${i}].useCaseId`, message: `Row ${u.row}: updates the same use case as row ${updateRows.get(u.useCaseId)}` });
    else updateRows.set(u.useCaseId, u.row);
    const r = validate(useCaseInputSchema, u.input);
    if (!r.ok) errors.push(...rowErrors(`updates[${i}]`, u.row, r.errors));
    updateInputs.push(r.ok ? r.value : null);
  }
  if (errors.length > 0) return failure('invalid', errors);
  if (signal?.aborted) return cancelled();

  return runWrite(db, async () => {
    // Inside the transaction from here: every refusal throws (stop), so whatever was written is rolled back.
    const workspace = await db.workspaces.get(workspaceId);
    if (!workspace) stop('missing', 'This workspace no longer exists (it may have been deleted in another window); nothing was imported.');
    const newProblemIds = new Set(problemIds.values());
    const named = [...existingProblemRows.keys(), ...updateInputs.flatMap((u) => (u ? [u.problemId] : []))].filter((id) => !newProblemIds.has(id));
    const distinct = [...new Set(named)];
    const found = await db.problems.bulkGet(distinct);
    const problemHere = new Set(distinct.filter((_, i) => found[i]?.workspaceId === workspaceId));
    for (const [id, row] of existingProblemRows) {
      if (!problemHere.has(id)) stop('missing', `Row ${row}: its problem no longer exists (deleted in another window?); nothing was imported. Preview the file again.`, 'problem');
    }
    const stored = await db.useCases.bulkGet(plan.updates.map((u) => u.useCaseId));
    const updates: RecordChange[] = plan.updates.map((u, i) => {
      const before = stored[i] as StoredUseCase | undefined;
      if (!before || before.workspaceId !== workspaceId)
        stop('missing', `Row ${u.row}: the use case it updates no longer exists (deleted in another window?); nothing was imported. Preview the file again.`, 'updates');
      // Each update is written only over the revision the preview read: a use case changed since refuses the whole import.
      if (before.revision !== u.expectedRevision)
        stop('conflict', `Row ${u.row}: “${before.name}” was changed in another window since the preview; nothing was imported. Preview the file again.`, 'updates');
      const input = updateInputs[i]!;
      if (!problemHere.has(input.problemId) && !newProblemIds.has(input.problemId))
        stop('missing', `Row ${u.row}: its problem no longer exists (deleted in another window?); nothing was imported. Preview the file again.`, 'problem');
      const checked = validate(useCaseSchema, {
        ...input,
        lifecycle: withStage(before.lifecycle, u.stage),
        actuals: before.actuals,
        id: before.id,
        workspaceId,
        createdAt: before.createdAt,
        updatedAt: now,
      });
      if (!checked.ok) throw new WriteRefused(failure('invalid', rowErrors(`updates[${i}]`, u.row, checked.errors)));
      return { table: 'useCases', key: before.id, before, after: checked.value };
    });
    // Problems first, so each chunk of use cases finds its problems already written (the reference check of each chunk).
    const changes: RecordChange[] = [
      ...problems.map((p): RecordChange => ({ table: 'problems', key: p.id, before: null, after: p })),
      ...created.map((u): RecordChange => ({ table: 'useCases', key: u.id, before: null, after: u })),
      ...updates,
    ];
    const result: InventoryImportResult = {
      problemsCreated: problems.length,
      useCasesCreated: created.length,
      useCasesUpdated: updates.length,
      rowsSkipped: plan.skippedRows.length,
      useCaseIds: [...created.map((u) => u.id), ...updates.map((u) => u.key)],
    };
    const label = `Import ${counted(workspace)(created.length + updates.length, 'use case', 'use cases')} from ${plan.fileName}`;
    const written: RecordChange[] = [];
    for (let start = 0; start < changes.length; start += IMPORT_CHUNK) {
      cancelledIf(signal);
      const part = await writeSideInTransaction(db, { label, changes: changes.slice(start, start + IMPORT_CHUNK) }, 'after', 'save');
      for (const c of part.changes) written.push(c);
      onProgress?.(written.length, changes.length);
    }
    cancelledIf(signal);
    // One entry for the whole import (not one per field of thousands of records), written beside the records: the
    // history keeps it when the import is undone (the undo adds its own entry).
    await db.changeLog.add(summaryEntry(await yourName(db), workspace, label, importSummary(workspace, plan, result)));
    return { ok: true, value: result, change: { label, changes: written } };
  });
}
