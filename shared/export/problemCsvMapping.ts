/**
 * Which spreadsheet column holds which problem field: header detection and a suggested mapping by
 * fuzzy match of header text against each field's usual names. The user can change the suggestion.
 */
import type { NumberKind } from '../presentation/numberText';

/** The problem fields a CSV can fill, in the order the mapping screen lists them. */
export const PROBLEM_IMPORT_FIELDS = [
  'title',
  'statement',
  'owner',
  'function',
  'peopleAffected',
  'monthlyHours',
  'monthlyCost',
  'evidence',
  'strategicImportance',
  'status',
] as const;
export type ProblemImportField = (typeof PROBLEM_IMPORT_FIELDS)[number];

/** Labels the user sees; they match the schema's message labels so errors read alike. */
export const PROBLEM_IMPORT_FIELD_LABELS: Record<ProblemImportField, string> = {
  title: 'Title',
  statement: 'Problem statement',
  owner: 'Business owner',
  function: 'Function',
  peopleAffected: 'People affected',
  monthlyHours: 'Monthly hours lost',
  monthlyCost: 'Monthly cost',
  evidence: 'Evidence',
  strategicImportance: 'Strategic importance',
  status: 'Status',
};

/** Numeric fields and the kind of number each expects; the others are text. */
export const PROBLEM_NUMBER_FIELDS: Partial<Record<ProblemImportField, NumberKind>> = {
  peopleAffected: 'count',
  monthlyHours: 'hours',
  monthlyCost: 'money',
  strategicImportance: 'score',
};

/** Column index (0-based) per field; null = not imported (the field takes its default). */
export type ColumnMapping = Record<ProblemImportField, number | null>;

const SYNONYMS: Record<ProblemImportField, readonly string[]> = {
  title: ['title', 'problem', 'problem title', 'name', 'problem name', 'issue', 'pain point', 'headline', 'summary'],
  statement: ['statement', 'problem statement', 'description', 'problem description', 'details', 'detail', 'context'],
  owner: ['owner', 'business owner', 'problem owner', 'accountable', 'sponsor', 'responsible'],
  function: ['function', 'business function', 'department', 'dept', 'team', 'business unit', 'division', 'area'],
  peopleAffected: ['people affected', 'affected people', 'people', 'headcount', 'users affected', 'employees affected', 'staff affected', 'number of people', 'affected'],
  monthlyHours: ['monthly hours', 'monthly hours lost', 'hours per month', 'hours lost', 'hours lost per month', 'hours month', 'hours', 'time lost'],
  monthlyCost: ['monthly cost', 'cost per month', 'cost month', 'monthly cost of problem', 'cost', 'monthly spend', 'monthly loss', 'money lost'],
  evidence: ['evidence', 'source', 'data source', 'proof', 'notes', 'comments', 'reference'],
  strategicImportance: ['strategic importance', 'importance', 'priority', 'strategic priority', 'strategic value', 'criticality', 'rating'],
  status: ['status', 'state', 'stage'],
};

/** Lower-case, accents and punctuation removed, units in brackets dropped: "Monthly cost ($)" → "monthly cost". */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\(.*?\)|\[.*?\]/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function bigrams(text: string): Map<string, number> {
  const grams = new Map<string, number>();
  const padded = ` ${text} `;
  for (let i = 0; i < padded.length - 1; i++) {
    const g = padded.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

/** Dice similarity of character bigrams, 0…1 (also how the actuals import matches its headers). */
export function dice(a: string, b: string): number {
  if (a === b) return 1;
  const ga = bigrams(a);
  const gb = bigrams(b);
  let shared = 0;
  let total = 0;
  for (const [g, n] of ga) {
    shared += Math.min(n, gb.get(g) ?? 0);
    total += n;
  }
  for (const n of gb.values()) total += n;
  return total === 0 ? 0 : (2 * shared) / total;
}

/** How well a header names a field, 0…1 (1 = one of its usual names). */
export function headerScore(header: string, field: ProblemImportField): number {
  const h = normaliseHeader(header);
  if (h === '') return 0;
  let best = 0;
  for (const synonym of [normaliseHeader(PROBLEM_IMPORT_FIELD_LABELS[field]), ...SYNONYMS[field]]) {
    if (h === synonym) return 1;
    best = Math.max(best, dice(h, synonym));
  }
  return best;
}

/** Below this similarity a header is not taken to name a field. */
export const HEADER_MATCH_THRESHOLD = 0.72;

export function emptyMapping(): ColumnMapping {
  return Object.fromEntries(PROBLEM_IMPORT_FIELDS.map((f) => [f, null])) as ColumnMapping;
}

/**
 * The one column assignment of every import (problems, actuals, inventory): each field gets its best-scoring header
 * at or above the threshold, best pairs first (ties by field order, then column), each column used at most once.
 */
export function assignColumns<F extends string>(fields: readonly F[], headers: readonly string[], score: (header: string, field: F) => number): Record<F, number | null> {
  const pairs: { field: F; column: number; score: number; order: number }[] = [];
  fields.forEach((field, order) => {
    headers.forEach((header, column) => {
      const s = score(header, field);
      if (s >= HEADER_MATCH_THRESHOLD) pairs.push({ field, column, score: s, order });
    });
  });
  pairs.sort((a, b) => b.score - a.score || a.order - b.order || a.column - b.column);
  const mapping = Object.fromEntries(fields.map((f) => [f, null])) as Record<F, number | null>;
  const used = new Set<number>();
  for (const p of pairs) {
    if (mapping[p.field] !== null || used.has(p.column)) continue;
    mapping[p.field] = p.column;
    used.add(p.column);
  }
  return mapping;
}

/** Suggested mapping: best-scoring header per field, each column used at most once. */
export function suggestMapping(headers: readonly string[]): ColumnMapping {
  return assignColumns(PROBLEM_IMPORT_FIELDS, headers, headerScore);
}

/** Whether a cell reads as a number (digits with separators, a currency sign, %, k or M): header detection here and in the inventory import. */
export const looksNumeric = (cell: string) => /^[\s\p{Sc}(+\-\u2212]*[\d.,'\u00A0\u202F ]+\s*[%kKmM)]?[\s\p{Sc}]*$/u.test(cell) && /\d/.test(cell);

/**
 * Whether the first row is a header: one of its cells names a field, or it is all text above a
 * row that has numbers in the same columns.
 */
export function detectHeader(rows: ReadonlyArray<readonly string[]>): boolean {
  const first = rows[0];
  if (!first) return false;
  const named = first.some((cell) => PROBLEM_IMPORT_FIELDS.some((f) => headerScore(cell, f) >= HEADER_MATCH_THRESHOLD));
  if (named) return true;
  const second = rows[1];
  if (!second) return false;
  const firstAllText = first.every((cell) => cell.trim() === '' || !looksNumeric(cell));
  return firstAllText && second.some((cell, i) => looksNumeric(cell) && !looksNumeric(first[i] ?? ''));
}

/** Problems in the mapping the user must fix before import (title column missing, column out of range). */
export function mappingErrors(mapping: ColumnMapping, columnCount: number): string[] {
  const errors: string[] = [];
  if (mapping.title === null) errors.push('Choose the column that holds the problem title');
  for (const field of PROBLEM_IMPORT_FIELDS) {
    const column = mapping[field];
    if (column !== null && (!Number.isInteger(column) || column < 0 || column >= columnCount)) {
      errors.push(`${PROBLEM_IMPORT_FIELD_LABELS[field]}: column ${column + 1} is not in the file (it has ${columnCount})`);
    }
  }
  return errors;
}
