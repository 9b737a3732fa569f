/**
 * The workbook's scenario sheets. Scenarios: every scenario's overrides as cells beside the plan's own figures (blank =
 * the plan's), workspace-wide and per use case, so a CFO can re-run a scenario's deterministic case (its discount rate
 * into DiscountRate on the Assumptions sheet, its factors onto the figures of the Use cases sheet). Options: the options
 * chosen for the pack side by side (the app's figures as values), the investment per plan year with live totals, and
 * every candidate funded in some option with its expected NPV and investment there, the funded sets' totals as live
 * SUMIF formulas over those cells.
 */
import type { Workbook, Worksheet } from 'exceljs';
import type { Scenario } from '@shared/domain';
import type { ExportModel } from '@shared/export/exportModel';
import { scenarioChanges } from '@shared/export/exportOptions';
import { ASSUMPTIONS_SHEET } from './xlsxAssumptions';
import { address, columnLetter, printSetup, writeCell, type SheetValue, type WorkbookFormats } from './xlsxCells';
import { DISCOUNT_RATE_NAME } from './xlsxRanked';

export const SCENARIOS_SHEET = 'Scenarios';
export const OPTIONS_SHEET = 'Options';
export const FUNDED = 'Funded';
export const NOT_FUNDED = 'Not funded';

function bold(sheet: Worksheet, row: number, text: string, size = 12): void {
  const cell = sheet.getCell(row, 1);
  writeCell(cell, text);
  cell.font = { bold: true, size };
}

function headerRow(sheet: Worksheet, row: number, labels: readonly string[]): void {
  const r = sheet.getRow(row);
  labels.forEach((l, i) => writeCell(r.getCell(i + 1), l));
  r.font = { bold: true };
  r.alignment = { vertical: 'top', wrapText: true };
}

type InputRow = [label: string, plan: SheetValue, value: (s: Scenario) => SheetValue, format?: string];

function inputRows(model: ExportModel, f: WorkbookFormats, years: number): InputRow[] {
  const ws = model.workspace;
  const plan = model.plan;
  const names = new Map(model.rows.map((r) => [r.useCase.id, r.useCase.name]));
  return [
    ['Annual discount rate', ws.discountRate, (s) => s.assumptions.discountRate, f.percent],
    ['Token price factor (× every price per 1K tokens)', 1, (s) => s.assumptions.tokenPriceFactor, f.decimal],
    ['Adoption factor (× every benefit)', 1, (s) => s.assumptions.adoptionFactor, f.decimal],
    ['Last-mile factor (× every last-mile cost)', 1, (s) => s.assumptions.lastMileFactor, f.decimal],
    ['Budget', plan.budget, (s) => s.plan.budget, f.money],
    ...Array.from({ length: years }, (_, i): InputRow => [`Cap, plan year ${i + 1}`, plan.yearCaps[i] ?? 'no cap', (s) => (s.plan.yearCaps === null ? null : (s.plan.yearCaps[i] ?? 'no cap')), f.money]),
    ['Minimum value-creation share', plan.minValueCreationShare, (s) => s.plan.minValueCreationShare, f.percent],
    ['Funded against', plan.costBasis === 'p90' ? 'P90 cost' : 'Likely cost', (s) => (s.plan.costBasis === null ? null : s.plan.costBasis === 'p90' ? 'P90 cost' : 'Likely cost')],
    ['Score weights', 'the plan’s', (s) => (s.plan.weights === null ? null : Object.entries(s.plan.weights).map(([k, v]) => `${k} ${v}`).join(', '))],
    [
      'Forced choices',
      Object.keys(plan.forced).length === 0 ? 'none' : `${Object.keys(plan.forced).length} in the plan`,
      (s) => {
        const entries = Object.entries(s.plan.forced);
        return entries.length === 0 ? null : entries.map(([id, c]) => `${names.get(id) ?? id}: ${c.mode === 'none' ? 'choice lifted' : `forced ${c.mode}`}`).join('; ');
      },
    ],
    ['Description', '', (s) => s.description || null],
    ['What it changes', '', (s) => scenarioChanges(s, model, names).join('; ') || 'nothing yet'],
  ];
}

const UC_FIELDS = [
  ['Pilot cost factor', 'pilotCostFactor'],
  ['Last-mile cost factor', 'lastMileCostFactor'],
  ['Run cost factor', 'runCostFactor'],
  ['Benefit factor', 'benefitFactor'],
  ['Pilot months', 'pilotMonths'],
  ['Last-mile months', 'lastMileMonths'],
  ['Start (plan month)', 'startMonth'],
] as const;

/** Every scenario of the workspace as cells; nothing when it has none. */
export function addScenariosSheet(workbook: Workbook, model: ExportModel, f: WorkbookFormats): void {
  const scenarios = model.scenarios ?? [];
  if (scenarios.length === 0) return;
  const sheet = workbook.addWorksheet(SCENARIOS_SHEET);
  bold(sheet, 1, 'Scenarios: changes layered on this workspace (a blank cell keeps the plan’s own figure)', 14);
  writeCell(
    sheet.getCell(2, 1),
    `To re-run a scenario’s deterministic case: put its discount rate into ${DISCOUNT_RATE_NAME} on the ${ASSUMPTIONS_SHEET} sheet (every NPV on the Ranked sheet recalculates), and multiply the figures of the Use cases sheet by its factors.`,
  );
  const years = Math.max(model.plan.yearCaps.length, ...scenarios.map((s) => s.plan.yearCaps?.length ?? 0));
  const rows = inputRows(model, f, years);
  headerRow(sheet, 4, ['Input', 'Plan', ...scenarios.map((s) => s.name)]);
  rows.forEach(([label, plan, value, format], i) => {
    const row = sheet.getRow(5 + i);
    writeCell(row.getCell(1), label);
    writeCell(row.getCell(2), plan, format);
    scenarios.forEach((s, k) => writeCell(row.getCell(3 + k), value(s) ?? null, format));
  });
  sheet.getColumn(1).width = 46;
  for (let c = 2; c <= 2 + scenarios.length; c++) sheet.getColumn(c).width = 22;
  let r = 5 + rows.length + 1;
  bold(sheet, r, 'Use cases a scenario changes (factors × the plan’s figure; months replace it)');
  headerRow(sheet, r + 1, ['Scenario', 'Use case', ...UC_FIELDS.map(([label]) => label)]);
  r += 2;
  const names = new Map(model.rows.map((x) => [x.useCase.id, x.useCase.name]));
  for (const s of scenarios)
    for (const [id, o] of Object.entries(s.useCases)) {
      const row = sheet.getRow(r++);
      writeCell(row.getCell(1), s.name);
      writeCell(row.getCell(2), names.get(id) ?? id);
      UC_FIELDS.forEach(([, key], i) => writeCell(row.getCell(3 + i), o[key], key.endsWith('Factor') ? f.decimal : f.integer));
    }
  printSetup(sheet, { format: model.present.format, pagesWide: Math.max(1, Math.ceil((2 + scenarios.length) / 6)), titleColumns: 'A:A', footer: model.workspace.name });
}

/** The options chosen for the pack side by side; nothing when none is chosen. */
export function addOptionsSheet(workbook: Workbook, model: ExportModel, f: WorkbookFormats): void {
  const options = model.options;
  if (!options) return;
  const { comparison, figures } = options;
  const cols = comparison.columns;
  const p = model.present;
  const sheet = workbook.addWorksheet(OPTIONS_SHEET);
  bold(sheet, 1, 'Options side by side: the plan and the scenarios chosen for the board pack', 14);
  headerRow(sheet, 3, ['', ...cols.map((c) => c.name)]);
  const totals: [string, (i: number) => SheetValue, string?][] = [
    ['Funded against', (i) => (cols[i]!.costBasis === 'p90' ? 'P90 cost' : 'Likely cost')],
    ['Budget', (i) => cols[i]!.budget, f.money],
    ['Funded candidates', (i) => cols[i]!.fundedCount, f.integer],
    ['Investment (likely cost)', (i) => cols[i]!.investment, f.money],
    ['As the budget counts it', (i) => cols[i]!.countedInvestment, f.money],
    ['Expected NPV', (i) => cols[i]!.expectedNpv, f.money],
    ['Value-creation share', (i) => cols[i]!.valueCreationShare, f.percent],
    ['Payback (plan month)', (i) => cols[i]!.paybackMonth ?? p.payback(null), f.integer],
  ];
  totals.forEach(([label, value, format], k) => {
    const row = sheet.getRow(4 + k);
    writeCell(row.getCell(1), label);
    cols.forEach((_, i) => writeCell(row.getCell(2 + i), value(i), format));
  });
  let r = 4 + totals.length + 1;
  bold(sheet, r, 'Investment per plan year');
  headerRow(sheet, r + 1, ['Plan year', ...cols.map((c) => c.name)]);
  const firstYear = r + 2;
  for (let y = 0; y < comparison.planYears; y++) {
    const row = sheet.getRow(firstYear + y);
    writeCell(row.getCell(1), p.planYear(y + 1));
    cols.forEach((c, i) => writeCell(row.getCell(2 + i), c.spendByYear[y] ?? 0, f.money));
  }
  const totalRow = firstYear + comparison.planYears;
  sheet.getRow(totalRow).font = { bold: true };
  writeCell(sheet.getCell(totalRow, 1), 'Total');
  cols.forEach((c, i) => {
    const sum = Array.from({ length: comparison.planYears }, (_, y) => c.spendByYear[y] ?? 0).reduce((a, b) => a + b, 0);
    const range = `${address(2 + i, firstYear)}:${address(2 + i, totalRow - 1)}`;
    writeCell(sheet.getCell(totalRow, 2 + i), comparison.planYears > 0 ? { formula: `SUM(${range})`, result: sum } : 0, f.money, true);
  });
  r = totalRow + 2;
  bold(sheet, r, 'Candidates funded in some option: funded or not in each, with the expected NPV and investment there');
  // Use case, differs, then per option: funded, expected NPV, investment.
  headerRow(sheet, r + 1, ['Use case', 'Differs', ...cols.flatMap((c) => [`${c.name}: funded`, `${c.name}: expected NPV`, `${c.name}: investment`])]);
  const first = r + 2;
  comparison.candidates.forEach((c, k) => {
    const row = sheet.getRow(first + k);
    writeCell(row.getCell(1), c.name);
    writeCell(row.getCell(2), c.inAll ? '' : 'Differs');
    cols.forEach((_, i) => {
      const fig = figures[i]!.get(c.id);
      writeCell(row.getCell(3 + 3 * i), c.funded[i] ? FUNDED : NOT_FUNDED);
      writeCell(row.getCell(4 + 3 * i), fig?.expectedNpv ?? null, f.money);
      writeCell(row.getCell(5 + 3 * i), fig?.investment ?? null, f.money);
    });
  });
  const last = first + comparison.candidates.length - 1;
  const sums = sheet.getRow(last + 1);
  sums.font = { bold: true };
  writeCell(sums.getCell(1), 'Funded set (SUMIF over the rows marked Funded)');
  cols.forEach((_, i) => {
    const flags = `${columnLetter(3 + 3 * i)}${first}:${columnLetter(3 + 3 * i)}${last}`;
    const sumOf = (offset: number, pick: (x: { expectedNpv: number; investment: number }) => number) => {
      const range = `${columnLetter(3 + 3 * i + offset)}${first}:${columnLetter(3 + 3 * i + offset)}${last}`;
      const result = comparison.candidates.reduce((s, c) => s + (c.funded[i] ? pick(figures[i]!.get(c.id) ?? { expectedNpv: 0, investment: 0 }) : 0), 0);
      return comparison.candidates.length > 0 ? { formula: `SUMIF(${flags},"${FUNDED}",${range})`, result } : 0;
    };
    writeCell(sums.getCell(4 + 3 * i), sumOf(1, (x) => x.expectedNpv), f.money, true);
    writeCell(sums.getCell(5 + 3 * i), sumOf(2, (x) => x.investment), f.money, true);
  });
  sheet.getColumn(1).width = 40;
  for (let c = 2; c <= 2 + 3 * cols.length; c++) sheet.getColumn(c).width = 16;
  printSetup(sheet, { format: p.format, pagesWide: Math.max(1, Math.ceil(cols.length / 2)), titleColumns: 'A:A', footer: model.workspace.name });
}
