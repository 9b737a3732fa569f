/**
 * Import of monthly actuals from a finance spreadsheet (CSV): read the file, suggest a column mapping, preview, and
 * convert every row — all or nothing. Rows are numbered as a spreadsheet shows them (the header is row 1), so
 * "Row 7, Run cost: …" points at the row the user sees. Amounts are read with the workspace's number format.
 */
import { actualMonthSchema, type ActualMonth } from '../domain/actuals';
import { LAST_MILE_CATEGORIES } from '../domain/constants';
import { formatCalendarMonth } from '../presentation/format';
import { DEFAULT_NUMBER_FORMAT, type NumberFormat } from '../presentation/locale';
import { parseNumberText } from '../presentation/numberText';
import { readCalendarMonthText } from './actualsCsvMonth';
import { isFormulaLike } from './csv';
import {
  ACTUALS_AMOUNT_FIELDS,
  ACTUALS_IMPORT_FIELD_LABELS,
  actualsMappingErrors,
  detectActualsHeader,
  emptyActualsMapping,
  suggestActualsMapping,
  type ActualsColumnMapping,
  type ActualsImportField,
} from './actualsCsvMapping';
import { headersFor, PROBLEM_CSV_MAX_ERRORS, readCsvRecords, type CsvRecords } from './problemCsvImport';

export const ACTUALS_CSV_MAX_ROWS = 20_000;

/** One fault: spreadsheet row (null = the file or the mapping), field (null = the whole row) and what is wrong. */
export interface ActualsCsvFault {
  row: number | null;
  field: ActualsImportField | null;
  message: string;
  /** "Row 7, Run cost: must be 0 or more". */
  text: string;
}

export interface ActualsCsvTable extends CsvRecords {
  hasHeader: boolean;
  headers: string[];
  mapping: ActualsColumnMapping;
}

export interface ActualsCsvSettings {
  hasHeader: boolean;
  mapping: ActualsColumnMapping;
}

/** What rows are checked against: the workspace's use cases, the one the import is for (if any), today, the number format. */
export interface ActualsCsvContext {
  useCases: readonly { id: string; name: string }[];
  /** Rows without a use case belong to this one (the import from a use case's page); null = every row names one. */
  defaultUseCaseId: string | null;
  /** 'YYYY-MM': this month and later months are refused. */
  todayMonth: string;
  format?: NumberFormat;
}

/** The actuals of one use case, months in order. */
export interface ActualsCsvEntry {
  useCaseId: string;
  months: ActualMonth[];
}

export type ConvertedActualsRow = { row: number; ok: true; useCaseId: string; actual: ActualMonth } | { row: number; ok: false; errors: ActualsCsvFault[] };

function fault(row: number | null, field: ActualsImportField | null, message: string): ActualsCsvFault {
  const where = [row === null ? null : `Row ${row}`, field === null ? null : ACTUALS_IMPORT_FIELD_LABELS[field]].filter(Boolean).join(', ');
  return { row, field, message, text: where === '' ? message : `${where}: ${message}` };
}

/** Reads CSV text (comma, semicolon or tab separated; BOM tolerated) and suggests header and mapping. Never throws. */
export function readActualsCsv(text: string): { ok: true; table: ActualsCsvTable } | { ok: false; errors: ActualsCsvFault[] } {
  const read = readCsvRecords(text, ACTUALS_CSV_MAX_ROWS, (n) => `The file has ${n} rows; at most ${ACTUALS_CSV_MAX_ROWS} months of actuals can be imported at once`);
  if (!read.ok) return { ok: false, errors: read.errors.map((e) => fault(e.row, null, e.message)) };
  const hasHeader = detectActualsHeader(read.value.records[0]?.cells);
  return { ok: true, table: { ...read.value, ...actualsSettings(read.value, hasHeader) } };
}

/** The suggested settings when the user says whether the first row is a header (the mapping screen's toggle). */
export function actualsSettings(table: CsvRecords, hasHeader: boolean): ActualsCsvSettings & { headers: string[] } {
  const headers = headersFor(table.records, table.columnCount, hasHeader);
  return { hasHeader, headers, mapping: hasHeader ? suggestActualsMapping(headers) : emptyActualsMapping() };
}

function findUseCase(text: string, context: ActualsCsvContext): { id: string } | { message: string } {
  // A name this app exported with a leading quote (so no spreadsheet runs it as a formula) is read without it.
  const cell = text.startsWith("'") && isFormulaLike(text.slice(1)) ? text.slice(1) : text;
  const byId = context.useCases.find((u) => u.id === cell);
  if (byId) return { id: byId.id };
  const wanted = cell.toLocaleLowerCase();
  const named = context.useCases.filter((u) => u.name.trim().toLocaleLowerCase() === wanted);
  if (named.length === 1) return { id: named[0]!.id };
  if (named.length > 1) return { message: `${named.length} use cases are called “${cell}”; use the id of the one meant` };
  return { message: `no use case of this workspace is called “${cell}”` };
}

/** Converts one record: the use case it belongs to and its month of actuals, or every fault of the row. */
export function convertActualsRecord(record: { row: number; cells: readonly string[] }, mapping: ActualsColumnMapping, context: ActualsCsvContext): ConvertedActualsRow {
  const format = context.format ?? DEFAULT_NUMBER_FORMAT;
  const errors: ActualsCsvFault[] = [];
  const cell = (field: ActualsImportField) => (mapping[field] === null ? '' : (record.cells[mapping[field]] ?? '').trim());

  let useCaseId = context.defaultUseCaseId;
  const named = cell('useCase');
  if (named !== '') {
    const found = findUseCase(named, context);
    if ('id' in found) useCaseId = found.id;
    else errors.push(fault(record.row, 'useCase', found.message));
  } else if (useCaseId === null) errors.push(fault(record.row, 'useCase', 'no use case is named'));

  let month: string | null = null;
  const monthText = cell('month');
  if (monthText === '') errors.push(fault(record.row, 'month', 'no month is given'));
  else {
    const read = readCalendarMonthText(monthText);
    if (!read.ok) errors.push(fault(record.row, 'month', read.message));
    else if (read.month >= context.todayMonth) {
      errors.push(fault(record.row, 'month', `${formatCalendarMonth(read.month, format)} ${read.month === context.todayMonth ? 'is this month' : 'has not begun'}: actuals are entered only for months that are over`));
    } else month = read.month;
  }

  const amounts: Partial<Record<(typeof ACTUALS_AMOUNT_FIELDS)[number], number>> = {};
  for (const field of ACTUALS_AMOUNT_FIELDS) {
    const text = cell(field);
    if (text === '') continue;
    const n = parseNumberText(text, 'money', format);
    if (!n.ok) errors.push(fault(record.row, field, n.message));
    else if (n.value < 0) errors.push(fault(record.row, field, 'must be 0 or more'));
    else amounts[field] = n.value;
  }
  const split = LAST_MILE_CATEGORIES.filter((c) => amounts[c] !== undefined);
  const byCategory = split.length === 0 ? null : Object.fromEntries(split.map((c) => [c, amounts[c]!]));
  const lastMile = amounts.lastMile ?? split.reduce((s, c) => s + amounts[c]!, 0);
  if (errors.length > 0 || month === null || useCaseId === null) return { row: record.row, ok: false, errors };

  const draft = { month, pilot: amounts.pilot ?? 0, lastMile, lastMileByCategory: byCategory, run: amounts.run ?? 0, benefit: amounts.benefit ?? 0 };
  const checked = actualMonthSchema.safeParse(draft);
  if (!checked.success) {
    const fields: Record<string, ActualsImportField> = { lastMileByCategory: 'lastMile', lastMile: 'lastMile', pilot: 'pilot', run: 'run', benefit: 'benefit', month: 'month' };
    return { row: record.row, ok: false, errors: checked.error.issues.map((i) => fault(record.row, fields[String(i.path[0])] ?? null, i.message)) };
  }
  return { row: record.row, ok: true, useCaseId, actual: checked.data };
}

function dataRecords(table: ActualsCsvTable, hasHeader: boolean): CsvRecords['records'] {
  return hasHeader ? table.records.slice(1) : table.records;
}

/** What the preview shows: the first rows converted with the current settings, faults included. */
export function previewActualsCsv(table: ActualsCsvTable, settings: ActualsCsvSettings, context: ActualsCsvContext, limit = 10): ConvertedActualsRow[] {
  return dataRecords(table, settings.hasHeader)
    .slice(0, limit)
    .map((r) => convertActualsRecord(r, settings.mapping, context));
}

/**
 * Converts every row; any fault anywhere (a cell, the mapping, a month of a use case given twice) means nothing is
 * imported. On success: the actuals per use case, in the order the file first names them, months in order.
 */
export function importActualsCsv(
  table: ActualsCsvTable,
  settings: ActualsCsvSettings,
  context: ActualsCsvContext,
): { ok: true; entries: ActualsCsvEntry[]; rows: number } | { ok: false; errors: ActualsCsvFault[] } {
  const settingErrors = actualsMappingErrors(settings.mapping, table.columnCount, context.defaultUseCaseId !== null).map((m) => fault(null, null, m));
  if (settingErrors.length > 0) return { ok: false, errors: settingErrors };
  const records = dataRecords(table, settings.hasHeader);
  if (records.length === 0) return { ok: false, errors: [fault(null, null, 'The file has no actuals to import (only a header row)')] };
  const errors: ActualsCsvFault[] = [];
  let omitted = 0;
  const push = (e: ActualsCsvFault) => (errors.length < PROBLEM_CSV_MAX_ERRORS ? errors.push(e) : omitted++);
  const entries = new Map<string, ActualsCsvEntry>();
  const seen = new Map<string, number>();
  const names = new Map(context.useCases.map((u) => [u.id, u.name]));
  for (const record of records) {
    const converted = convertActualsRecord(record, settings.mapping, context);
    if (!converted.ok) {
      converted.errors.forEach(push);
      continue;
    }
    const key = `${converted.useCaseId}\u0000${converted.actual.month}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      const when = formatCalendarMonth(converted.actual.month, context.format ?? DEFAULT_NUMBER_FORMAT);
      push(fault(record.row, 'month', `${when} of “${names.get(converted.useCaseId) ?? converted.useCaseId}” is also on row ${earlier}; give each month once`));
      continue;
    }
    seen.set(key, record.row);
    const entry = entries.get(converted.useCaseId) ?? { useCaseId: converted.useCaseId, months: [] };
    entry.months.push(converted.actual);
    entries.set(converted.useCaseId, entry);
  }
  if (omitted > 0) errors.push(fault(null, null, `…and ${omitted} more faults`));
  if (errors.length > 0) return { ok: false, errors };
  for (const e of entries.values()) e.months.sort((a, b) => (a.month < b.month ? -1 : 1));
  return { ok: true, entries: [...entries.values()], rows: records.length };
}

/** Read + convert in one step, with the suggested settings unless given (for scripts and tests). Never throws. */
export function importActualsCsvText(text: string, context: ActualsCsvContext, settings?: Partial<ActualsCsvSettings>): ReturnType<typeof importActualsCsv> {
  const read = readActualsCsv(text);
  if (!read.ok) return read;
  const suggested = actualsSettings(read.table, settings?.hasHeader ?? read.table.hasHeader);
  return importActualsCsv(read.table, { hasHeader: suggested.hasHeader, mapping: settings?.mapping ?? suggested.mapping }, context);
}
