import { repositories } from '@renderer/db';
import { safeFileName, saveExport } from '@renderer/features/exchange/exportActions';
import { currentMonth } from '@renderer/features/living/today';
import { fundingAnswerFor } from '@renderer/features/portfolio/fundingService';
import type { ImportPreset } from '@shared/domain';
import { planOf } from '@shared/export/exportModel';
import { inventoryCsv, type InventoryRowsInput } from '@shared/inventory/inventoryExport';

export type InventoryExportKind = 'csv' | 'xlsx';

const FILTERS = {
  csv: { name: 'CSV', extensions: ['csv'] },
  xlsx: { name: 'Excel workbook', extensions: ['xlsx'] },
} as const;

/**
 * The portfolio back out as the client's inventory (CSV or Excel), with the client's column names and stage words from
 * `preset` (null: the app's own), a "Funded" column from the portfolio's funding answer (the same funded set as every
 * page), saved through the host (a save dialog on the desktop, a download in the browser). Answers a sentence for the user.
 */
export async function exportInventory(kind: InventoryExportKind, workspaceId: string, preset: ImportPreset | null): Promise<string> {
  const bundle = await repositories().bundles.read(workspaceId);
  if (!bundle) return 'This workspace no longer exists.';
  const funding = await fundingAnswerFor({ ...bundle, plan: planOf(bundle), todayMonth: currentMonth(), sessions: bundle.sessions });
  const input: InventoryRowsInput = { useCases: bundle.useCases, problems: bundle.problems, preset, workspace: bundle.workspace, funded: new Set(funding.selectedIds) };
  const name = safeFileName(`${bundle.workspace.name} inventory`, kind);
  if (kind === 'csv') return saveExport(name, [{ ...FILTERS.csv, extensions: [...FILTERS.csv.extensions] }], inventoryCsv(input));
  // The workbook writer (exceljs) is fetched only when a workbook is asked for.
  const { inventoryXlsx } = await import('@renderer/export/inventoryXlsx');
  const bytes = await inventoryXlsx(input);
  return saveExport(name, [{ ...FILTERS.xlsx, extensions: [...FILTERS.xlsx.extensions] }], bytes as Uint8Array<ArrayBuffer>);
}
