/**
 * The workbook's scenario sheets. Scenarios: every scenario's overrides as cells beside the plan's own figures (blank =
 * the plan's), workspace-wide and per use case, and the "Scenario shown" input that re-runs a scenario's deterministic
 * case in every formula (xlsxScenarioDriver.ts): its discount rate becomes DiscountRate, its factors multiply the Cash
 * flows sheet's months still to come. Options: the options
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
import {
  DURATIONS_NOT_RERUN,
  durationScenarios,
  FUNDED_SET_NOTE,
  inForceCell,
  inForceFormula,
  PLAN_DISCOUNT_RATE_NAME,
  SCENARIOS_SHEET,
  writeFactorTable,
  writeScenarioShown,
  type FactorCells,
  type OwnFactorCells,
} from './xlsxScenarioDriver';

export { SCENARIOS_SHEET } from './xlsxScenarioDriver';
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

/** Labels of the input rows the re-run reads (their figure in force drives the formulas). */
export const RERUN_INPUTS = {
  discountRate: 'Annual discount rate',
  tokens: 'Token price multiplier (× every price per 1K tokens)',
  adoption: 'Adoption multiplier (× every benefit)',
  lastMile: 'Last-mile cost multiplier (× every last-mile cost)',
} as const;
export const DURATIONS_LABEL = 'Durations and start months';
export const IN_FORCE_HEADER = 'In force (the scenario shown)';

function inputRows(model: ExportModel, f: WorkbookFormats, years: number, durations: ReadonlyMap<number, number>, scenarios: readonly Scenario[]): InputRow[] {
  const ws = model.workspace;
  const plan = model.plan;
  const names = new Map(model.rows.map((r) => [r.useCase.id, r.useCase.name]));
  const number = new Map(scenarios.map((s, k) => [s, k + 1]));
  return [
    [RERUN_INPUTS.discountRate, { formula: PLAN_DISCOUNT_RATE_NAME, result: ws.discountRate }, (s) => s.assumptions.discountRate, f.percent],
    [RERUN_INPUTS.tokens, 1, (s) => s.assumptions.tokenPriceFactor, f.decimal],
    [RERUN_INPUTS.adoption, 1, (s) => s.assumptions.adoptionFactor, f.decimal],
    [RERUN_INPUTS.lastMile, 1, (s) => s.assumptions.lastMileFactor, f.decimal],
    [
      DURATIONS_LABEL,
      'the plan’s',
      (s) => {
        const n = durations.get(number.get(s) ?? 0);
        return n ? `${DURATIONS_NOT_RERUN}: the plan’s months stay (${n === 1 ? '1 use case' : `${n} use cases`} changed)` : null;
      },
    ],
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
  ['Pilot cost multiplier', 'pilotCostFactor'],
  ['Last-mile cost multiplier', 'lastMileCostFactor'],
  ['Run cost multiplier', 'runCostFactor'],
  ['Benefit multiplier', 'benefitFactor'],
  ['Pilot months', 'pilotMonths'],
  ['Last-mile months', 'lastMileMonths'],
  ['Start (plan month)', 'startMonth'],
] as const;

/** What the rest of the workbook reads from the Scenarios sheet: the discount rate in force and each use case's factors in force. */
export interface ScenarioDriver {
  /** The in-force annual discount rate, sheet-qualified ('Scenarios'!$B$9). */
  rate: string;
  factor: FactorCells;
}

/** Row of the "Scenario shown" cell and of the header of the inputs. */
const SHOWN_ROW = 3;
const HEADER_ROW = 7;
/** Columns of the inputs: A input, B in force, C the plan's, D… the scenarios. */
const PLAN_COLUMN = 3;

/**
 * Every scenario of the workspace as cells, with the "Scenario shown" input that re-runs the deterministic case; nothing
 * (and null) when it has none.
 */
export function addScenariosSheet(workbook: Workbook, model: ExportModel, f: WorkbookFormats): ScenarioDriver | null {
  const scenarios = model.scenarios ?? [];
  if (scenarios.length === 0) return null;
  const sheet = workbook.addWorksheet(SCENARIOS_SHEET);
  const n = scenarios.length;
  bold(sheet, 1, 'Scenarios: changes layered on this workspace (a blank cell keeps the plan’s own figure)', 14);
  writeCell(
    sheet.getCell(2, 1),
    `To re-run a scenario’s deterministic case, set “Scenario shown” to its number: the discount rate (${DISCOUNT_RATE_NAME} on the ${ASSUMPTIONS_SHEET} sheet) and the multipliers in force follow it, and every cash flow, NPV, expected NPV and payback recalculates. 0 gives the plan’s figures.`,
  );
  writeScenarioShown(sheet, SHOWN_ROW, n);
  writeCell(sheet.getCell(SHOWN_ROW + 1, 1), FUNDED_SET_NOTE);
  const durations = durationScenarios(scenarios);
  if (durations.size > 0)
    writeCell(
      sheet.getCell(SHOWN_ROW + 2, 1),
      `${DURATIONS_NOT_RERUN} (scenario ${[...durations.keys()].join(', ')}): the monthly schedule keeps the plan’s pilot and last-mile months and start months; its multipliers and rate are re-run.`,
    );
  const years = Math.max(model.plan.yearCaps.length, ...scenarios.map((s) => s.plan.yearCaps?.length ?? 0));
  const rows = inputRows(model, f, years, durations, scenarios);
  headerRow(sheet, HEADER_ROW, ['Input', IN_FORCE_HEADER, 'Plan', ...scenarios.map((s) => s.name)]);
  const numbers = sheet.getRow(HEADER_ROW + 1);
  writeCell(numbers.getCell(1), 'Scenario number (for Scenario shown)');
  for (let k = 0; k <= n; k++) writeCell(numbers.getCell(PLAN_COLUMN + k), k, '0');
  const first = HEADER_ROW + 2;
  const rowOf = new Map<string, number>();
  rows.forEach(([label, plan, value, format], i) => {
    const row = sheet.getRow(first + i);
    rowOf.set(label, first + i);
    writeCell(row.getCell(1), label);
    writeCell(row.getCell(PLAN_COLUMN), plan, format);
    scenarios.forEach((s, k) => writeCell(row.getCell(PLAN_COLUMN + 1 + k), value(s) ?? null, format));
  });
  // The figure in force of the inputs the re-run reads; with the plan shown, the plan's figure exactly.
  const inForce = (label: string, result: number, format: string): string => {
    const r = rowOf.get(label) as number;
    writeCell(sheet.getCell(r, 2), { formula: inForceFormula(r, PLAN_COLUMN, n), result }, format, true);
    return address(2, r);
  };
  inForce(RERUN_INPUTS.discountRate, model.workspace.discountRate, f.percent);
  const wide = { tokens: inForce(RERUN_INPUTS.tokens, 1, f.decimal), adoption: inForce(RERUN_INPUTS.adoption, 1, f.decimal), lastMile: inForce(RERUN_INPUTS.lastMile, 1, f.decimal) };
  sheet.getColumn(1).width = 46;
  for (let c = 2; c <= Math.max(PLAN_COLUMN + n, 2 + UC_FIELDS.length); c++) sheet.getColumn(c).width = 22;
  let r = first + rows.length + 1;
  bold(sheet, r, 'Use cases a scenario changes (multipliers × the plan’s figure; months replace it)');
  headerRow(sheet, r + 1, ['Scenario', 'Use case', ...UC_FIELDS.map(([label]) => label)]);
  r += 2;
  const names = new Map(model.rows.map((x) => [x.useCase.id, x.useCase.name]));
  const own: OwnFactorCells = { entries: new Map(), columns: { pilotCostFactor: 3, lastMileCostFactor: 4, runCostFactor: 5, benefitFactor: 6 }, scenarios };
  scenarios.forEach((s, k) => {
    for (const [id, o] of Object.entries(s.useCases)) {
      const row = sheet.getRow(r);
      own.entries.set(id, [...(own.entries.get(id) ?? []), [k + 1, r]]);
      r++;
      writeCell(row.getCell(1), s.name);
      writeCell(row.getCell(2), names.get(id) ?? id);
      UC_FIELDS.forEach(([, key], i) => writeCell(row.getCell(3 + i), o[key], key.endsWith('Factor') ? f.decimal : f.integer));
    }
  });
  const factor = writeFactorTable(sheet, SCENARIOS_SHEET, model, r + 1, wide, own, f);
  printSetup(sheet, { format: model.present.format, pagesWide: Math.max(1, Math.ceil((PLAN_COLUMN + n) / 6)), titleColumns: 'A:A', footer: model.workspace.name });
  return { rate: inForceCell(SCENARIOS_SHEET, rowOf.get(RERUN_INPUTS.discountRate) as number), factor };
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
