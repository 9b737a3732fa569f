/**
 * The Cash flows sheet: per use case, one row per component (costs negative, benefit positive) with the
 * plan months as columns, then live rows an analyst can audit: Net = SUM of the components, Cumulative =
 * running sum of Net, and a flag row (1 where the cumulative is ≥ 0 after having been negative; its first 1
 * is the payback month).
 * Formula cells carry the app's figures as cached results.
 */
import type { Workbook, Worksheet } from 'exceljs';
import type { ExportModel, ExportRow } from '@shared/export/exportModel';
import { address, columnLetter, FORMATS, writeCell } from './xlsxCells';

export const CASH_FLOWS_SHEET = 'Cash flows';
/** Column of plan month 1 (A = use case, B = component). */
export const FIRST_MONTH_COLUMN = 3;
/** Rows 1–2 are the calendar and plan-month headers. */
const FIRST_DATA_ROW = 3;

export const COMPONENT_LABELS = {
  pilot: 'Pilot (cost)',
  lastMile: 'Last mile (cost)',
  run: 'Run cost',
  benefit: 'Benefit',
  net: 'Net cash flow',
  cumulative: 'Cumulative net cash',
  paidBack: 'Cumulative ≥ 0 after being negative (1 = yes; the first 1 is the payback month)',
} as const;

/** Where one use case's rows are on the sheet. */
export interface CashFlowRows {
  pilot: number;
  lastMile: number;
  run: number;
  benefit: number;
  net: number;
  cumulative: number;
  paidBack: number;
}

const ROWS_PER_USE_CASE = 8; // seven rows and a blank separator

const negated = (x: number): number => (x === 0 ? 0 : -x);

/** Where each use case's rows go (by use case id), in rank order: known before anything is written. */
export function cashFlowLayout(model: ExportModel): Map<string, CashFlowRows> {
  const where = new Map<string, CashFlowRows>();
  model.rows.forEach((row, i) => {
    const top = FIRST_DATA_ROW + i * ROWS_PER_USE_CASE;
    where.set(row.useCase.id, { pilot: top, lastMile: top + 1, run: top + 2, benefit: top + 3, net: top + 4, cumulative: top + 5, paidBack: top + 6 });
  });
  return where;
}

function writeUseCase(sheet: Worksheet, row: ExportRow, rows: CashFlowRows, horizon: number, moneyFormat: string): void {
  const s = row.schedule;
  const values: Record<'pilot' | 'lastMile' | 'run' | 'benefit', number[]> = {
    pilot: s.pilot.map(negated),
    lastMile: s.lastMile.map(negated),
    run: s.run.map(negated),
    benefit: s.benefit,
  };
  for (const key of Object.keys(COMPONENT_LABELS) as (keyof CashFlowRows)[]) {
    const r = sheet.getRow(rows[key]);
    writeCell(r.getCell(1), row.useCase.name);
    writeCell(r.getCell(2), COMPONENT_LABELS[key], undefined, key === 'net');
  }
  let minCumulative = 0;
  for (let m = 0; m < horizon; m++) {
    const col = FIRST_MONTH_COLUMN + m;
    for (const key of ['pilot', 'lastMile', 'run', 'benefit'] as const) {
      writeCell(sheet.getCell(rows[key], col), values[key][m] ?? 0, moneyFormat);
    }
    writeCell(sheet.getCell(rows.net, col), { formula: `SUM(${address(col, rows.pilot)}:${address(col, rows.benefit)})`, result: s.net[m] ?? 0 }, moneyFormat, true);
    const cumulative = s.cumulative[m] ?? 0;
    writeCell(
      sheet.getCell(rows.cumulative, col),
      { formula: m === 0 ? address(col, rows.net) : `${address(col - 1, rows.cumulative)}+${address(col, rows.net)}`, result: cumulative },
      moneyFormat,
    );
    const paidBack = m > 0 && cumulative >= 0 && minCumulative < 0 ? 1 : 0;
    const earlier = `$${columnLetter(FIRST_MONTH_COLUMN)}${rows.cumulative}:${address(col - 1, rows.cumulative)}`;
    writeCell(
      sheet.getCell(rows.paidBack, col),
      m === 0 ? 0 : { formula: `IF(AND(${address(col, rows.cumulative)}>=0,MIN(${earlier})<0),1,0)`, result: paidBack },
      FORMATS.integer,
    );
    minCumulative = Math.min(minCumulative, cumulative);
  }
}

/** Adds the sheet with each use case's rows where `cashFlowLayout` placed them. */
export function addCashFlowsSheet(workbook: Workbook, model: ExportModel, layout: Map<string, CashFlowRows>, moneyFormat: string): void {
  const sheet = workbook.addWorksheet(CASH_FLOWS_SHEET);
  const horizon = model.workspace.horizonMonths;
  const labels = sheet.getRow(1);
  const numbers = sheet.getRow(2);
  labels.font = { bold: true }; // before any cell gets a shared (frozen) style
  writeCell(labels.getCell(1), 'Use case');
  writeCell(labels.getCell(2), 'Component');
  writeCell(numbers.getCell(2), 'Plan month');
  model.monthLabels.forEach((label, m) => {
    writeCell(labels.getCell(FIRST_MONTH_COLUMN + m), label);
    writeCell(numbers.getCell(FIRST_MONTH_COLUMN + m), m + 1, FORMATS.integer);
  });
  sheet.getColumn(1).width = 34;
  sheet.getColumn(2).width = 24;
  for (let m = 0; m < horizon; m++) sheet.getColumn(FIRST_MONTH_COLUMN + m).width = 12;
  sheet.views = [{ state: 'frozen', xSplit: 2, ySplit: 2 }];
  for (const row of model.rows) writeUseCase(sheet, row, layout.get(row.useCase.id) as CashFlowRows, horizon, moneyFormat);
}
