/**
 * Saved mappings (docs/inventory.md): a preset keeps each field's column by its HEADER TEXT, so it fits the next export
 * of the same register whatever the column order; a column the file no longer has maps to nothing.
 */
import { INVENTORY_FIELDS, type ImportPreset, type StageMapEntry } from '../domain';
import type { InventoryMapping, InventoryTable } from './contract';
import { emptyInventoryColumns } from './mapping';
import { stageKey, stageValues, suggestStageMap } from './stageMap';

/** Header text as a preset stores it (at most 200 characters). */
const HEADER_MAX = 200;
const MAX_STAGES = 200;

/** The column whose header is `header` (exactly, else ignoring case and spaces; a stored header cut at 200 characters matches its start). */
function columnOf(header: string | null, headers: readonly string[]): number | null {
  if (header === null || header === '') return null;
  const exact = headers.indexOf(header);
  if (exact >= 0) return exact;
  const loose = (h: string) => h.toLowerCase().replace(/\s+/g, ' ').trim();
  const wanted = loose(header);
  const found = headers.findIndex((h) => loose(h) === wanted || (header.length >= HEADER_MAX && loose(h).startsWith(wanted)));
  return found >= 0 ? found : null;
}

/** A preset applied to a file: columns found by header text; the preset's stage table, plus suggestions for values it lacks. */
export function mappingFromPreset(preset: ImportPreset, table: InventoryTable): InventoryMapping {
  const columns = emptyInventoryColumns();
  for (const field of INVENTORY_FIELDS) columns[field] = columnOf(preset.columns[field], table.headers);
  const base: InventoryMapping = {
    hasHeader: table.hasHeader,
    columns,
    problemMode: preset.problemMode,
    groupColumn: columnOf(preset.groupColumn, table.headers),
    stageMap: preset.stageMap.map((e) => ({ ...e })),
    faultyRows: 'refuse',
    shortenLongText: false,
  };
  const known = new Set(preset.stageMap.map((e) => stageKey(e.value)));
  const added = suggestStageMap(stageValues(table, base).filter((v) => !known.has(stageKey(v))));
  return { ...base, stageMap: [...base.stageMap, ...added] };
}

/** The mapping saved under a name: header texts instead of positions, the stage table, the sheet. */
export function presetFromMapping(name: string, id: string, mapping: InventoryMapping, table: InventoryTable): ImportPreset {
  const header = (column: number | null) => (column === null || table.headers[column] === undefined ? null : table.headers[column].slice(0, HEADER_MAX));
  const columns = Object.fromEntries(INVENTORY_FIELDS.map((f) => [f, header(mapping.columns[f])])) as ImportPreset['columns'];
  const stageMap: StageMapEntry[] = mapping.stageMap
    .map((e) => ({ value: e.value.trim(), stage: e.stage }))
    .filter((e) => e.value !== '' && e.value.length <= HEADER_MAX)
    .slice(0, MAX_STAGES);
  return {
    id,
    name: name.trim().slice(0, 120),
    columns,
    problemMode: mapping.problemMode,
    groupColumn: mapping.problemMode === 'group' ? header(mapping.groupColumn) : null,
    stageMap,
    sheet: table.sheet.slice(0, 120),
  };
}
