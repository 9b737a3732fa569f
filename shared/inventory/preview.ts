/**
 * The inventory import's preview (docs/inventory.md): every data row converted with the user's mapping, every fault
 * named by row and column, and — unless a fault is left unresolved while faulty rows are refused — the plan that one
 * write transaction carries out: new problems, new use cases, updates of use cases imported before (same register
 * id), the rows skipped and the rows shortened. Pure; never throws on any table or mapping.
 */
import { problemInputSchema, type UseCase } from '../domain';
import type { InventoryImportPlan, InventoryMapping, InventoryPreview, InventoryRowFault, InventoryTable } from './contract';
import { inventoryMappingErrors } from './mapping';
import { problemKey, rowFault, shortenText } from './rowCells';
import { problemFaults, rowDraft, rowSetting, type InventoryImportContext, type RowDraft, type RowSetting } from './rowConvert';
import { stageLookup } from './stageMap';

export type { InventoryImportContext } from './rowConvert';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function noPlan(dataRows: number, faults: InventoryRowFault[], faultyRows: number[], blockers: string[]): InventoryPreview {
  return { dataRows, faults, faultyRows, plan: null, blockers };
}

/** Previews the import of `table` with `mapping` into the workspace described by `context`. */
export function previewInventoryImport(table: InventoryTable, mapping: InventoryMapping, context: InventoryImportContext): InventoryPreview {
  const records = mapping.hasHeader ? table.records.slice(1) : table.records;
  const mappingErrors = inventoryMappingErrors(mapping, table.columnCount);
  if (mappingErrors.length > 0) return noPlan(records.length, [], [], mappingErrors);
  if (records.length === 0) return noPlan(0, [], [], ['The file has no rows to import (only a header row)']);

  const byExternalId = new Map<string, UseCase & { revision: number }>();
  for (const uc of context.useCases) {
    const id = uc.register.externalId.trim();
    if (id !== '' && !byExternalId.has(id)) byExternalId.set(id, uc);
  }
  const problemByKey = new Map<string, string>();
  for (const p of context.problems) if (!problemByKey.has(problemKey(p.title))) problemByKey.set(problemKey(p.title), p.id);
  const setting: RowSetting = rowSetting({ mapping, headers: table.headers, fileName: table.fileName, workspace: context.workspace, stageOf: stageLookup(mapping.stageMap), byExternalId, problemByKey }, table.kind);

  const drafts: RowDraft[] = records.map((r) => rowDraft(r, setting));

  // A register id twice in the file: the later rows are faults. New problems are checked once each.
  const idColumn = mapping.columns.externalId;
  const firstRowOfId = new Map<string, number>();
  const problemChecks = new Map<string, ReturnType<typeof problemInputSchema.safeParse>>();
  for (const d of drafts) {
    const id = idColumn === null ? '' : d.externalId;
    if (id !== '') {
      const first = firstRowOfId.get(id);
      if (first === undefined) firstRowOfId.set(id, d.row);
      else d.faults.push(rowFault(d.row, idColumn, 'externalId', `The register id “${shortenText(id, 60)}” is also on row ${first}; each row needs its own id`, table.headers));
    }
    const spec = d.problem;
    if (spec && spec.existingId === null) {
      let checked = problemChecks.get(spec.key);
      if (!checked) problemChecks.set(spec.key, (checked = problemInputSchema.safeParse(spec.input)));
      d.faults.push(...problemFaults(d.row, spec, mapping, table.headers, checked));
    }
  }

  const faults = drafts.flatMap((d) => d.faults);
  const faultyRows = drafts.filter((d) => d.faults.length > 0).map((d) => d.row);
  if (faultyRows.length > 0 && mapping.faultyRows === 'refuse') {
    const shortenable = faults.filter((f) => f.fix === 'shorten').length;
    const blockers = [`${plural(faultyRows.length, 'row has', 'rows have')} faults, and nothing is imported while a fault is left: fix the file, or skip the faulty rows`];
    if (shortenable > 0) blockers.push(`${plural(shortenable, 'fault is', 'faults are')} over-long text: shortening it (the full text kept in the description) resolves ${shortenable === 1 ? 'it' : 'them'}`);
    return noPlan(records.length, faults, faultyRows, blockers);
  }
  return { dataRows: records.length, faults, faultyRows, plan: buildPlan(table.fileName, drafts, problemChecks), blockers: [] };
}

function buildPlan(fileName: string, drafts: readonly RowDraft[], problemChecks: ReadonlyMap<string, ReturnType<typeof problemInputSchema.safeParse>>): InventoryImportPlan {
  const plan: InventoryImportPlan = { fileName, newProblems: [], newUseCases: [], updates: [], skippedRows: [], shortenedRows: [] };
  const planned = new Set<string>();
  for (const d of drafts) {
    if (d.faults.length > 0 || d.input === null) {
      plan.skippedRows.push(d.row);
      continue;
    }
    if (d.shortened) plan.shortenedRows.push(d.row);
    if (d.existing) {
      plan.updates.push({ row: d.row, useCaseId: d.existing.id, expectedRevision: d.existing.revision, input: d.input, stage: d.stage });
      continue;
    }
    const spec = d.problem!;
    if (spec.existingId !== null) {
      plan.newUseCases.push({ row: d.row, problem: { kind: 'existing', id: spec.existingId }, input: d.input, stage: d.stage ?? 'idea' });
      continue;
    }
    if (!planned.has(spec.key)) {
      const checked = problemChecks.get(spec.key);
      planned.add(spec.key);
      plan.newProblems.push({ key: spec.key, input: checked?.success ? checked.data : spec.input });
    }
    plan.newUseCases.push({ row: d.row, problem: { kind: 'new', key: spec.key }, input: d.input, stage: d.stage ?? 'idea' });
  }
  return plan;
}
