/**
 * The Excel workbook of a workspace (exceljs): Portfolio (ranked table with live NPV, expected NPV and
 * payback formulas), Problems, Use cases (every input), Cash flows (monthly per use case and component)
 * and Assumptions (the named discount rate and the method). Money is typed numbers in the workspace
 * currency format; every text cell is neutralised against formula injection. Returns the .xlsx bytes.
 */
import * as ExcelJS from 'exceljs';
import type { ExportModel } from '@shared/export/exportModel';
import { addCashFlowsSheet, cashFlowLayout } from './xlsxCashFlows';
import { currencyFormat } from './xlsxCells';
import { addAssumptionsSheet, addPortfolioSheet } from './xlsxPortfolio';
import { addRecordSheets } from './xlsxRecordSheets';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Builds the workbook and returns the .xlsx file as bytes (works in the renderer and in Node). */
export async function workbookXlsx(model: ExportModel): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Lastmile';
  workbook.title = model.workspace.name;
  workbook.created = new Date(model.generatedAt);
  workbook.modified = new Date(model.generatedAt);
  const money = currencyFormat(model.workspace.currency);

  // Sheets in reading order; the Portfolio formulas point at Cash flows rows laid out beforehand.
  const layout = cashFlowLayout(model);
  addPortfolioSheet(workbook, model, layout, money);
  addRecordSheets(workbook, model, money);
  addCashFlowsSheet(workbook, model, layout, money);
  addAssumptionsSheet(workbook, model, money);
  // Fast deflate: a 1,000-use-case workbook compresses ~10% less but writes about twice as fast.
  const buffer = await workbook.xlsx.writeBuffer({ zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } } });
  return new Uint8Array(buffer as ArrayBuffer);
}
