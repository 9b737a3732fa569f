/**
 * The Cash flows sheet: per use case, one row per component (costs negative, benefit positive) with the plan
 * months as columns (real dates in the header), then live rows an analyst can audit: Net = benefit + the (negative)
 * costs, in the app's order; Cumulative = running sum of Net; the break-even tolerance (the app's payback tolerance,
 * named PaybackTolerance on the Assumptions sheet, times the largest monthly net flow, at least 1); and a flag row
 * (1 where the cumulative is back to ≥ 0, within the tolerance, after having been below it: the first 1 is the
 * payback month, exactly as shared/finance/cashMetrics.ts `payback` decides). Formula cells carry the app's figures
 * as cached results. Once the plan has started (today, plan month T, after month 1) the months before T hold the
 * tracked flows (actuals where entered) and three more rows start at T: the cumulative from today, its tolerance and
 * its flag, whose first 1 is the forward-looking payback (docs/living-portfolio.md); the first rows stay whole-life.
 * When the workbook carries scenarios, five more rows hold the plan's figures and the component rows are formulas: the
 * plan's figure × the factor in force of the scenario shown (xlsxScenarioDriver.ts), where money is still to move.
 */
import type { Workbook } from 'exceljs';
import type { ExportModel, ExportRow } from '@shared/export/exportModel';
import { modelApiMonthlyCost, PAYBACK_TOLERANCE } from '@shared/finance';
import { exportToday, planStarted } from '@shared/presentation';
import { address, columnLetter, monthSerial, pagesWideFor, printSetup, writeCell, type WorkbookFormats } from './xlsxCells';
import { exceljsCells, RowsXml, type CellWriter } from './xlsxRowsXml';
import type { SheetRows } from './xlsxSplice';
import type { FactorCells, FactorKind } from './xlsxScenarioDriver';

export const CASH_FLOWS_SHEET = 'Cash flows';
/** Column of plan month 1 (A = use case, B = component). */
export const FIRST_MONTH_COLUMN = 3;
/** Row 1 holds each plan month's calendar month (a date), row 2 its plan-month number. */
export const DATE_ROW = 1;
const FIRST_DATA_ROW = 3;
/** Defined name of the payback tolerance cell on the Assumptions sheet. */
export const PAYBACK_TOLERANCE_NAME = 'PaybackTolerance';

export const COMPONENT_LABELS = {
  pilot: 'Pilot (cost)',
  lastMile: 'Last mile (cost)',
  run: 'Run cost',
  benefit: 'Benefit',
  net: 'Net cash flow',
  cumulative: 'Cumulative net cash',
  tolerance: 'Break-even tolerance (a cumulative within this of 0 counts as 0)',
  paidBack: 'Back to ≥ 0 after being below (1 = yes; the first 1 is the payback month)',
} as const;

/** The rows from today, once the plan has started (their columns before today stay empty). */
export const FORWARD_LABELS = {
  cumulativeFromToday: 'Cumulative net cash from today',
  toleranceFromToday: 'Break-even tolerance from today',
  paidBackFromToday: 'Back to ≥ 0 from today (1 = yes; the first 1 is the payback month from today)',
} as const;

/**
 * The plan's monthly figures (actuals where entered) before a scenario's factors, when the workbook carries scenarios:
 * the component rows above are these × the factors in force of the scenario shown (xlsxScenarioDriver.ts).
 */
export const PLAN_LABELS = {
  planPilot: 'Pilot (cost) in the plan, before the multipliers of the scenario shown',
  planLastMile: 'Last mile (cost) in the plan',
  planRun: 'Run cost in the plan',
  planModelApi: 'of which model/API (also × the token price multiplier)',
  planBenefit: 'Benefit in the plan',
} as const;

/** Where one use case's rows are on the sheet; the rows from today only once the plan has started; the plan's rows only with scenarios. */
export type CashFlowRows = Record<keyof typeof COMPONENT_LABELS, number> & Partial<Record<keyof typeof FORWARD_LABELS | keyof typeof PLAN_LABELS, number>>;

const negated = (x: number): number => (x === 0 ? 0 : -x);

/** Where each use case's rows go (by use case id), in rank order: known before anything is written. */
export function cashFlowLayout(model: ExportModel): Map<string, CashFlowRows> {
  const where = new Map<string, CashFlowRows>();
  const forward = forwardMonths(model) !== null;
  const planRows = (model.scenarios?.length ?? 0) > 0;
  // Eight rows (eleven from today on), the plan's five with scenarios, and a blank separator.
  const own = forward ? 11 : 8;
  const perUseCase = own + (planRows ? 5 : 0) + 1;
  model.rows.forEach((row, i) => {
    const top = FIRST_DATA_ROW + i * perUseCase;
    let rows: CashFlowRows = { pilot: top, lastMile: top + 1, run: top + 2, benefit: top + 3, net: top + 4, cumulative: top + 5, tolerance: top + 6, paidBack: top + 7 };
    if (forward) rows = { ...rows, cumulativeFromToday: top + 8, toleranceFromToday: top + 9, paidBackFromToday: top + 10 };
    if (planRows) rows = { ...rows, planPilot: top + own, planLastMile: top + own + 1, planRun: top + own + 2, planModelApi: top + own + 3, planBenefit: top + own + 4 };
    where.set(row.useCase.id, rows);
  });
  return where;
}

/**
 * Today (plan month T) when the forward-looking figures start after month 1 and within the horizon, so they are
 * formulas over months T … H; null when they are the whole-life ones (before the plan starts) or when nothing is left.
 */
export function forwardMonths(model: ExportModel): number | null {
  const today = exportToday(model);
  return planStarted(today) && today <= model.workspace.horizonMonths ? today : null;
}

/** The app's break-even tolerance of a run of net flows (shared/finance/cashMetrics.ts `payback`). */
export function paybackTolerance(net: readonly number[]): number {
  let largest = 0;
  for (const f of net) largest = Math.max(largest, Math.abs(f));
  return PAYBACK_TOLERANCE * Math.max(1, largest);
}

/** The cumulative, tolerance and flag rows over months `from` … horizon (1-based), as `payback` decides on those flows. */
function writePaybackRows(out: CellWriter, net: readonly number[], from: number, horizon: number, money: string, rows: { net: number; cumulative: number; tolerance: number; paidBack: number }): void {
  const first = FIRST_MONTH_COLUMN + from - 1;
  const last = FIRST_MONTH_COLUMN + horizon - 1;
  const flows = net.slice(from - 1, horizon);
  const netRange = `$${columnLetter(first)}$${rows.net}:$${columnLetter(last)}$${rows.net}`;
  const tol = paybackTolerance(flows);
  const tolCell = `$${columnLetter(first)}$${rows.tolerance}`;
  out.write(rows.tolerance, first, { formula: `${PAYBACK_TOLERANCE_NAME}*MAX(1,MAX(${netRange}),-MIN(${netRange}))`, result: tol }, '0.0E+0');
  let minCumulative = 0;
  let cumulative = 0;
  flows.forEach((flow, m) => {
    const col = first + m;
    const at = (r: number) => address(col, r);
    cumulative += flow;
    out.write(rows.cumulative, col, { formula: m === 0 ? at(rows.net) : `${address(col - 1, rows.cumulative)}+${at(rows.net)}`, result: cumulative }, money);
    const paidBack = m > 0 && cumulative >= -tol && minCumulative < -tol ? 1 : 0;
    const earlier = `$${columnLetter(first)}${rows.cumulative}:${address(col - 1, rows.cumulative)}`;
    out.write(rows.paidBack, col, m === 0 ? 0 : { formula: `IF(AND(${at(rows.cumulative)}>=-${tolCell},MIN(${earlier})<-${tolCell}),1,0)`, result: paidBack }, '0');
    minCumulative = Math.min(minCumulative, cumulative);
  });
}

/** Component rows of a use case and the plan's row each is drawn from when a scenario is shown. */
const PLAN_ROW_OF = { pilot: 'planPilot', lastMile: 'planLastMile', run: 'planRun', benefit: 'planBenefit' } as const;

/**
 * The plan's figures (rows planPilot … planBenefit) and the component rows as the plan's × the factors in force: only
 * where the plan has money still to move (not an entered actual, not 0); elsewhere the figure itself.
 */
function writeDrivenMonths(out: CellWriter, row: ExportRow, rows: CashFlowRows, values: Record<keyof typeof PLAN_ROW_OF, number[]>, horizon: number, money: string, factor: FactorCells): void {
  const s = row.schedule;
  const api = modelApiMonthlyCost(row.useCase.runCost.modelApi);
  const F = (kind: FactorKind) => factor(row.useCase.id, kind);
  for (let m = 0; m < horizon; m++) {
    const col = FIRST_MONTH_COLUMN + m;
    const driven = !s.actual[m];
    out.write(rows.planModelApi as number, col, driven && (s.run[m] ?? 0) !== 0 ? negated(api) : 0, money);
    for (const key of ['pilot', 'lastMile', 'run', 'benefit'] as const) {
      const value = values[key][m] ?? 0;
      const plan = rows[PLAN_ROW_OF[key]] as number;
      out.write(plan, col, value, money);
      if (!driven || value === 0) {
        out.write(rows[key], col, value, money);
        continue;
      }
      const at = address(col, plan);
      // The run cost: × the run factor, its model/API part × the token factor as well (0 more when both are 1).
      const formula = key === 'run' ? `${at}*${F('run')}+${address(col, rows.planModelApi as number)}*(${F('tokens')}-${F('run')})` : `${at}*${F(key)}`;
      out.write(rows[key], col, { formula, result: value }, money);
    }
  }
}

function writeUseCase(out: CellWriter, row: ExportRow, rows: CashFlowRows, horizon: number, money: string, today: number | null, factor: FactorCells | null): void {
  const s = row.schedule;
  const values: Record<'pilot' | 'lastMile' | 'run' | 'benefit', number[]> = {
    pilot: s.pilot.map(negated),
    lastMile: s.lastMile.map(negated),
    run: s.run.map(negated),
    benefit: s.benefit,
  };
  const labels: Record<string, string> = { ...COMPONENT_LABELS, ...(today === null ? {} : FORWARD_LABELS), ...(factor === null ? {} : PLAN_LABELS) };
  for (const [key, label] of Object.entries(labels)) {
    const r = rows[key as keyof CashFlowRows] as number;
    out.write(r, 1, row.useCase.name);
    out.write(r, 2, label, undefined, key === 'net');
  }
  const first = FIRST_MONTH_COLUMN;
  const last = FIRST_MONTH_COLUMN + horizon - 1;
  const netRange = `$${columnLetter(first)}$${rows.net}:$${columnLetter(last)}$${rows.net}`;
  const tol = paybackTolerance(s.net);
  const tolCell = `$${columnLetter(first)}$${rows.tolerance}`;
  out.write(rows.tolerance, first, { formula: `${PAYBACK_TOLERANCE_NAME}*MAX(1,MAX(${netRange}),-MIN(${netRange}))`, result: tol }, '0.0E+0');
  let minCumulative = 0;
  for (let m = 0; m < horizon; m++) {
    const col = first + m;
    if (factor === null) for (const key of ['pilot', 'lastMile', 'run', 'benefit'] as const) out.write(rows[key], col, values[key][m] ?? 0, money);
    // Benefit first, then pilot, last mile and run: the app's order (benefit − pilot − last mile − run), bit for bit.
    const at = (key: keyof typeof COMPONENT_LABELS) => address(col, rows[key]);
    out.write(rows.net, col, { formula: `${at('benefit')}+${at('pilot')}+${at('lastMile')}+${at('run')}`, result: s.net[m] ?? 0 }, money, true);
    const cumulative = s.cumulative[m] ?? 0;
    out.write(rows.cumulative, col, { formula: m === 0 ? at('net') : `${address(col - 1, rows.cumulative)}+${at('net')}`, result: cumulative }, money);
    const paidBack = m > 0 && cumulative >= -tol && minCumulative < -tol ? 1 : 0;
    const earlier = `$${columnLetter(first)}${rows.cumulative}:${address(col - 1, rows.cumulative)}`;
    out.write(
      rows.paidBack,
      col,
      m === 0 ? 0 : { formula: `IF(AND(${at('cumulative')}>=-${tolCell},MIN(${earlier})<-${tolCell}),1,0)`, result: paidBack },
      '0',
    );
    minCumulative = Math.min(minCumulative, cumulative);
  }
  if (factor !== null) writeDrivenMonths(out, row, rows, values, horizon, money, factor);
  const { cumulativeFromToday, toleranceFromToday, paidBackFromToday } = rows;
  if (today !== null && cumulativeFromToday && toleranceFromToday && paidBackFromToday)
    writePaybackRows(out, s.net, today, horizon, money, { net: rows.net, cumulative: cumulativeFromToday, tolerance: toleranceFromToday, paidBack: paidBackFromToday });
}

/**
 * Adds the sheet with each use case's rows where `cashFlowLayout` placed them; `factor`: the factors in force when the
 * workbook carries scenarios. Its header rows and first use case are written through exceljs; the other use cases are
 * returned as rows to add once exceljs has written the workbook (xlsxSplice.ts, xlsxRowsXml.ts), or null when there
 * are none. `allThroughExcelJs` writes every use case through exceljs (the reference the tests compare with).
 */
export function addCashFlowsSheet(
  workbook: Workbook,
  model: ExportModel,
  layout: Map<string, CashFlowRows>,
  formats: WorkbookFormats,
  factor: FactorCells | null = null,
  allThroughExcelJs = false,
): SheetRows | null {
  const sheet = workbook.addWorksheet(CASH_FLOWS_SHEET);
  const horizon = model.workspace.horizonMonths;
  const labels = sheet.getRow(DATE_ROW);
  const numbers = sheet.getRow(DATE_ROW + 1);
  labels.font = { bold: true }; // before any cell gets a shared (frozen) style
  writeCell(labels.getCell(1), 'Use case');
  writeCell(labels.getCell(2), 'Component');
  writeCell(numbers.getCell(2), 'Plan month');
  model.calendarMonths.forEach((month, m) => {
    writeCell(labels.getCell(FIRST_MONTH_COLUMN + m), monthSerial(month), formats.month, true);
    writeCell(numbers.getCell(FIRST_MONTH_COLUMN + m), m + 1, formats.integer);
  });
  sheet.getColumn(1).width = 30;
  sheet.getColumn(2).width = 26;
  for (let m = 0; m < horizon; m++) sheet.getColumn(FIRST_MONTH_COLUMN + m).width = 11;
  sheet.views = [{ state: 'frozen', xSplit: 2, ySplit: 2 }];
  const today = forwardMonths(model);
  if (today !== null) writeCell(numbers.getCell(1), `Today: ${model.present.planMonth(today)} (plan month ${today}); earlier months hold actuals where entered`);
  const probes = new Map<string, string>();
  const throughExcelJs = exceljsCells(sheet, probes);
  const write = (out: CellWriter, row: ExportRow) => writeUseCase(out, row, layout.get(row.useCase.id) as CashFlowRows, horizon, formats.money, today, factor);
  const [first, ...rest] = model.rows;
  if (first) write(throughExcelJs, first);
  if (allThroughExcelJs) for (const row of rest) write(throughExcelJs, row);
  printSetup(sheet, {
    format: model.present.format,
    pagesWide: pagesWideFor([56, ...new Array<number>(horizon).fill(11)]),
    titleRows: '1:2',
    titleColumns: 'A:B',
    footer: model.workspace.name,
  });
  if (allThroughExcelJs || rest.length === 0) return null;
  return {
    sheetId: sheet.id,
    probes,
    write: (styleIds, strings) => {
      const rows = new RowsXml(styleIds, strings);
      for (const row of rest) {
        write(rows, row);
        rows.endBlock();
      }
      return rows;
    },
  };
}
