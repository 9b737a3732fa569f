/**
 * The scenario re-run of the workbook (docs/scenarios.md, "In the workbook"): one input cell, named ScenarioShown on the
 * Scenarios sheet (0 = the plan, 1 … n = the scenarios in the sheet's column order, a drop-down list), drives every
 * deterministic formula. The rate and the workspace-wide factors in force are picked from the scenario's column with
 * INDEX (a blank cell keeps the plan's); each use case's factors in force (the assumption's factor × its own, as
 * shared/scenarios/applyScenario.ts multiplies them) sit in one table the Cash flows sheet reads: every month still to
 * come is the plan's figure × the factor in force (the run cost: × the run factor, its model/API part × the token
 * factor too), so NPV, expected NPV and payback on the Ranked sheet follow. With 0 every factor is exactly 1 and every
 * formula gives the app's figures. Durations and start months are not re-run (the monthly schedule is laid out by the
 * app); the funded set stays the plan's (a spreadsheet does not re-optimise it).
 */
import type { Worksheet } from 'exceljs';
import type { Scenario, ScenarioUseCase } from '@shared/domain';
import type { ExportModel } from '@shared/export/exportModel';
import { address, sheetCell, writeCell, type WorkbookFormats } from './xlsxCells';

export const SCENARIOS_SHEET = 'Scenarios';
/** Defined name of the "Scenario shown" input cell. */
export const SCENARIO_SHOWN_NAME = 'ScenarioShown';
/** Defined name of the plan's own annual discount rate (Assumptions) when the workbook carries scenarios. */
export const PLAN_DISCOUNT_RATE_NAME = 'PlanDiscountRate';
export const SCENARIO_SHOWN_LABEL = 'Scenario shown (0 = the plan; 1, 2, … = the scenarios below, in column order)';
export const FACTORS_TITLE = 'Multipliers in force for each use case (the scenario shown): the Cash flows sheet multiplies the plan’s monthly figures by these';
export const DURATIONS_NOT_RERUN = 'Durations of this scenario are not re-run here';
export const FUNDED_SET_NOTE =
  'The funded set shown (the Funding column of the Ranked sheet; its totals add up that set) is the plan’s: a spreadsheet does not re-optimise it. The investment columns of the Ranked sheet, the Summary and the Simulation keep the plan’s figures, and the Options sheet the app’s funded set of each scenario chosen for the board pack, as values.';

/** Columns of the table of factors in force, after the use case's name in column A. */
export const FACTOR_COLUMNS = {
  pilot: ['Pilot cost ×', 2],
  lastMile: ['Last-mile cost ×', 3],
  run: ['Run cost × (seats, infrastructure, support)', 4],
  tokens: ['Model/API cost × (price per 1K tokens)', 5],
  benefit: ['Benefit ×', 6],
} as const;
export type FactorKind = keyof typeof FACTOR_COLUMNS;
/** Column saying which scenarios change the use case's months (not re-run). */
const MONTHS_COLUMN = 7;

/** Where the Cash flows formulas find a use case's factor in force: a sheet-qualified absolute cell. */
export type FactorCells = (useCaseId: string, kind: FactorKind) => string;

/** The "Scenario shown" cell at (row, 2) with its drop-down list of 0 … n; returns nothing. */
export function writeScenarioShown(sheet: Worksheet, row: number, count: number): void {
  writeCell(sheet.getCell(row, 1), SCENARIO_SHOWN_LABEL);
  sheet.getCell(row, 1).font = { bold: true };
  const cell = sheet.getCell(row, 2);
  cell.value = 0;
  // A style of its own (not a shared frozen one): bold on a light fill, so the input stands out.
  cell.style = { numFmt: '0', font: { bold: true }, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } } };
  cell.name = SCENARIO_SHOWN_NAME;
  cell.dataValidation = {
    type: 'list',
    allowBlank: false,
    formulae: [`"${Array.from({ length: count + 1 }, (_, i) => i).join(',')}"`],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: 'Scenario shown',
    error: `Choose 0 for the plan, or 1 to ${count} for a scenario.`,
    showInputMessage: true,
    promptTitle: 'Scenario shown',
    prompt: `0 = the plan; 1 to ${count} = the scenarios in the order of the columns below.`,
  };
}

/**
 * The figure in force of one input row whose plan's figure is in column `planColumn` and the scenarios' in the `count`
 * columns after it: the plan's when 0 is shown or the scenario leaves the cell blank.
 */
export function inForceFormula(row: number, planColumn: number, count: number): string {
  const plan = address(planColumn, row);
  const range = `${address(planColumn + 1, row)}:${address(planColumn + count, row)}`;
  const pick = `INDEX(${range},${SCENARIO_SHOWN_NAME})`;
  return `IF(${SCENARIO_SHOWN_NAME}=0,${plan},IF(ISNUMBER(${pick}),${pick},${plan}))`;
}

/** Which scenarios (1-based, in the sheet's order) change a use case's durations or start: they are not re-run here. */
export function durationScenarios(scenarios: readonly Scenario[]): Map<number, number> {
  const out = new Map<number, number>();
  scenarios.forEach((s, k) => {
    const n = Object.values(s.useCases).filter((o) => o.pilotMonths !== null || o.lastMileMonths !== null || o.startMonth !== null).length;
    if (n > 0) out.set(k + 1, n);
  });
  return out;
}

type OwnKey = keyof Pick<ScenarioUseCase, 'pilotCostFactor' | 'lastMileCostFactor' | 'runCostFactor' | 'benefitFactor'>;

/** Where each scenario's own factors of a use case are written: the row of the list of use-case overrides, and the column per factor. */
export interface OwnFactorCells {
  /** Per use case id: [scenario number (1-based), row] of each override entry. */
  entries: Map<string, Array<[number, number]>>;
  /** The column of each own factor in that list. */
  columns: Record<OwnKey, number>;
  scenarios: readonly Scenario[];
}

/** The use case's own factor in force: the list's cell of the scenario shown, 1 where none is set. */
function ownFactor(id: string, key: OwnKey, own: OwnFactorCells): string | null {
  const set = (own.entries.get(id) ?? []).filter(([k]) => {
    const o = own.scenarios[k - 1]?.useCases[id];
    return o !== undefined && o[key] !== null;
  });
  if (set.length === 0) return null;
  const col = own.columns[key];
  return set.reduceRight((rest, [k, row]) => `IF(${SCENARIO_SHOWN_NAME}=${k},IF(ISNUMBER(${address(col, row)}),${address(col, row)},1),${rest})`, '1');
}

/**
 * The table of factors in force, one row per use case (rank order) from `first`; `wide` gives the in-force cells of the
 * token-price, adoption and last-mile factors. Returns where each factor is, for the Cash flows formulas.
 */
export function writeFactorTable(sheet: Worksheet, sheetName: string, model: ExportModel, first: number, wide: { tokens: string; adoption: string; lastMile: string }, own: OwnFactorCells, f: WorkbookFormats): FactorCells {
  const title = sheet.getCell(first, 1);
  writeCell(title, FACTORS_TITLE);
  title.font = { bold: true };
  const header = sheet.getRow(first + 1);
  writeCell(header.getCell(1), 'Use case');
  for (const [label, col] of Object.values(FACTOR_COLUMNS)) writeCell(header.getCell(col), label);
  writeCell(header.getCell(MONTHS_COLUMN), 'Durations and start month');
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };
  const rows = new Map<string, number>();
  const times = (a: string, b: string | null): string => (b === null ? a : `${a}*${b}`);
  model.rows.forEach((r, i) => {
    const row = first + 2 + i;
    const id = r.useCase.id;
    rows.set(id, row);
    writeCell(sheet.getCell(row, 1), r.useCase.name);
    const ownRun = ownFactor(id, 'runCostFactor', own);
    const formulas: Record<FactorKind, string | null> = {
      pilot: ownFactor(id, 'pilotCostFactor', own),
      lastMile: times(wide.lastMile, ownFactor(id, 'lastMileCostFactor', own)),
      run: ownRun,
      tokens: times(wide.tokens, ownRun),
      benefit: times(wide.adoption, ownFactor(id, 'benefitFactor', own)),
    };
    for (const [kind, [, col]] of Object.entries(FACTOR_COLUMNS) as [FactorKind, (typeof FACTOR_COLUMNS)[FactorKind]][]) {
      const formula = formulas[kind];
      // With the plan shown every factor is exactly 1.
      writeCell(sheet.getCell(row, col), formula === null ? 1 : { formula, result: 1 }, f.decimal);
    }
    const moved = own.scenarios.flatMap((s, k) => {
      const o = s.useCases[id];
      return o && (o.pilotMonths !== null || o.lastMileMonths !== null || o.startMonth !== null) ? [k + 1] : [];
    });
    if (moved.length > 0) writeCell(sheet.getCell(row, MONTHS_COLUMN), `Not re-run here: the plan’s months stay in scenario ${moved.join(', ')}`);
  });
  return (id, kind) => sheetCell(sheetName, FACTOR_COLUMNS[kind][1], rows.get(id) ?? first + 2);
}

/** The in-force cell of an input row, sheet-qualified and absolute ('Scenarios'!$B$9). */
export function inForceCell(sheetName: string, row: number): string {
  return sheetCell(sheetName, 2, row);
}
