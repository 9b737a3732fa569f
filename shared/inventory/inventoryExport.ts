import {
  INVENTORY_FIELDS,
  INVENTORY_FIELD_LABELS,
  STAGE_LABELS,
  currentStage,
  totalLastMileCost,
  type ImportPreset,
  type InventoryField,
  type Problem,
  type Stage,
  type UseCase,
  type WorkspaceSettings,
} from '../domain';
import { toCsv } from '../export/csv';
import { INVENTORY_FLAG_LABELS, estimateText, inventoryFlags } from './flags';

/**
 * The portfolio back out as the client's inventory (docs/inventory.md), so the register they keep stays in step: one row
 * per use case, the columns named with the client's own header texts from the mapping preset (the app's names for the
 * fields the preset does not map), in the preset's order, then the app's own columns (problem statement, funded,
 * flags, where the estimate comes from). Stages are written in the client's own words (the preset's stage table).
 * Exported and imported again with the same preset, names, owners, vendors, register ids and stages come back as they
 * were. Pure: the CSV goes through the one CSV writer (shared/export/csv.ts), the workbook through renderer/export/inventoryXlsx.ts.
 */

export type InventoryColumnKind = 'text' | 'money' | 'number';

export interface InventoryRowsInput {
  useCases: readonly UseCase[];
  problems: readonly Problem[];
  /** The client's mapping; null = the app's own column names and stage words. */
  preset: ImportPreset | null;
  /** The workspace (its currency and number format set the workbook's money cells). */
  workspace: Pick<WorkspaceSettings, 'name' | 'currency' | 'numberFormat'>;
  /** The word for a stage the preset's stage table does not name (default: the app's STAGE_LABELS). */
  stageLabelFor?: (stage: Stage) => string;
  /** The ids of the funded use cases; when given, a "Funded" column says yes or no. */
  funded?: ReadonlySet<string>;
}

export interface InventoryRows {
  headers: string[];
  /** Text, or a number for money and counts; '' = blank. */
  rows: (string | number)[][];
  /** What each column holds (money columns take the currency format in a workbook). */
  kinds: InventoryColumnKind[];
  /** The sheet a workbook should use: the preset's, so a re-import with the preset finds it ('' = the app's choice). */
  sheet: string;
}

/** The app's own columns after the client's. */
export const INVENTORY_EXPORT_EXTRA_HEADERS = {
  statement: 'Problem statement',
  funded: 'Funded',
  flags: 'Flags',
  estimate: 'Estimate',
} as const;

const YES = 'Yes';
const NO = 'No';

export { estimateText } from './flags';

const KIND: Record<InventoryField, InventoryColumnKind> = {
  name: 'text',
  description: 'text',
  problem: 'text',
  owner: 'text',
  stage: 'text',
  vendor: 'text',
  personalData: 'text',
  externalId: 'text',
  aiPattern: 'text',
  pilotCost: 'money',
  lastMileCost: 'money',
  benefitPerMonth: 'money',
  hoursSavedPerMonth: 'number',
};

const headerKey = (header: string): string => header.trim().replace(/\s+/g, ' ').toLowerCase();

type Cell = string | number;
interface Column {
  header: string;
  kind: InventoryColumnKind;
  value: (uc: UseCase, problem: Problem | undefined) => Cell;
}

/**
 * The fields in column order: those the preset maps, in the order it lists them, under the client's header; then the
 * rest under the app's names. A header used twice (two fields from one client column, or an app name the client uses
 * for another field) is written once, by the first field that has it, so a re-import finds every column it maps.
 */
function fieldColumns(preset: ImportPreset | null): { field: InventoryField; header: string }[] {
  const mapped = preset
    ? (Object.keys(preset.columns) as InventoryField[])
        .filter((f) => INVENTORY_FIELDS.includes(f))
        .flatMap((f) => {
          const header = preset.columns[f];
          return header != null && header.trim() !== '' ? [{ field: f, header }] : [];
        })
    : [];
  const rest = INVENTORY_FIELDS.filter((f) => !mapped.some((m) => m.field === f)).map((f) => ({ field: f, header: INVENTORY_FIELD_LABELS[f] }));
  const used = new Set<string>();
  return [...mapped, ...rest].filter((c) => {
    const key = headerKey(c.header);
    if (used.has(key)) return false;
    used.add(key);
    return true;
  });
}

/** The word for each stage: the first entry of the preset's stage table that means it, else the fallback. */
function stageWords(preset: ImportPreset | null, fallback: (stage: Stage) => string): (stage: Stage) => string {
  const words = new Map<Stage, string>();
  for (const entry of preset?.stageMap ?? []) if (!words.has(entry.stage) && entry.value.trim() !== '') words.set(entry.stage, entry.value);
  return (stage) => words.get(stage) ?? fallback(stage);
}

/** The inventory as a table: headers, one row per use case (in the order given), the kind of each column. */
export function inventoryRows(input: InventoryRowsInput): InventoryRows {
  const { preset, funded } = input;
  const problemsById = new Map(input.problems.map((p) => [p.id, p]));
  const stageWord = stageWords(preset, input.stageLabelFor ?? ((s) => STAGE_LABELS[s]));
  // Costs are blank where there is no estimate yet, so a re-import does not read a missing estimate as zero.
  const estimated = (uc: UseCase, value: number): Cell => (uc.estimate.source === 'none' ? '' : value);
  // The problem column is blank where the register named none ("AI first"), so a re-import keeps saying so.
  const problemTitle = (uc: UseCase, p: Problem | undefined): string => (p && !inventoryFlags(uc, p).includes('ai-first') ? p.title : '');

  const value: Record<InventoryField, Column['value']> = {
    name: (uc) => uc.name,
    description: (uc) => uc.description,
    problem: problemTitle,
    owner: (uc) => uc.register.owner,
    stage: (uc) => stageWord(currentStage(uc.lifecycle)),
    vendor: (uc) => uc.register.vendor,
    personalData: (uc) => (uc.register.personalData === null ? '' : uc.register.personalData ? YES : NO),
    externalId: (uc) => uc.register.externalId,
    aiPattern: (uc) => uc.aiPattern,
    pilotCost: (uc) => estimated(uc, uc.pilot.cost),
    lastMileCost: (uc) => estimated(uc, totalLastMileCost(uc.lastMile.costs)),
    // Money benefits only: hours saved have their own column (valued at the labour rate by the app, not the register).
    benefitPerMonth: (uc) => uc.benefits.costAvoidedPerMonth + uc.benefits.newRevenuePerMonth,
    hoursSavedPerMonth: (uc) => uc.benefits.hoursSavedPerMonth,
  };

  const columns: Column[] = fieldColumns(preset).map(({ field, header }) => ({ header, kind: KIND[field], value: value[field] }));
  const used = new Set(columns.map((c) => headerKey(c.header)));
  const add = (column: Column): void => {
    if (used.has(headerKey(column.header))) return;
    used.add(headerKey(column.header));
    columns.push(column);
  };
  // Problems grouped by a column of the client's: the problem's title goes back under that column.
  if (preset?.problemMode === 'group' && preset.groupColumn) add({ header: preset.groupColumn, kind: 'text', value: (_, p) => p?.title ?? '' });
  add({ header: INVENTORY_EXPORT_EXTRA_HEADERS.statement, kind: 'text', value: (_, p) => p?.statement ?? '' });
  if (funded) add({ header: INVENTORY_EXPORT_EXTRA_HEADERS.funded, kind: 'text', value: (uc) => (funded.has(uc.id) ? YES : NO) });
  add({ header: INVENTORY_EXPORT_EXTRA_HEADERS.flags, kind: 'text', value: (uc, p) => inventoryFlags(uc, p).map((f) => INVENTORY_FLAG_LABELS[f]).join('; ') });
  add({ header: INVENTORY_EXPORT_EXTRA_HEADERS.estimate, kind: 'text', value: (uc) => estimateText(uc.estimate) });

  return {
    headers: columns.map((c) => c.header),
    rows: input.useCases.map((uc) => {
      const problem = problemsById.get(uc.problemId);
      return columns.map((c) => c.value(uc, problem));
    }),
    kinds: columns.map((c) => c.kind),
    sheet: preset?.sheet ?? '',
  };
}

/** The inventory as CSV (with a byte order mark so Excel keeps accents): text neutralised against formulas, money as numbers. */
export function inventoryCsv(input: InventoryRowsInput): string {
  const table = inventoryRows(input);
  return toCsv([table.headers, ...table.rows], { bom: true });
}
