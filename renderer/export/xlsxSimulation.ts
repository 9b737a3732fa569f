/**
 * The workbook's Simulation sheet: the Monte Carlo results of the export as values (a spreadsheet cannot redraw them),
 * with the seed and the number of trials that reproduce them in the app: the funded set's NPV from today at P10 / P50 /
 * P90, its mean and the chance it is positive, the investment per plan year at P50 and P90, the S-curve as a table,
 * the tornado with the break-even values, and every use case's percentiles in rank order.
 */
import type { Workbook, Worksheet } from 'exceljs';
import type { ExportModel } from '@shared/export/exportModel';
import type { ExportRisk } from '@shared/export/exportRisk';
import { forwardLabel, NOT_ASSESSED } from '@shared/presentation';
import { breakEvenSentence, swingText } from '@shared/uncertainty/sensitivityText';
import { printSetup, writeCell, writeTable, type SheetColumn, type SheetValue, type WorkbookFormats } from './xlsxCells';

export const SIMULATION_SHEET = 'Simulation';

type Line = [label: string, value: SheetValue, format?: string, note?: string];

function heading(sheet: Worksheet, row: number, text: string): void {
  const cell = sheet.getCell(row, 1);
  writeCell(cell, text);
  cell.font = { bold: true, size: 12 };
}

function header(sheet: Worksheet, row: number, labels: readonly string[]): void {
  const r = sheet.getRow(row);
  labels.forEach((l, i) => writeCell(r.getCell(i + 1), l));
  r.font = { bold: true };
}

/** The run and the funded set's figures; returns the next free row. */
function writeRun(sheet: Worksheet, model: ExportModel, risk: ExportRisk, f: WorkbookFormats): number {
  const p = model.present;
  const npv = forwardLabel('NPV', p, risk.today);
  const s = risk.funded;
  const lines: Line[] = [
    ['Seed', risk.seed, f.integer, 'The same seed gives the same answer: the app reproduces these figures from it.'],
    ['Trials', risk.trials, f.integer],
    ['Distribution of every range', risk.distribution === 'pert' ? 'PERT' : 'Triangular'],
    ['Overruns', risk.sharedOverrun ? 'Move together (one shared overrun per trial)' : 'Independent'],
    ['Today (plan month)', risk.today, f.integer, 'Figures count from this month on: money already spent is not at risk.'],
    ['Funded use cases simulated', s.count, f.integer],
    [`Funded set ${npv}: P10`, s.p10, f.money, 'NPV stays above this in 90% of trials.'],
    [`Funded set ${npv}: P50`, s.p50, f.money],
    [`Funded set ${npv}: P90`, s.p90, f.money, 'NPV stays below this in 90% of trials.'],
    [`Funded set ${npv}: mean`, s.mean, f.money],
    [`Chance ${npv} > 0`, s.probPositive, f.percent],
  ];
  lines.forEach(([label, value, format, note], i) => {
    const row = sheet.getRow(3 + i);
    writeCell(row.getCell(1), label);
    writeCell(row.getCell(2), value, format);
    if (note) writeCell(row.getCell(3), note);
  });
  let r = 3 + lines.length + 1;
  heading(sheet, r, 'Investment per plan year (pilot + last mile still to come)');
  header(sheet, r + 1, ['Plan year', 'P50', 'P90']);
  s.spendP50ByYear.forEach((v, i) => {
    const row = sheet.getRow(r + 2 + i);
    writeCell(row.getCell(1), p.planYear(i + 1));
    writeCell(row.getCell(2), v, f.money);
    writeCell(row.getCell(3), s.spendP90ByYear[i] ?? null, f.money);
  });
  r += 2 + s.spendP50ByYear.length + 1;
  heading(sheet, r, `S-curve: the funded set's ${npv} at each share of trials`);
  header(sheet, r + 1, ['Share of trials', `${npv} at most`]);
  s.curve.forEach((c, i) => {
    const row = sheet.getRow(r + 2 + i);
    writeCell(row.getCell(1), c.share, f.percent);
    writeCell(row.getCell(2), c.npv, f.money);
  });
  return r + 2 + s.curve.length + 1;
}

/** The tornado and break-even values; returns the next free row. */
function writeTornado(sheet: Worksheet, model: ExportModel, risk: ExportRisk, first: number, f: WorkbookFormats): number {
  const p = model.present;
  if (!risk.tornado) return first;
  heading(sheet, first, 'What moves the funded set’s NPV most (each input low → high, the others at their likely values)');
  header(sheet, first + 1, ['Input', 'Low → high', 'NPV at its low', 'NPV at its high', 'Swing']);
  risk.tornado.bars.forEach((b, i) => {
    const row = sheet.getRow(first + 2 + i);
    writeCell(row.getCell(1), b.label);
    writeCell(row.getCell(2), swingText(b.values, b.unit, p));
    writeCell(row.getCell(3), b.npvLow, f.money);
    writeCell(row.getCell(4), b.npvHigh, f.money);
    writeCell(row.getCell(5), b.swing, f.money);
  });
  let r = first + 2 + risk.tornado.bars.length;
  for (const b of risk.breakEvens) writeCell(sheet.getCell(r++, 1), breakEvenSentence(b, p, risk.today, true));
  return r + 1;
}

interface CaseRow {
  rank: number;
  name: string;
  funded: boolean;
  expectedNpv: number | null;
  outcome: { p10: number; p50: number; p90: number; mean: number; probPositive: number; probPayback: number; notAssessed: boolean } | undefined;
}

export function addSimulationSheet(workbook: Workbook, model: ExportModel, f: WorkbookFormats): void {
  const risk = model.risk;
  if (!risk) return;
  const p = model.present;
  const sheet = workbook.addWorksheet(SIMULATION_SHEET);
  writeCell(sheet.getCell('A1'), `Monte Carlo simulation: ${p.number(risk.trials)} trials, seed ${risk.seed} (results as values)`);
  sheet.getCell('A1').font = { bold: true, size: 14 };
  const afterRun = writeRun(sheet, model, risk, f);
  const afterTornado = writeTornado(sheet, model, risk, afterRun, f);
  heading(sheet, afterTornado, 'Every use case, in rank order');
  const rows: CaseRow[] = model.rows.map((r) => ({ rank: r.rank, name: r.useCase.name, funded: r.funded, expectedNpv: r.metrics.expectedNpv, outcome: risk.cases.get(r.useCase.id) }));
  const known = (r: CaseRow, v: (o: NonNullable<CaseRow['outcome']>) => number): SheetValue => (r.outcome && !r.outcome.notAssessed ? v(r.outcome) : NOT_ASSESSED);
  const columns: SheetColumn<CaseRow>[] = [
    { header: 'Rank', kind: 'integer', width: 7, value: (r) => r.rank },
    { header: 'Use case', kind: 'text', width: 40, value: (r) => r.name },
    { header: 'Funded', kind: 'text', width: 11, value: (r) => (r.funded ? 'Funded' : 'Not funded') },
    { header: 'Expected NPV (plan)', kind: 'money', width: 16, value: (r) => r.expectedNpv ?? NOT_ASSESSED },
    { header: 'P10', kind: 'money', width: 15, value: (r) => known(r, (o) => o.p10) },
    { header: 'P50', kind: 'money', width: 15, value: (r) => known(r, (o) => o.p50) },
    { header: 'P90', kind: 'money', width: 15, value: (r) => known(r, (o) => o.p90) },
    { header: 'Mean', kind: 'money', width: 15, value: (r) => known(r, (o) => o.mean) },
    { header: 'Chance NPV > 0', kind: 'percent', width: 12, value: (r) => known(r, (o) => o.probPositive) },
    { header: 'Chance paid back within the horizon', kind: 'percent', width: 14, value: (r) => known(r, (o) => o.probPayback) },
  ];
  const first = afterTornado + 1;
  writeTable(sheet, rows, columns, f, first, 2);
  // writeTable sized the columns for its table; the run's labels in column A and notes in C need more room.
  sheet.getColumn(1).width = 44;
  sheet.getColumn(3).width = 28;
  sheet.views = [];
  printSetup(sheet, { format: p.format, titleRows: `${first}:${first}`, footer: model.workspace.name });
}
