/**
 * Which spreadsheet column holds which figure of monthly actuals (use case, month, pilot, last mile and its categories,
 * run cost, benefit): a suggested mapping by fuzzy match of the header texts, the way the problem import does it.
 */
import { LAST_MILE_CATEGORIES, LAST_MILE_CATEGORY_LABELS, type LastMileCategory } from '../domain/constants';
import { assignColumns, dice, HEADER_MATCH_THRESHOLD, normaliseHeader } from './problemCsvMapping';

/** The fields an actuals CSV can fill, in the order the mapping screen lists them. */
export const ACTUALS_IMPORT_FIELDS = ['useCase', 'month', 'pilot', 'lastMile', ...LAST_MILE_CATEGORIES, 'run', 'benefit'] as const;
export type ActualsImportField = (typeof ACTUALS_IMPORT_FIELDS)[number];
/** The amount fields (money); the others name the use case and the month. */
export const ACTUALS_AMOUNT_FIELDS = ['pilot', 'lastMile', ...LAST_MILE_CATEGORIES, 'run', 'benefit'] as const satisfies readonly ActualsImportField[];
export type ActualsAmountField = (typeof ACTUALS_AMOUNT_FIELDS)[number];

/** Labels the user sees (the categories as "Last mile: Integration engineering"). */
export const ACTUALS_IMPORT_FIELD_LABELS: Record<ActualsImportField, string> = {
  useCase: 'Use case (name or id)',
  month: 'Month',
  pilot: 'Pilot spend',
  lastMile: 'Last-mile spend',
  ...(Object.fromEntries(LAST_MILE_CATEGORIES.map((c) => [c, `Last mile: ${LAST_MILE_CATEGORY_LABELS[c]}`])) as Record<LastMileCategory, string>),
  run: 'Run cost',
  benefit: 'Realised benefit',
};

/** Column index (0-based) per field; null = not in the file. */
export type ActualsColumnMapping = Record<ActualsImportField, number | null>;

const CATEGORY_SYNONYMS: Record<LastMileCategory, readonly string[]> = {
  integration: ['integration', 'integration engineering', 'last mile integration'],
  dataPipelines: ['data pipelines', 'data pipelines quality', 'data', 'data quality', 'last mile data pipelines'],
  uxHumanReview: ['ux', 'ux for ai human review', 'human review', 'ux human review', 'last mile ux'],
  securityCompliance: ['security', 'compliance', 'security compliance', 'last mile security'],
  testingQa: ['testing', 'qa', 'testing qa', 'last mile testing'],
  monitoringMlops: ['monitoring', 'mlops', 'monitoring mlops', 'last mile monitoring'],
  infrastructure: ['infrastructure', 'infrastructure scaling', 'scaling', 'last mile infrastructure'],
  changeManagement: ['change management', 'training', 'change management training', 'last mile change management'],
};

const SYNONYMS: Record<ActualsImportField, readonly string[]> = {
  useCase: ['use case', 'use case name', 'use case id', 'usecase', 'candidate', 'project', 'initiative', 'name', 'id'],
  month: ['month', 'period', 'date', 'calendar month', 'accounting period', 'fiscal month', 'month year'],
  pilot: ['pilot', 'pilot spend', 'pilot cost', 'pilot actual', 'actual pilot spend', 'pilot actuals'],
  lastMile: ['last mile', 'last mile spend', 'last mile cost', 'actual last mile spend', 'last mile actual', 'last mile total'],
  ...CATEGORY_SYNONYMS,
  run: ['run', 'run cost', 'running cost', 'running costs', 'operating cost', 'opex', 'actual run cost', 'run actual'],
  benefit: ['benefit', 'benefits', 'realised benefit', 'realized benefit', 'savings', 'value realised', 'actual benefit'],
};

/** How well a header names a field, 0…1 (1 = the field's label or one of its usual names). */
export function actualsHeaderScore(header: string, field: ActualsImportField): number {
  const h = normaliseHeader(header);
  if (h === '') return 0;
  let best = 0;
  for (const name of [normaliseHeader(ACTUALS_IMPORT_FIELD_LABELS[field]), ...SYNONYMS[field]]) {
    if (h === name) return 1;
    best = Math.max(best, dice(h, name));
  }
  return best;
}

export function emptyActualsMapping(): ActualsColumnMapping {
  return Object.fromEntries(ACTUALS_IMPORT_FIELDS.map((f) => [f, null])) as ActualsColumnMapping;
}

/** Suggested mapping: best-scoring header per field, each column used at most once. */
export function suggestActualsMapping(headers: readonly string[]): ActualsColumnMapping {
  return assignColumns(ACTUALS_IMPORT_FIELDS, headers, actualsHeaderScore);
}

/** Whether the first row is a header: one of its cells names a field. */
export function detectActualsHeader(first: readonly string[] | undefined): boolean {
  return (first ?? []).some((cell) => ACTUALS_IMPORT_FIELDS.some((f) => actualsHeaderScore(cell, f) >= HEADER_MATCH_THRESHOLD));
}

/**
 * What the user must fix in the mapping before import: the month column, a use-case column (unless the import is for
 * one use case), at least one amount, and columns that are in the file.
 */
export function actualsMappingErrors(mapping: ActualsColumnMapping, columnCount: number, oneUseCase: boolean): string[] {
  const errors: string[] = [];
  if (mapping.useCase === null && !oneUseCase) errors.push('Choose the column that names the use case (its name or id)');
  if (mapping.month === null) errors.push('Choose the column that holds the month');
  if (ACTUALS_AMOUNT_FIELDS.every((f) => mapping[f] === null)) errors.push('Choose at least one column of amounts (pilot, last mile, run cost or benefit)');
  for (const field of ACTUALS_IMPORT_FIELDS) {
    const column = mapping[field];
    if (column !== null && (!Number.isInteger(column) || column < 0 || column >= columnCount)) {
      errors.push(`${ACTUALS_IMPORT_FIELD_LABELS[field]}: column ${column + 1} is not in the file (it has ${columnCount})`);
    }
  }
  return errors;
}
