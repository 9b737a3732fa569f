import type { InventoryField } from '@shared/domain';
import type { InventoryMapping, InventoryTable } from '@shared/inventory';
import { stageKey, stageValues, suggestStageMap } from '@shared/inventory/stageMap';
import type { CheckedRows } from './inventoryImportJobs';

/**
 * A column chosen for a field. Choosing the stage column suggests what its values mean again, keeping what the user
 * already chose for a value that is still there.
 */
export function mappingWithColumn(table: InventoryTable, mapping: InventoryMapping, field: InventoryField, column: number | null): InventoryMapping {
  const next = { ...mapping, columns: { ...mapping.columns, [field]: column } };
  if (field !== 'stage') return next;
  const values = stageValues(table, next);
  const chosen = new Map(mapping.stageMap.map((e) => [stageKey(e.value), e.stage]));
  return { ...next, stageMap: suggestStageMap(values).map((e) => ({ value: e.value, stage: chosen.get(stageKey(e.value)) ?? e.stage })) };
}

export type Checked = { rows: CheckedRows; mapping: InventoryMapping } | { error: string; mapping: InventoryMapping } | null;

/** Why Import cannot be pressed yet, in a sentence (null when it can). */
export function importBlocker(checked: Checked, mapping: InventoryMapping | null): string | null {
  if (!mapping || !checked || checked.mapping !== mapping) return 'Import is possible once every row is checked.';
  if ('error' in checked) return 'Import is not possible: the rows could not be checked.';
  const { rows } = checked;
  if (!rows.counts) {
    const reasons = rows.blockers.length > 0 ? rows.blockers : ['some rows have faults'];
    return `Import is not possible yet: ${reasons.map((r) => r.replace(/\.$/, '')).join('. ')}.`;
  }
  if (rows.counts.newUseCases + rows.counts.updates === 0) return 'Import is not possible: no row would be imported.';
  return null;
}
