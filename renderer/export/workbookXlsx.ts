/**
 * The Excel workbook of a workspace (exceljs), in reading order: Summary (the decision asked of the board, the funded
 * set's figures, spend by plan year against the caps), Ranked (every candidate with funded or not-funded-and-why, live
 * NPV, expected NPV and payback formulas), when the export carries them Simulation (the Monte Carlo results as values
 * with the seed), Options (the scenarios chosen for the pack side by side) and Scenarios (every scenario's overrides as
 * cells, and the "Scenario shown" input that re-runs a scenario's deterministic case in every formula), Problems and Use cases (every input), Cash flows (monthly per use case and
 * component, with the live net, cumulative and payback rows), Assumptions (the named discount rate and payback
 * tolerance, and the method), and last, Record ids (ids and timestamps, which appear nowhere else). Every sheet prints
 * landscape, fitted to the page width, with its header rows repeated. Money is typed numbers in the workspace's
 * currency format, months are real dates; every text cell is neutralised against formula injection.
 */
import * as ExcelJS from 'exceljs';
import type { ExportModel } from '@shared/export/exportModel';
import { oneLine } from '@shared/export/xmlText';
import { addAssumptionsSheet } from './xlsxAssumptions';
import { addCashFlowsSheet, cashFlowLayout } from './xlsxCashFlows';
import { workbookFormats } from './xlsxCells';
import { addRankedSheet } from './xlsxRanked';
import { addRecordIdsSheet, addRecordSheets } from './xlsxRecordSheets';
import { addSummarySheet } from './xlsxSummary';
import { addSinceSheet } from './xlsxSince';
import { addOptionsSheet, addScenariosSheet } from './xlsxScenarios';
import { addSimulationSheet } from './xlsxSimulation';
import { addSpendSheet } from './xlsxSpend';
import { spliceRows } from './xlsxSplice';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Builds the workbook and returns the .xlsx file as bytes (works in the renderer, a worker and Node); `onProgress` hears
 * how far the sheets are (0–1) before the file is packed in one step. exceljs writes every sheet but the Cash flows
 * sheet's rows after its first use case, which are written as SpreadsheetML and added to its output (xlsxSplice.ts);
 * `allThroughExcelJs` writes them through exceljs too (the reference the tests compare the workbook with).
 */
export async function workbookXlsx(model: ExportModel, options: { onProgress?: (fraction: number) => void; allThroughExcelJs?: boolean } = {}): Promise<Uint8Array> {
  const progress = options.onProgress ?? (() => undefined);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Lastmile';
  workbook.title = oneLine(model.workspace.name);
  workbook.created = new Date(model.generatedAt);
  workbook.modified = new Date(model.generatedAt);
  const formats = workbookFormats(model.workspace.currency, model.present.format);

  // The Ranked formulas point at Cash flows rows laid out beforehand.
  const layout = cashFlowLayout(model);
  addSummarySheet(workbook, model, formats);
  addRankedSheet(workbook, model, layout, formats);
  addSinceSheet(workbook, model, formats);
  addSimulationSheet(workbook, model, formats);
  addOptionsSheet(workbook, model, formats);
  addSpendSheet(workbook, model, formats);
  const driver = addScenariosSheet(workbook, model, formats);
  progress(0.2);
  addRecordSheets(workbook, model, formats);
  progress(0.35);
  const cashFlowRows = addCashFlowsSheet(workbook, model, layout, formats, driver?.factor ?? null, options.allThroughExcelJs ?? false);
  progress(0.4);
  addAssumptionsSheet(workbook, model, formats, driver?.rate ?? null);
  addRecordIdsSheet(workbook, model, formats);
  progress(0.45);
  // Written uncompressed, as it is unpacked again at once to add the Cash flows rows; then packed with fast deflate
  // (a 1,000-use-case workbook compresses ~10% less than at the default level but packs about twice as fast).
  const stored = await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } });
  progress(1);
  return spliceRows(new Uint8Array(stored as ArrayBuffer), cashFlowRows, new Date(model.generatedAt));
}
