/**
 * The Ranked sheet: every candidate best score first, funded or "Not funded: reason" with the trade-off line, the
 * rank by the funding objective, and LIVE formulas over the Cash flows sheet and the named cells on the Assumptions
 * sheet for NPV, expected NPV and payback, with the app's figures as cached results: recalculated by Excel or
 * LibreOffice they give exactly what the app shows. A totals row sums the funded set.
 */
import type { Workbook } from 'exceljs';
import { classificationLabel } from '@shared/domain';
import { fundingStatusText, type ExportModel, type ExportRow } from '@shared/export/exportModel';
import { NOT_ASSESSED } from '@shared/presentation';
import { CASH_FLOWS_SHEET, DATE_ROW, FIRST_MONTH_COLUMN, type CashFlowRows } from './xlsxCashFlows';
import { address, columnLetter, monthSerial, printSetup, sheetCell, sheetRange, writeCell, writeTable, type SheetColumn, type WorkbookFormats } from './xlsxCells';

export const RANKED_SHEET = 'Ranked';
/** Defined name of the annual discount rate cell on the Assumptions sheet. */
export const DISCOUNT_RATE_NAME = 'DiscountRate';
/** The monthly rate as every NPV formula spells it out. */
export const MONTHLY_RATE_EXPRESSION = `(1+${DISCOUNT_RATE_NAME})^(1/12)-1`;

export const RANKED_HEADERS = {
  probability: 'Probability of production',
  funding: 'Funding',
  pilot: 'Pilot cost',
  lastMile: 'Last-mile cost',
  investment: 'Total investment',
  npv: 'NPV (live formula)',
  expectedNpv: 'Expected NPV (live formula)',
  paybackMonth: 'Payback plan month (live formula)',
  payback: 'Payback (live formula)',
} as const;

/** Text that marks a funded row in the Funding column (SUMIF criterion; "Funded" or "Funded (forced in: …)"). */
const FUNDED_CRITERION = 'Funded*';

function rankedColumns(model: ExportModel, where: Map<string, CashFlowRows>, columnOf: (header: string) => string): SheetColumn<ExportRow>[] {
  const h = model.workspace.horizonMonths;
  const p = model.present;
  const last = FIRST_MONTH_COLUMN + h - 1;
  const range = (row: number) => sheetRange(CASH_FLOWS_SHEET, FIRST_MONTH_COLUMN, last, row);
  const rowsOf = (r: ExportRow): CashFlowRows => where.get(r.useCase.id) as CashFlowRows;
  const rate = MONTHLY_RATE_EXPRESSION;
  const dates = `'${CASH_FLOWS_SHEET}'!$${columnLetter(FIRST_MONTH_COLUMN)}$${DATE_ROW}:$${columnLetter(last)}$${DATE_ROW}`;
  const beyond = p.payback(null);
  const nothingAtRisk = p.payback(0);
  const paybackWords = (month: number | null) => (month === null ? beyond : nothingAtRisk);
  const objective = model.plan.objective === 'score' ? 'score' : 'expected NPV';
  return [
    { header: 'Rank by score', kind: 'integer', width: 7, value: (row) => row.rank },
    { header: `Rank by funding objective (${objective})`, kind: 'integer', width: 10, value: (row) => row.objectiveRank },
    { header: 'Use case', kind: 'text', width: 28, wrap: true, value: (row) => row.useCase.name },
    { header: 'Problem', kind: 'text', width: 24, wrap: true, value: (row) => row.problem?.title ?? '' },
    { header: 'Classification', kind: 'text', width: 14, value: (row) => classificationLabel(row.useCase.classification.kind) },
    { header: 'Score (0–100)', kind: 'score', width: 8, value: (row) => row.score.total },
    { header: RANKED_HEADERS.funding, kind: 'text', width: 26, wrap: true, value: (row) => fundingStatusText(row.note) },
    { header: 'Trade-off', kind: 'text', width: 38, wrap: true, value: (row) => row.note.tradeOff },
    { header: RANKED_HEADERS.probability, kind: 'percent', width: 12, value: (row) => row.metrics.probability ?? NOT_ASSESSED },
    { header: RANKED_HEADERS.pilot, kind: 'money', width: 12, value: (row) => row.metrics.pilotCost },
    { header: RANKED_HEADERS.lastMile, kind: 'money', width: 12, value: (row) => row.metrics.lastMileCost },
    { header: RANKED_HEADERS.investment, kind: 'money', width: 12, value: (row) => row.metrics.totalInvestment },
    { header: RANKED_HEADERS.npv, kind: 'money', width: 13, value: (row) => ({ formula: `NPV(${rate},${range(rowsOf(row).net)})`, result: row.metrics.npv }) },
    {
      header: RANKED_HEADERS.expectedNpv,
      kind: 'money',
      width: 13,
      value: (row, n) => {
        const c = rowsOf(row);
        if (row.metrics.expectedNpv === null) return NOT_ASSESSED;
        const pilot = `NPV(${rate},${range(c.pilot)})`;
        return { formula: `${pilot}+${columnOf(RANKED_HEADERS.probability)}${n}*(NPV(${rate},${range(c.net)})-${pilot})`, result: row.metrics.expectedNpv };
      },
    },
    { header: 'IRR (annual)', kind: 'percent', width: 9, value: (row) => row.metrics.irr ?? p.irr(null) },
    {
      header: RANKED_HEADERS.paybackMonth,
      kind: 'integer',
      width: 11,
      value: (row) => {
        const c = rowsOf(row);
        const m = row.metrics.paybackMonth;
        const formula = `IFERROR(MATCH(1,${range(c.paidBack)},0),IF(MIN(${range(c.cumulative)})<-${sheetCell(CASH_FLOWS_SHEET, FIRST_MONTH_COLUMN, c.tolerance)},"${beyond}",IF(MAX(${range(c.net)})>0,"${nothingAtRisk}","${beyond}")))`;
        return { formula, result: m !== null && m > 0 ? m : paybackWords(m) };
      },
    },
    {
      header: RANKED_HEADERS.payback,
      kind: 'month',
      width: 11,
      value: (row, n) => {
        const m = row.metrics.paybackMonth;
        const month = `${columnOf(RANKED_HEADERS.paybackMonth)}${n}`;
        return { formula: `IF(ISNUMBER(${month}),INDEX(${dates},${month}),${month})`, result: m !== null && m > 0 ? monthSerial(model.calendarMonths[m - 1] ?? '') : paybackWords(m) };
      },
    },
    { header: 'ROI over horizon', kind: 'percent', width: 9, value: (row) => row.metrics.roi ?? p.roi(null) },
    {
      header: 'Go-live',
      kind: 'month',
      width: 11,
      value: (row) => (row.metrics.goLiveMonth <= h ? monthSerial(model.calendarMonths[row.metrics.goLiveMonth - 1] ?? '') : 'after the horizon'),
    },
  ];
}

export function addRankedSheet(workbook: Workbook, model: ExportModel, where: Map<string, CashFlowRows>, formats: WorkbookFormats): void {
  const sheet = workbook.addWorksheet(RANKED_SHEET);
  let columns: SheetColumn<ExportRow>[] = [];
  const indexOf = (header: string) => columns.findIndex((c) => c.header === header) + 1;
  columns = rankedColumns(model, where, (header) => columnLetter(indexOf(header)));
  const lastRow = writeTable(sheet, model.rows, columns, formats, 1, 3);

  // Totals of the funded set: SUMIF over the Funding column, cached with the app's funded summary.
  const totalsRow = lastRow + 2;
  const summary = model.fundedSummary;
  writeCell(sheet.getCell(totalsRow, indexOf('Use case')), `Funded set (${summary.fundedCount} of ${model.rows.length})`);
  sheet.getRow(totalsRow).font = { bold: true };
  const funding = indexOf(RANKED_HEADERS.funding);
  const sumFunded = (col: number) =>
    `SUMIF(${address(funding, 2)}:${address(funding, Math.max(2, lastRow))},"${FUNDED_CRITERION}",${address(col, 2)}:${address(col, Math.max(2, lastRow))})`;
  const totals: [string, number][] = [
    [RANKED_HEADERS.pilot, summary.pilotInvestment],
    [RANKED_HEADERS.lastMile, summary.lastMileInvestment],
    [RANKED_HEADERS.investment, summary.totalInvestment],
    [RANKED_HEADERS.npv, summary.npv],
  ];
  for (const [header, result] of totals) writeCell(sheet.getCell(totalsRow, indexOf(header)), { formula: sumFunded(indexOf(header)), result }, formats.money, true);
  // A funded candidate without a readiness assessment (forced in) counts its pilot alone, as the funding choice does.
  const rate = MONTHLY_RATE_EXPRESSION;
  const last = FIRST_MONTH_COLUMN + model.workspace.horizonMonths - 1;
  const pilotOnly = model.rows
    .filter((r) => r.funded && r.metrics.expectedNpv === null)
    .map((r) => `+NPV(${rate},${sheetRange(CASH_FLOWS_SHEET, FIRST_MONTH_COLUMN, last, (where.get(r.useCase.id) as CashFlowRows).pilot)})`)
    .join('');
  const expected = indexOf(RANKED_HEADERS.expectedNpv);
  writeCell(sheet.getCell(totalsRow, expected), { formula: `${sumFunded(expected)}${pilotOnly}`, result: summary.expectedNpv }, formats.money, true);
  printSetup(sheet, { format: model.present.format, titleRows: '1:1', footer: model.workspace.name });
}
