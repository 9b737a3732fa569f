/**
 * The workbook under uncertainty: the simulation's results as values with the seed and trials, every scenario's
 * overrides as cells beside the plan's figures, and the options chosen for the pack side by side, whose funded-set totals
 * are live SUMIF formulas that recalculate to the app's figures.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as ExcelJS from 'exceljs';
import { blankScenarioInput, type Scenario } from '@shared/domain';
import { withBoardExtras } from '@shared/export/boardExtras';
import type { ExportModel } from '@shared/export/exportModel';
import { workbookXlsx } from '@renderer/export/workbookXlsx';
import { DURATIONS_LABEL, IN_FORCE_HEADER, OPTIONS_SHEET, SCENARIOS_SHEET } from '@renderer/export/xlsxScenarios';
import { DURATIONS_NOT_RERUN, FUNDED_SET_NOTE, SCENARIO_SHOWN_LABEL, SCENARIO_SHOWN_NAME } from '@renderer/export/xlsxScenarioDriver';
import { SIMULATION_SHEET } from '@renderer/export/xlsxSimulation';
import { exportModelOf, fixedBundle, WS_ID } from './fixtures';
import { FormulaEvaluator } from './formulaEvaluator';
import { cachedFormulaCells } from './xlsxCellValues';

const GENERATED = '2027-02-01T09:30:00.000Z';
const make = (id: string, name: string, change: (s: Scenario) => void): Scenario => {
  const s: Scenario = { ...blankScenarioInput(name), id, workspaceId: WS_ID, createdAt: GENERATED, updatedAt: GENERATED };
  change(s);
  return s;
};
const scenarios = [
  make('sc-half', 'Half the budget', (s) => (s.plan.budget = 300_000)),
  make('sc-rate', 'Dearer money', (s) => {
    s.assumptions.discountRate = 0.14;
    s.useCases['uc-claims'] = { pilotCostFactor: 1.5, lastMileCostFactor: null, runCostFactor: null, benefitFactor: 0.7, pilotMonths: null, lastMileMonths: 9, startMonth: null };
  }),
  make('sc-unchosen', 'Not in the pack', (s) => (s.assumptions.adoptionFactor = 0.5)),
];
let model: ExportModel;
let workbook: ExcelJS.Workbook;
let bytes: Uint8Array;

beforeAll(async () => {
  const bundle = { ...fixedBundle(), scenarios };
  model = withBoardExtras(exportModelOf({ bundle, generatedAt: GENERATED }), bundle, ['sc-half', 'sc-rate']);
  bytes = await workbookXlsx(model);
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
});

/** Column values of the row whose first cell is `label`. */
function rowOf(sheet: ExcelJS.Worksheet, label: string): unknown[] {
  let found: unknown[] = [];
  sheet.eachRow((row) => {
    if (row.getCell(1).value === label) found = (row.values as unknown[]).slice(2);
  });
  return found;
}

describe('Excel workbook: simulation, scenarios and options', () => {
  it('adds the Simulation, Options and Scenarios sheets after the Ranked sheet', () => {
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Summary', 'Ranked', SIMULATION_SHEET, OPTIONS_SHEET, SCENARIOS_SHEET, 'Problems', 'Use cases', 'Cash flows', 'Assumptions', 'Record ids']);
  });

  it('states the seed and trials beside the simulated figures, as values in order P10 ≤ P50 ≤ P90', () => {
    const sheet = workbook.getWorksheet(SIMULATION_SHEET)!;
    const risk = model.risk!;
    expect(rowOf(sheet, 'Seed')[0]).toBe(risk.seed);
    expect(rowOf(sheet, 'Trials')[0]).toBe(risk.trials);
    const [p10, p50, p90] = ['P10', 'P50', 'P90'].map((k) => rowOf(sheet, `Funded set NPV: ${k}`)[0] as number);
    expect([p10, p50, p90]).toEqual([risk.funded.p10, risk.funded.p50, risk.funded.p90]);
    expect(p10).toBeLessThanOrEqual(p50!);
    expect(p50).toBeLessThanOrEqual(p90!);
    // Every use case in rank order with its percentiles.
    const funded = model.rows.find((r) => r.funded)!;
    let caseRow: unknown[] = [];
    sheet.eachRow((row) => {
      if (row.getCell(2).value === funded.useCase.name) caseRow = (row.values as unknown[]).slice(1);
    });
    const o = risk.cases.get(funded.useCase.id)!;
    expect(caseRow.slice(4, 7)).toEqual([o.p10, o.p50, o.p90]);
  });

  it('writes every scenario’s overrides as cells beside the plan’s figures, blank where the plan’s own holds', () => {
    const sheet = workbook.getWorksheet(SCENARIOS_SHEET)!;
    expect(rowOf(sheet, 'Input')).toEqual([IN_FORCE_HEADER, 'Plan', 'Half the budget', 'Dearer money', 'Not in the pack']);
    expect(rowOf(sheet, 'Budget')).toEqual([undefined, 600_000, 300_000]);
    const rate = rowOf(sheet, 'Annual discount rate');
    // In force and the plan's are live (the plan's follows PlanDiscountRate on the Assumptions sheet).
    expect([(rate[0] as { result: number }).result, (rate[1] as { result: number }).result, rate[2], rate[3]]).toEqual([model.workspace.discountRate, model.workspace.discountRate, undefined, 0.14]);
    expect(rowOf(sheet, 'Adoption multiplier (× every benefit)').slice(1)).toEqual([1, undefined, undefined, 0.5]);
    // The scenario that changes a use case's months says its durations are not re-run; the others leave the row blank.
    const durations = rowOf(sheet, DURATIONS_LABEL);
    expect([durations[2], durations[4]]).toEqual([undefined, undefined]);
    expect(String(durations[3])).toContain(DURATIONS_NOT_RERUN);
    const shown = rowOf(sheet, SCENARIO_SHOWN_LABEL);
    expect(shown[0]).toBe(0);
    let validation: unknown;
    sheet.eachRow((row) => row.eachCell((cell) => (cell.names.includes(SCENARIO_SHOWN_NAME) ? (validation = cell.dataValidation) : undefined)));
    expect(validation).toMatchObject({ type: 'list', formulae: ['"0,1,2,3"'] });
    const texts: string[] = [];
    sheet.eachRow((row) => texts.push(String(row.getCell(1).value)));
    expect(texts).toContain(FUNDED_SET_NOTE);
    // The table of factors in force: the use case whose last mile the second scenario lengthens says its months stay.
    const claimsName = model.rows.find((r) => r.useCase.id === 'uc-claims')!.useCase.name;
    expect(rowOf(sheet, claimsName)[5]).toBe('Not re-run here: the plan’s months stay in scenario 2');
    const claims = rowOf(sheet, 'Dearer money');
    // The scenario's own figures for one use case: pilot cost × 1.5, benefit × 0.7, a 9-month last mile.
    expect(claims).toEqual([model.rows.find((r) => r.useCase.id === 'uc-claims')!.useCase.name, 1.5, undefined, undefined, 0.7, undefined, 9]);
  });

  it('sets the chosen options side by side; the funded sets’ totals recalculate to the app’s figures', async () => {
    const sheet = workbook.getWorksheet(OPTIONS_SHEET)!;
    const cols = model.options!.comparison.columns;
    expect(cols.map((c) => c.name)).toEqual(['Base plan', 'Half the budget', 'Dearer money']);
    expect(rowOf(sheet, 'Expected NPV')).toEqual(cols.map((c) => c.expectedNpv));
    const evaluator = new FormulaEvaluator(workbook);
    const sums = [...(await cachedFormulaCells(bytes)).values()].filter((c) => c.sheet === OPTIONS_SHEET && c.formula.startsWith('SUMIF'));
    expect(sums).toHaveLength(2 * cols.length);
    const npvSums = sums.filter((_, i) => i % 2 === 0);
    const investmentSums = sums.filter((_, i) => i % 2 === 1);
    npvSums.forEach((c, i) => {
      expect(c.value as number).toBeCloseTo(cols[i]!.expectedNpv, 4);
      expect(evaluator.evaluate(OPTIONS_SHEET, c.formula) as number).toBeCloseTo(cols[i]!.expectedNpv, 4);
    });
    investmentSums.forEach((c, i) => expect(evaluator.evaluate(OPTIONS_SHEET, c.formula) as number).toBeCloseTo(cols[i]!.investment, 4));
  });

  it('leaves the three sheets out when the export carries no simulation and no scenarios', async () => {
    const plain = new ExcelJS.Workbook();
    await plain.xlsx.load((await workbookXlsx(exportModelOf({ bundle: fixedBundle(), generatedAt: GENERATED }))).slice().buffer);
    expect(plain.worksheets.map((w) => w.name)).toEqual(['Summary', 'Ranked', 'Problems', 'Use cases', 'Cash flows', 'Assumptions', 'Record ids']);
  });
});
