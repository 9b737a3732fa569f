/**
 * Which column of a client's inventory fills which field (docs/inventory.md): suggestions from the header names real
 * registers use, header detection, the default mapping and what in a mapping blocks the import. Header text is
 * compared as the problem import compares it (normaliseHeader, dice in shared/export/problemCsvMapping.ts); a long
 * question-style header ("Does this AI use case involve personally identifiable information (PII) …?") names a field
 * when it contains one of the field's names as whole words.
 */
import { INVENTORY_FIELDS, INVENTORY_FIELD_LABELS, type InventoryField } from '../domain/inventory';
import { HEADER_MATCH_THRESHOLD, assignColumns, dice, looksNumeric, normaliseHeader } from '../export/problemCsvMapping';
import type { InventoryColumns, InventoryMapping, InventoryTable } from './contract';
import { stageValues, suggestStageMap } from './stageMap';

/** The names real registers give each field (normalised: lower case, no punctuation). */
export const INVENTORY_SYNONYMS: Record<InventoryField, readonly string[]> = {
  name: ['use case name', 'use case', 'name', 'title', 'ai use case', 'system name', 'project', 'project name', 'use case title', 'ai system', 'initiative'],
  description: ['description', 'summary', 'intended purpose', 'purpose and expected benefits', 'intended purpose and expected benefits', 'what it does', 'use case description', 'use case summary', 'details'],
  problem: ['problem', 'problem solved', 'problem statement', 'business problem', 'need', 'challenge', 'problem to be solved', 'problem it solves', 'what problem', 'problem addressed', 'business need', 'pain point'],
  owner: ['owner', 'contact', 'bureau', 'office', 'business owner', 'point of contact', 'responsible', 'use case owner', 'accountable', 'sponsor', 'department', 'business unit'],
  stage: ['stage', 'development stage', 'stage of development', 'status', 'lifecycle', 'lifecycle stage', 'phase', 'maturity', 'current stage'],
  vendor: ['vendor', 'supplier', 'provider', 'developer', 'contractor', 'commercial product', 'vendor name', 'technology provider'],
  personalData: ['personal data', 'pii', 'personally identifiable information', 'involves pii', 'privacy', 'contains pii', 'uses personal data', 'personal information'],
  externalId: ['id', 'use case id', 'identifier', 'ref', 'reference', 'inventory id', 'record id', 'unique id', 'use case identifier', 'register id'],
  aiPattern: ['ai pattern', 'technique', 'ai technique', 'type of ai', 'category', 'ai type', 'ai techniques', 'ai category', 'pattern'],
  pilotCost: ['pilot cost', 'pilot budget', 'cost of pilot', 'poc cost', 'pilot spend', 'pilot cost estimate'],
  lastMileCost: ['last mile cost', 'production cost', 'implementation cost', 'deployment cost', 'rollout cost', 'scaling cost', 'cost to production'],
  benefitPerMonth: ['benefit per month', 'monthly benefit', 'savings per month', 'monthly savings', 'cost avoided per month', 'benefit month', 'monthly value'],
  hoursSavedPerMonth: ['hours saved per month', 'hours saved', 'monthly hours saved', 'time saved per month', 'hours saved month', 'time saved hours'],
};

const NAMES: Record<InventoryField, readonly string[]> = Object.fromEntries(
  INVENTORY_FIELDS.map((f) => [f, [...new Set([normaliseHeader(INVENTORY_FIELD_LABELS[f]), ...INVENTORY_SYNONYMS[f]])]]),
) as Record<InventoryField, string[]>;

const words = (text: string) => (text === '' ? 0 : text.split(' ').length);

/**
 * How well a header names a field, 0…1: 1 for one of its names; a whole-word mention of a name scores 0.75 or more
 * (more the more of the header it covers; a one-word name counts only in a header of at most four words); else Dice.
 */
export function inventoryHeaderScore(header: string, field: InventoryField): number {
  const h = normaliseHeader(header);
  if (h === '') return 0;
  const padded = ` ${h} `;
  const short = words(h) <= 4;
  let best = 0;
  for (const name of NAMES[field]) {
    if (h === name) return 1;
    if ((short || words(name) >= 2) && padded.includes(` ${name} `)) best = Math.max(best, 0.75 + (0.2 * name.length) / h.length);
    else best = Math.max(best, dice(h, name));
  }
  return best;
}

export function emptyInventoryColumns(): InventoryColumns {
  return Object.fromEntries(INVENTORY_FIELDS.map((f) => [f, null])) as InventoryColumns;
}

/** The suggested column per field: best-scoring header first, each column used at most once. */
export function suggestInventoryColumns(headers: readonly string[]): InventoryColumns {
  return assignColumns(INVENTORY_FIELDS, headers, inventoryHeaderScore);
}

/** Whether the first row is a header: a cell names an inventory field, or it is all text above a row with numbers. */
export function detectInventoryHeader(rows: ReadonlyArray<readonly string[]>): boolean {
  const first = rows[0];
  if (!first) return false;
  if (first.some((cell) => INVENTORY_FIELDS.some((f) => inventoryHeaderScore(cell, f) >= HEADER_MATCH_THRESHOLD))) return true;
  const second = rows[1];
  if (!second) return false;
  const firstAllText = first.every((cell) => cell.trim() === '' || !looksNumeric(cell));
  return firstAllText && second.some((cell, i) => looksNumeric(cell) && !looksNumeric(first[i] ?? ''));
}

/**
 * The mapping the screen opens with: suggested columns (without a header, the first column as the name), problems
 * from the problem column when there is one (else one per row), the suggested stage table, faulty rows refused and
 * over-long text a fault until the user chooses otherwise.
 */
export function defaultInventoryMapping(table: InventoryTable): InventoryMapping {
  const columns = table.hasHeader ? suggestInventoryColumns(table.headers) : { ...emptyInventoryColumns(), name: table.columnCount > 0 ? 0 : null };
  const base: InventoryMapping = {
    hasHeader: table.hasHeader,
    columns,
    problemMode: columns.problem !== null ? 'column' : 'per-row',
    groupColumn: null,
    stageMap: [],
    faultyRows: 'refuse',
    shortenLongText: false,
  };
  return { ...base, stageMap: suggestStageMap(stageValues(table, base)) };
}

const inRange = (column: number, columnCount: number) => Number.isInteger(column) && column >= 0 && column < columnCount;

/** What in a mapping must be fixed before anything can be imported (no name column, a column not in the file). */
export function inventoryMappingErrors(mapping: InventoryMapping, columnCount: number): string[] {
  const errors: string[] = [];
  if (mapping.columns.name === null) errors.push('Choose the column that holds the use case name');
  for (const field of INVENTORY_FIELDS) {
    const column = mapping.columns[field];
    if (column !== null && !inRange(column, columnCount)) errors.push(`${INVENTORY_FIELD_LABELS[field]}: column ${column + 1} is not in the file (it has ${columnCount})`);
  }
  if (mapping.problemMode === 'group') {
    if (mapping.groupColumn === null) errors.push('Choose the column whose values group the use cases into problems');
    else if (!inRange(mapping.groupColumn, columnCount)) errors.push(`Grouping column: column ${mapping.groupColumn + 1} is not in the file (it has ${columnCount})`);
  }
  if (mapping.problemMode === 'column' && mapping.columns.problem === null) errors.push('Choose the column that names the problem, or create problems another way');
  return errors;
}
