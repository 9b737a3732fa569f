/**
 * The Ranked sheet: every candidate best score first, funded or "Not funded: reason" with the trade-off line, the
 * rank by the funding objective, and LIVE formulas over the Cash flows sheet and the named cells on the Assumptions
 * sheet for NPV, expected NPV and payback, with the app's figures as cached results: recalculated by Excel or
 * LibreOffice they give exactly what the app shows. A totals row sums the funded set. Once the plan has started the
 * forward-looking figures are labelled "from <month>" and are formulas over the months from today (NPV(rate, CF_T … CF_H)),
 * with the whole-life NPV and payback over every month beside them; once the portfolio has a life, its stage, what the
 * budget counts (not yet spent or committed) beside the plan's total, committed and sunk money (docs/living-portfolio.md).
 * With scenarios, the live figures are those of the scenario shown on the Scenarios sheet (named below the totals); the
 * Funding column and the investment columns stay the plan's.
 */
import type { Workbook } from 'exceljs';
import { classificationLabel } from '@shared/domain';
import { fundingStatusText, type ExportModel, type ExportRow } from '@shared/export/exportModel';
import { COMMITTED_LABEL, exportToday, forwardLabel, NOT_ASSESSED, planStarted, showsLife, stageLabel, SUNK_LABEL, TO_FUND_LABEL, wholeLifeLabel, type Presenter } from '@shared/presentation';
import { CASH_FLOWS_SHEET, DATE_ROW, FIRST_MONTH_COLUMN, forwardMonths, type CashFlowRows } from './xlsxCashFlows';
import { address, columnLetter, monthSerial, printSetup, sheetCell, sheetRange, writeCell, writeTable, type SheetColumn, type WorkbookFormats } from './xlsxCells';
import { FUNDED_SET_NOTE, SCENARIO_SHOWN_LABEL, SCENARIO_SHOWN_NAME, SCENARIOS_SHEET } from './xlsxScenarioDriver';

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

/** The headers as of plan month `today`: forward figures labelled "from <month>" once the plan has started; money to fund once the portfolio has a life. */
export function rankedHeaders(p: Presenter, today: number, life: boolean) {
  const live = (label: string) => `${forwardLabel(label, p, today)} (live formula)`;
  return {
    ...RANKED_HEADERS,
    pilot: life ? 'Pilot to fund' : RANKED_HEADERS.pilot,
    lastMile: life ? 'Last mile to fund' : RANKED_HEADERS.lastMile,
    investment: life ? TO_FUND_LABEL : RANKED_HEADERS.investment,
    npv: live('NPV'),
    expectedNpv: live('Expected NPV'),
    paybackMonth: live('Payback plan month'),
    payback: live('Payback'),
    irr: forwardLabel('IRR (annual)', p, today),
    roi: planStarted(today) ? forwardLabel('ROI', p, today) : 'ROI over horizon',
    stage: 'Stage',
    planInvestment: 'Total investment in the plan',
    committed: COMMITTED_LABEL,
    sunk: SUNK_LABEL,
    wholeNpv: `${wholeLifeLabel('NPV')} (live formula)`,
    wholeIrr: wholeLifeLabel('IRR (annual)'),
    wholePaybackMonth: `${wholeLifeLabel('Payback plan month')} (live formula)`,
    wholeRoi: wholeLifeLabel('ROI'),
  };
}

/** Text that marks a funded row in the Funding column (SUMIF criterion; "Funded" or "Funded (forced in: …)"). */
const FUNDED_CRITERION = 'Funded*';

type Headers = ReturnType<typeof rankedHeaders>;

/** The payback formula over one set of cumulative rows: the first flagged month (plus `offset`), or the app's words. */
function paybackFormula(range: (row: number) => string, tolerance: string, rows: { paidBack: number; cumulative: number; net: number }, offset: number, beyond: string, nothingAtRisk: string): string {
  const match = `MATCH(1,${range(rows.paidBack)},0)${offset > 0 ? `+${offset}` : ''}`;
  return `IFERROR(${match},IF(MIN(${range(rows.cumulative)})<-${tolerance},"${beyond}",IF(MAX(${range(rows.net)})>0,"${nothingAtRisk}","${beyond}")))`;
}

function rankedColumns(model: ExportModel, where: Map<string, CashFlowRows>, columnOf: (header: string) => string, H: Headers, life: boolean): SheetColumn<ExportRow>[] {
  const h = model.workspace.horizonMonths;
  const p = model.present;
  const today = exportToday(model);
  const started = planStarted(today);
  // Forward figures are formulas over months T … H (T = 1 before the plan starts); static once the horizon is past.
  const from = forwardMonths(model) ?? 1;
  const over = started && today > h;
  const last = FIRST_MONTH_COLUMN + h - 1;
  const range = (row: number) => sheetRange(CASH_FLOWS_SHEET, FIRST_MONTH_COLUMN + from - 1, last, row);
  const whole = (row: number) => sheetRange(CASH_FLOWS_SHEET, FIRST_MONTH_COLUMN, last, row);
  const rowsOf = (r: ExportRow): CashFlowRows => where.get(r.useCase.id) as CashFlowRows;
  const rate = MONTHLY_RATE_EXPRESSION;
  const dates = `'${CASH_FLOWS_SHEET}'!$${columnLetter(FIRST_MONTH_COLUMN)}$${DATE_ROW}:$${columnLetter(last)}$${DATE_ROW}`;
  const beyond = p.payback(null);
  const nothingAtRisk = p.payback(0);
  const paybackWords = (month: number | null) => (month === null ? beyond : nothingAtRisk);
  const paybackResult = (m: number | null) => (m !== null && m > 0 ? m : paybackWords(m));
  const objective = model.plan.objective === 'score' ? 'score' : 'expected NPV';
  const sum = (ys: readonly number[]) => ys.reduce((a, b) => a + b, 0);
  const forwardRows = (c: CashFlowRows) =>
    from > 1 && c.paidBackFromToday && c.cumulativeFromToday && c.toleranceFromToday
      ? { rows: { paidBack: c.paidBackFromToday, cumulative: c.cumulativeFromToday, net: c.net }, tolerance: sheetCell(CASH_FLOWS_SHEET, FIRST_MONTH_COLUMN + from - 1, c.toleranceFromToday) }
      : { rows: c, tolerance: sheetCell(CASH_FLOWS_SHEET, FIRST_MONTH_COLUMN, c.tolerance) };
  const lifeColumns: SheetColumn<ExportRow>[] = life ? [{ header: H.stage, kind: 'text', width: 14, wrap: true, value: (row) => stageLabel(row.metrics.living.stage) }] : [];
  const moneyColumns: SheetColumn<ExportRow>[] = life
    ? [
        { header: H.pilot, kind: 'money', width: 12, value: (row) => sum(row.metrics.living.fundingSplitByYear.pilot) },
        { header: H.lastMile, kind: 'money', width: 12, value: (row) => sum(row.metrics.living.fundingSplitByYear.lastMile) },
        { header: H.investment, kind: 'money', width: 14, value: (row) => row.metrics.living.fundingCost },
        { header: H.planInvestment, kind: 'money', width: 12, value: (row) => row.metrics.totalInvestment },
        { header: H.committed, kind: 'money', width: 12, value: (row) => row.metrics.living.committed },
        { header: H.sunk, kind: 'money', width: 12, value: (row) => row.metrics.living.sunk.total },
      ]
    : [
        { header: H.pilot, kind: 'money', width: 12, value: (row) => row.metrics.pilotCost },
        { header: H.lastMile, kind: 'money', width: 12, value: (row) => row.metrics.lastMileCost },
        { header: H.investment, kind: 'money', width: 12, value: (row) => row.metrics.totalInvestment },
      ];
  const wholeLifeColumns: SheetColumn<ExportRow>[] = started
    ? [
        { header: H.wholeNpv, kind: 'money', width: 13, value: (row) => ({ formula: `NPV(${rate},${whole(rowsOf(row).net)})`, result: row.metrics.living.wholeLife.npv }) },
        { header: H.wholeIrr, kind: 'percent', width: 9, value: (row) => row.metrics.living.wholeLife.irr ?? p.irr(null) },
        {
          header: H.wholePaybackMonth,
          kind: 'integer',
          width: 11,
          value: (row) => {
            const c = rowsOf(row);
            const formula = paybackFormula(whole, sheetCell(CASH_FLOWS_SHEET, FIRST_MONTH_COLUMN, c.tolerance), c, 0, beyond, nothingAtRisk);
            return { formula, result: paybackResult(row.metrics.living.wholeLife.paybackMonth) };
          },
        },
        { header: H.wholeRoi, kind: 'percent', width: 9, value: (row) => row.metrics.living.wholeLife.roi ?? p.roi(null) },
      ]
    : [];
  return [
    { header: 'Rank by score', kind: 'integer', width: 7, value: (row) => row.rank },
    { header: `Rank by funding objective (${objective})`, kind: 'integer', width: 10, value: (row) => row.objectiveRank },
    { header: 'Use case', kind: 'text', width: 28, wrap: true, value: (row) => row.useCase.name },
    { header: 'Problem', kind: 'text', width: 24, wrap: true, value: (row) => row.problem?.title ?? '' },
    { header: 'Classification', kind: 'text', width: 14, value: (row) => classificationLabel(row.useCase.classification.kind) },
    ...lifeColumns,
    { header: 'Score (0–100)', kind: 'score', width: 8, value: (row) => row.score.total },
    { header: H.funding, kind: 'text', width: 26, wrap: true, value: (row) => fundingStatusText(row.note) },
    { header: 'Trade-off', kind: 'text', width: 38, wrap: true, value: (row) => row.note.tradeOff },
    { header: H.probability, kind: 'percent', width: 12, value: (row) => row.metrics.probability ?? NOT_ASSESSED },
    ...moneyColumns,
    { header: H.npv, kind: 'money', width: 13, value: (row) => (over ? row.metrics.npv : { formula: `NPV(${rate},${range(rowsOf(row).net)})`, result: row.metrics.npv }) },
    {
      header: H.expectedNpv,
      kind: 'money',
      width: 13,
      value: (row, n) => {
        const c = rowsOf(row);
        if (row.metrics.expectedNpv === null) return NOT_ASSESSED;
        if (over) return row.metrics.expectedNpv;
        const pilot = `NPV(${rate},${range(c.pilot)})`;
        return { formula: `${pilot}+${columnOf(H.probability)}${n}*(NPV(${rate},${range(c.net)})-${pilot})`, result: row.metrics.expectedNpv };
      },
    },
    { header: H.irr, kind: 'percent', width: 9, value: (row) => row.metrics.irr ?? p.irr(null) },
    {
      header: H.paybackMonth,
      kind: 'integer',
      width: 11,
      value: (row) => {
        const m = row.metrics.paybackMonth;
        if (over) return paybackResult(m);
        const f = forwardRows(rowsOf(row));
        return { formula: paybackFormula(range, f.tolerance, f.rows, from - 1, beyond, nothingAtRisk), result: paybackResult(m) };
      },
    },
    {
      header: H.payback,
      kind: 'month',
      width: 11,
      value: (row, n) => {
        const m = row.metrics.paybackMonth;
        const month = `${columnOf(H.paybackMonth)}${n}`;
        return { formula: `IF(ISNUMBER(${month}),INDEX(${dates},${month}),${month})`, result: m !== null && m > 0 ? monthSerial(model.calendarMonths[m - 1] ?? '') : paybackWords(m) };
      },
    },
    { header: H.roi, kind: 'percent', width: 9, value: (row) => row.metrics.roi ?? p.roi(null) },
    ...wholeLifeColumns,
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
  const life = showsLife(model.rows, exportToday(model));
  const H = rankedHeaders(model.present, exportToday(model), life);
  columns = rankedColumns(model, where, (header) => columnLetter(indexOf(header)), H, life);
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
    [H.pilot, summary.pilotInvestment],
    [H.lastMile, summary.lastMileInvestment],
    [H.investment, summary.totalInvestment],
    [H.npv, summary.npv],
  ];
  for (const [header, result] of totals) writeCell(sheet.getCell(totalsRow, indexOf(header)), { formula: sumFunded(indexOf(header)), result }, formats.money, true);
  // A funded candidate without a readiness assessment (forced in) counts its pilot alone, as the funding choice does.
  const rate = MONTHLY_RATE_EXPRESSION;
  const last = FIRST_MONTH_COLUMN + model.workspace.horizonMonths - 1;
  const from = FIRST_MONTH_COLUMN + (forwardMonths(model) ?? 1) - 1;
  const forwardOver = planStarted(exportToday(model)) && forwardMonths(model) === null;
  const pilotOnly = model.rows
    .filter((r) => r.funded && r.metrics.expectedNpv === null)
    .map((r) => (forwardOver ? `+${r.metrics.npvPilot}` : `+NPV(${rate},${sheetRange(CASH_FLOWS_SHEET, from, last, (where.get(r.useCase.id) as CashFlowRows).pilot)})`))
    .join('');
  const expected = indexOf(H.expectedNpv);
  writeCell(sheet.getCell(totalsRow, expected), { formula: `${sumFunded(expected)}${pilotOnly}`, result: summary.expectedNpv }, formats.money, true);
  if ((model.scenarios?.length ?? 0) > 0) {
    // Which case the live figures show: the plan (0) or a scenario re-run from the Scenarios sheet (xlsxScenarioDriver.ts).
    writeCell(sheet.getCell(totalsRow + 2, indexOf('Use case')), `${SCENARIO_SHOWN_LABEL}, set on the ${SCENARIOS_SHEET} sheet`);
    writeCell(sheet.getCell(totalsRow + 2, indexOf('Use case') + 1), { formula: SCENARIO_SHOWN_NAME, result: 0 }, formats.integer, true);
    writeCell(sheet.getCell(totalsRow + 3, indexOf('Use case')), FUNDED_SET_NOTE);
  }
  printSetup(sheet, { format: model.present.format, titleRows: '1:1', footer: model.workspace.name });
}
