/**
 * The Portfolio sheet (ranked table) and the Assumptions sheet. NPV, expected NPV and payback are LIVE
 * formulas over the Cash flows sheet and the named discount-rate cell, with the app's figures as cached
 * results, so an analyst can audit them and change the rate.
 */
import type { Workbook } from 'exceljs';
import { CLASSIFICATION_LABELS, READINESS_LABELS } from '@shared/domain';
import { irrText, monthLabel, paybackText, type ExportModel, type ExportRow } from '@shared/export/exportModel';
import { planMonthToCalendar } from '@shared/finance/calendar';
import { CASH_FLOWS_SHEET, FIRST_MONTH_COLUMN, type CashFlowRows } from './xlsxCashFlows';
import { address, columnLetter, FORMATS, sheetRange, writeCell, writeTable, type SheetColumn } from './xlsxCells';

export const PORTFOLIO_SHEET = 'Portfolio';
export const ASSUMPTIONS_SHEET = 'Assumptions';
/** Defined name of the annual discount rate cell on the Assumptions sheet. */
export const DISCOUNT_RATE_NAME = 'DiscountRate';
/** The monthly rate as every NPV formula spells it out. */
export const MONTHLY_RATE_EXPRESSION = `(1+${DISCOUNT_RATE_NAME})^(1/12)-1`;

const PROBABILITY_HEADER = 'Probability of production';
const FUNDED_HEADER = 'Funded';

function portfolioColumns(model: ExportModel, where: Map<string, CashFlowRows>, probabilityColumn: () => string): SheetColumn<ExportRow>[] {
  const h = model.workspace.horizonMonths;
  const last = FIRST_MONTH_COLUMN + h - 1;
  const range = (row: number) => sheetRange(CASH_FLOWS_SHEET, FIRST_MONTH_COLUMN, last, row);
  const rowsOf = (r: ExportRow): CashFlowRows => where.get(r.useCase.id) as CashFlowRows;
  const r = MONTHLY_RATE_EXPRESSION;
  return [
    { header: 'Rank', kind: 'integer', width: 7, value: (row) => row.rank },
    { header: 'Use case', kind: 'text', width: 34, value: (row) => row.useCase.name },
    { header: 'Problem', kind: 'text', width: 30, value: (row) => row.problem?.title ?? '' },
    { header: 'Classification', kind: 'text', width: 15, value: (row) => CLASSIFICATION_LABELS[row.useCase.classification.kind] },
    { header: 'Score (0–100)', kind: 'score', value: (row) => row.score.total },
    { header: FUNDED_HEADER, kind: 'text', width: 9, value: (row) => (row.funded ? 'Yes' : 'No') },
    { header: 'Forced', kind: 'text', value: (row) => (row.forced ? `${row.forced.mode === 'in' ? 'In' : 'Out'}${row.forced.reason ? `: ${row.forced.reason}` : ''}` : '') },
    { header: 'Why not funded', kind: 'text', width: 36, value: (row) => row.exclusion?.detail ?? '' },
    { header: PROBABILITY_HEADER, kind: 'percent', value: (row) => row.metrics.probability },
    { header: 'Blockers', kind: 'text', width: 20, value: (row) => row.metrics.blockers.map((d) => READINESS_LABELS[d]).join('; ') },
    { header: 'Pilot cost', kind: 'money', width: 14, value: (row) => row.metrics.pilotCost },
    { header: 'Last-mile cost', kind: 'money', width: 14, value: (row) => row.metrics.lastMileCost },
    { header: 'Total investment', kind: 'money', width: 15, value: (row) => row.metrics.totalInvestment },
    {
      header: 'NPV (live formula)',
      kind: 'money',
      width: 15,
      value: (row) => ({ formula: `NPV(${r},${range(rowsOf(row).net)})`, result: row.metrics.npv }),
    },
    {
      header: 'Expected NPV (live formula)',
      kind: 'money',
      width: 15,
      value: (row, n) => {
        const c = rowsOf(row);
        return { formula: `NPV(${r},${range(c.pilot)})+${probabilityColumn()}${n}*(NPV(${r},${range(c.net)})-NPV(${r},${range(c.pilot)}))`, result: row.metrics.expectedNpv };
      },
    },
    { header: 'IRR (annual)', kind: 'percent', value: (row) => irrText(row.metrics.irr) },
    {
      header: 'Payback month (live formula)',
      kind: 'integer',
      width: 14,
      value: (row) => {
        const c = rowsOf(row);
        return { formula: `IF(MIN(${range(c.cumulative)})>=0,"No outlay",IFERROR(MATCH(1,${range(c.paidBack)},0),"Beyond horizon"))`, result: paybackText(row.metrics.paybackMonth) };
      },
    },
    { header: 'ROI over horizon', kind: 'percent', value: (row) => row.metrics.roi ?? 'Not defined' },
    { header: 'Go-live', kind: 'text', value: (row) => (row.metrics.goLiveMonth <= h ? monthLabel(planMonthToCalendar(model.workspace.planningStartMonth, row.metrics.goLiveMonth)) : 'After the horizon') },
    { header: 'Use case id', kind: 'text', width: 14, value: (row) => row.useCase.id },
  ];
}

export function addPortfolioSheet(workbook: Workbook, model: ExportModel, where: Map<string, CashFlowRows>, moneyFormat: string): void {
  const sheet = workbook.addWorksheet(PORTFOLIO_SHEET);
  let columns: SheetColumn<ExportRow>[] = [];
  const indexOf = (header: string) => columns.findIndex((c) => c.header === header) + 1;
  columns = portfolioColumns(model, where, () => columnLetter(indexOf(PROBABILITY_HEADER)));
  const lastRow = writeTable(sheet, model.rows, columns, moneyFormat);

  // Totals of the funded set: SUMIF over the Funded column, cached with the app's funded summary.
  const totalsRow = lastRow + 2;
  const summary = model.fundedSummary;
  writeCell(sheet.getCell(totalsRow, indexOf('Use case')), `Funded set (${summary.fundedCount} of ${model.rows.length})`);
  sheet.getRow(totalsRow).font = { bold: true };
  const funded = indexOf(FUNDED_HEADER);
  const totals: [string, number][] = [
    ['Pilot cost', summary.pilotInvestment],
    ['Last-mile cost', summary.lastMileInvestment],
    ['Total investment', summary.totalInvestment],
    ['NPV (live formula)', summary.npv],
    ['Expected NPV (live formula)', summary.expectedNpv],
  ];
  for (const [header, result] of totals) {
    const col = indexOf(header);
    const formula = `SUMIF(${address(funded, 2)}:${address(funded, Math.max(2, lastRow))},"Yes",${address(col, 2)}:${address(col, Math.max(2, lastRow))})`;
    writeCell(sheet.getCell(totalsRow, col), { formula, result }, moneyFormat);
  }
}

export function addAssumptionsSheet(workbook: Workbook, model: ExportModel, moneyFormat: string): void {
  const sheet = workbook.addWorksheet(ASSUMPTIONS_SHEET);
  const ws = model.workspace;
  sheet.getColumn(1).width = 44;
  sheet.getColumn(2).width = 24;
  sheet.getColumn(3).width = 90;
  const lines: [string, string | number | { formula: string; result: number } | null, string?, string?][] = [
    ['Workspace', ws.name],
    ['Organisation', ws.organisation],
    ['Currency', ws.currency],
    ['Planning start month (plan month 1)', monthLabel(ws.planningStartMonth)],
    ['Horizon (months)', ws.horizonMonths, FORMATS.integer],
    ['Annual discount rate', ws.discountRate, FORMATS.percent, `Named ${DISCOUNT_RATE_NAME}: every NPV on the Portfolio sheet uses it; change it and they recalculate.`],
    ['Monthly discount rate', { formula: MONTHLY_RATE_EXPRESSION, result: Math.pow(1 + ws.discountRate, 1 / 12) - 1 }, '0.0000%', '(1 + annual rate)^(1/12) − 1'],
    ['Labour rate per hour', ws.labourRate, moneyFormat, 'Values hours saved and hours lost.'],
    ...ws.readinessMapping.anchors.map((p, i): [string, number, string, string?] => [`Probability of production at average readiness ${i + 1}`, p, FORMATS.percent, i === 0 ? 'Linear between these anchors.' : undefined]),
    ['Probability cap when any readiness score is 1 (blocker)', ws.readinessMapping.blockerCap, FORMATS.percent],
    ['Exported', model.generatedAt],
    ['Method', null],
    ['Cash flows', 'Monthly, end of month', undefined, 'Pilot spread evenly over its months; last mile over the next months; go-live after both; run cost from go-live; benefit ramps up linearly to full.'],
    ['NPV', 'Spreadsheet NPV', undefined, 'NPV(monthly rate, month 1 … horizon): the first month is discounted one month.'],
    ['Expected NPV (stage gate)', 'NPV(pilot) + p × NPV(rest)', undefined, 'The pilot is always spent; the last mile, run cost and benefit happen only with probability p of reaching production.'],
    ['Payback month', 'First month ≥ 0 after negative', undefined, '"No outlay" when the cumulative cash is never negative; "Beyond horizon" when it never recovers.'],
    ['IRR', 'Annualised monthly IRR', undefined, '(1 + monthly IRR)^12 − 1; "Not defined" when the cash flows have no IRR.'],
  ];
  lines.forEach(([label, value, format, note], i) => {
    const row = sheet.getRow(i + 1);
    writeCell(row.getCell(1), label);
    writeCell(row.getCell(2), value, format);
    if (note) writeCell(row.getCell(3), note);
    if (label === 'Annual discount rate') row.getCell(2).name = DISCOUNT_RATE_NAME;
    if (value === null) row.font = { bold: true };
  });
  sheet.getColumn(1).font = { bold: true };
}
