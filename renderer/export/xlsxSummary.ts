/**
 * The Summary sheet, first in the workbook: the decision asked of the board, the funded set's headline figures,
 * its spend by plan year against the caps with the headroom, and the run cost once live. Figures are the app's
 * (shared/analysis); the year table's investment, headroom and totals are live formulas over its own cells.
 */
import type { Workbook, Worksheet } from 'exceljs';
import type { ExportModel } from '@shared/export/exportModel';
import { COMMITTED_LABEL, exportToday, forwardLabel, planStarted, showsLife, SUNK_LABEL, TO_FUND_LABEL, wholeLifeLabel } from '@shared/presentation';
import { address, daySerial, printSetup, writeCell, type SheetValue, type WorkbookFormats } from './xlsxCells';

export const SUMMARY_SHEET = 'Summary';

export const YEAR_HEADERS = ['Plan year', 'Pilots', 'Last miles', 'Investment', 'Cap', 'Headroom under the cap', 'Run cost', 'Benefit if all reach production', 'Net'] as const;

type Line = [label: string, value: SheetValue, format?: string, note?: string];

function writeLines(sheet: Worksheet, first: number, lines: readonly Line[]): number {
  lines.forEach(([label, value, format, note], i) => {
    const row = sheet.getRow(first + i);
    writeCell(row.getCell(1), label);
    writeCell(row.getCell(2), value, format);
    if (note) writeCell(row.getCell(3), note);
  });
  return first + lines.length;
}

function heading(sheet: Worksheet, row: number, text: string): void {
  const cell = sheet.getCell(row, 1);
  writeCell(cell, text);
  cell.font = { bold: true, size: 12 };
}

/** The year table; returns the row after it. */
function writeYears(sheet: Worksheet, model: ExportModel, first: number, f: WorkbookFormats): number {
  const p = model.present;
  const by = model.moneyByYear;
  const header = sheet.getRow(first);
  YEAR_HEADERS.forEach((h, i) => writeCell(header.getCell(i + 1), h));
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };
  const col = (h: (typeof YEAR_HEADERS)[number]) => YEAR_HEADERS.indexOf(h) + 1;
  by.years.forEach((y, i) => {
    const r = first + 1 + i;
    const row = sheet.getRow(r);
    writeCell(row.getCell(1), y.beyondHorizon ? `${p.planYear(y.year)} *` : p.planYear(y.year));
    writeCell(row.getCell(col('Pilots')), y.pilot, f.money);
    writeCell(row.getCell(col('Last miles')), y.lastMile, f.money);
    writeCell(row.getCell(col('Investment')), { formula: `${address(col('Pilots'), r)}+${address(col('Last miles'), r)}`, result: y.investment }, f.money);
    writeCell(row.getCell(col('Cap')), y.cap ?? 'no cap', f.money);
    writeCell(row.getCell(col('Headroom under the cap')), y.cap === null ? null : { formula: `${address(col('Cap'), r)}-${address(col('Investment'), r)}`, result: y.headroom ?? 0 }, f.money);
    writeCell(row.getCell(col('Run cost')), y.run, f.money);
    writeCell(row.getCell(col('Benefit if all reach production')), y.benefit, f.money);
    const [inv, run, benefit] = [col('Investment'), col('Run cost'), col('Benefit if all reach production')].map((c) => address(c, r));
    writeCell(row.getCell(col('Net')), { formula: `${benefit}-${inv}-${run}`, result: y.net }, f.money);
  });
  const totalRow = first + 1 + by.years.length;
  const total = sheet.getRow(totalRow);
  total.font = { bold: true }; // before any cell gets a shared (frozen) style
  writeCell(total.getCell(1), 'Total');
  const sums: [(typeof YEAR_HEADERS)[number], number][] = [
    ['Pilots', by.totals.pilot],
    ['Last miles', by.totals.lastMile],
    ['Investment', by.totals.investment],
    ['Run cost', by.totals.run],
    ['Benefit if all reach production', by.totals.benefit],
    ['Net', by.totals.net],
  ];
  for (const [h, result] of sums) {
    const c = col(h);
    writeCell(total.getCell(c), { formula: `SUM(${address(c, first + 1)}:${address(c, totalRow - 1)})`, result }, f.money, true);
  }
  let next = totalRow + 1;
  if (by.years.some((y) => y.beyondHorizon)) {
    writeCell(sheet.getCell(next, 1), `* Partly after the ${model.workspace.horizonMonths}-month horizon: run cost and benefit there are not counted; spend is.`);
    next++;
  }
  return next;
}

export function addSummarySheet(workbook: Workbook, model: ExportModel, f: WorkbookFormats): void {
  const sheet = workbook.addWorksheet(SUMMARY_SHEET);
  const ws = model.workspace;
  const s = model.fundedSummary;
  const p = model.present;
  const widths = [40, 16, 16, 16, 16, 16, 14, 16, 16];
  widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));

  const title = sheet.getCell('A1');
  writeCell(title, ws.organisation ? `${ws.name} · ${ws.organisation}` : ws.name);
  title.font = { bold: true, size: 16 };
  writeCell(sheet.getCell('A2'), 'Prepared');
  writeCell(sheet.getCell('B2'), daySerial(model.generatedAt), f.day);

  heading(sheet, 4, 'The decision asked of the board');
  sheet.mergeCells(5, 1, 5, widths.length);
  const decision = sheet.getCell('A5');
  writeCell(decision, model.decision);
  decision.alignment = { wrapText: true, vertical: 'top' };
  sheet.getRow(5).height = 15 * Math.max(2, Math.ceil(model.decision.length / 150));

  heading(sheet, 7, 'The funded set');
  const n = model.rows.length;
  const today = exportToday(model);
  const life = showsLife(model.rows, today);
  // Once the plan has started: the month the figures are as of, and the money outside the budget beside it.
  const asOf: Line[] = planStarted(today) ? [['Figures as of', p.planMonth(today), undefined, 'Forward-looking figures count the months from then on; money already spent is shown, never counted.']] : [];
  const outside: Line[] = life
    ? [
        [`${COMMITTED_LABEL} (whole portfolio)`, s.committedInvestment, f.money, 'Pilots and last miles under way: outside the budget.'],
        [`${SUNK_LABEL} (whole portfolio)`, s.sunkCost, f.money, 'Shown, never a reason to fund.'],
      ]
    : [];
  const next = writeLines(sheet, 8, [
    ...asOf,
    ['Use cases funded', s.fundedCount, f.integer, `of ${n} candidates`],
    [life ? `${TO_FUND_LABEL}: pilots and last miles` : 'Total investment (pilots and last miles)', s.totalInvestment, f.money, life ? 'What the budget counts.' : undefined],
    ['Pilots', s.pilotInvestment, f.money, 'Spent whether or not the pilot reaches production.'],
    ['Last miles', s.lastMileInvestment, f.money, 'Each released only when its pilot passes the production gate.'],
    ...outside,
    [forwardLabel('Expected NPV', p, today), s.expectedNpv, f.money, 'Each pilot, plus the rest weighted by its probability of production.'],
    [`${forwardLabel('NPV', p, today)} if every funded use case reaches production`, s.npv, f.money],
    [planStarted(today) ? wholeLifeLabel('Payback of the funded set') : 'Payback of the funded set', p.payback(s.cash.paybackMonth)],
    ['Run cost once live, per year', model.moneyByYear.annualRunCost, f.money, `${p.money(model.moneyByYear.monthlyRunCost)} a month`],
    ['Value creation share of the investment', s.valueCreationShare, f.percent],
    ['Automation share of the investment', s.automationShare, f.percent],
    ['Not classified share of the investment', s.unclassifiedShare, f.percent],
    ['Candidates with readiness not assessed', s.notAssessedCount, f.integer, `of ${n}`],
    ['Candidates not classified', s.unclassifiedCount, f.integer, `of ${n}`],
    ['Candidates with a readiness blocker (a score of 1)', s.blockerCount, f.integer, `of ${n}`],
  ]);
  sheet.getColumn(1).font = { bold: true };

  heading(sheet, next + 1, 'Spend by plan year against the caps (funded set)');
  const after = writeYears(sheet, model, next + 2, f);
  writeLines(sheet, after + 1, [['Run cost of the funded set once live, per year', model.moneyByYear.annualRunCost, f.money]]);
  printSetup(sheet, { format: p.format, footer: ws.name });
}
