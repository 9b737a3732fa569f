/**
 * Every formula cell of the workbook, recalculated by real spreadsheets, equals the app's figure: by the test-side
 * evaluator (always), and by LibreOffice headless (when `soffice` is installed; scripts/setup.sh installs it).
 * Generated workspaces of 50–100 use cases include starts after the horizon, all-zero cases, exact break-even and
 * break-even within floating-point dust.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as ExcelJS from 'exceljs';
import { blankScenarioInput, type Scenario } from '@shared/domain';
import { withBoardExtras } from '@shared/export/boardExtras';
import type { ExportModel } from '@shared/export/exportModel';
import { workbookXlsx } from '@renderer/export/workbookXlsx';
import { RANKED_HEADERS, RANKED_SHEET } from '@renderer/export/xlsxRanked';
import { exportModelOf, fixedBundle } from './fixtures';
import { FormulaEvaluator, type Scalar } from './formulaEvaluator';
import { EDGE_CASES, generatedBundle } from './generatedBundle';
import { recalculateWithLibreOffice, sofficePath } from './libreOffice';
import { cachedFormulaCells, type CachedFormulaCell } from './xlsxCellValues';

const GENERATED_AT = '2027-02-01T09:30:00.000Z';

interface Case {
  model: ExportModel;
  bytes: Uint8Array;
  workbook: ExcelJS.Workbook;
  /** Every formula cell with its cached result: the app's figure. */
  cells: CachedFormulaCell[];
}

const cases: Record<string, Case> = {};

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer);
  return wb;
}

beforeAll(async () => {
  const bundles = {
    fixed: fixedBundle(),
    gen50: generatedBundle(50, 11),
    gen75: generatedBundle(75, 29, 60),
    gen100: generatedBundle(100, 47, 120),
  };
  for (const [name, plain] of Object.entries(bundles)) {
    // Two scenarios chosen for the pack and the simulation: the Options sheet's formulas recalculate too, and the
    // formula sheets of the plan stay as they were.
    const scenario = (id: string, change: (s: Scenario) => void): Scenario => {
      const s: Scenario = { ...blankScenarioInput(`Scenario ${id}`), id, workspaceId: plain.workspace.id, createdAt: GENERATED_AT, updatedAt: GENERATED_AT };
      change(s);
      return s;
    };
    const budget = (plain.plan?.budget ?? 1_000_000) * 0.6;
    const scenarios = [scenario('lean', (s) => (s.plan.budget = budget)), scenario('slow', (s) => (s.assumptions.adoptionFactor = 0.8))];
    const bundle = { ...plain, scenarios };
    const model = withBoardExtras(exportModelOf({ bundle, generatedAt: GENERATED_AT }), bundle, ['lean', 'slow']);
    const bytes = await workbookXlsx(model);
    cases[name] = { model, bytes, workbook: await load(bytes), cells: [...(await cachedFormulaCells(bytes)).values()] };
  }
}, 120_000);

/** Same figure: text exactly; numbers to 1e-9 of their size (a cent of a billion), or 1e-6 absolute near 0. */
function same(actual: Scalar, expected: Scalar): boolean {
  if (typeof expected === 'number' && typeof actual === 'number') return Math.abs(actual - expected) <= Math.max(1e-6, 1e-9 * Math.abs(expected));
  return actual === expected;
}

const describeRow = (c: CachedFormulaCell, actual: Scalar) => `${c.sheet}!${c.ref} ${c.formula}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(c.value)}`;

describe('Workbook formulas recalculate to the app figures (test-side evaluator)', () => {
  it('gives 0 differing formula cells in the fixed and the generated workspaces', () => {
    for (const [name, { workbook, cells }] of Object.entries(cases)) {
      const evaluator = new FormulaEvaluator(workbook);
      const diffs = cells.map((c) => [c, evaluator.evaluate(c.sheet, c.formula)] as const).filter(([c, v]) => !same(v, c.value));
      expect([name, cells.length > 100, diffs.slice(0, 5).map(([c, v]) => describeRow(c, v))]).toEqual([name, true, []]);
    }
  });

  it('caches exactly the app figures for NPV, expected NPV and payback, including every edge case', () => {
    for (const { model, workbook, cells } of Object.values(cases)) {
      const sheet = workbook.getWorksheet(RANKED_SHEET)!;
      const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
      const byRef = new Map(cells.filter((c) => c.sheet === RANKED_SHEET).map((c) => [c.ref, c.value]));
      const col = (h: string) => headers.indexOf(h) + 1;
      model.rows.forEach((row, i) => {
        const result = (h: string) => byRef.get(sheet.getCell(i + 2, col(h)).address);
        expect(result(RANKED_HEADERS.npv)).toBe(row.metrics.npv);
        const m = row.metrics.paybackMonth;
        expect([row.useCase.name, result(RANKED_HEADERS.paybackMonth)]).toEqual([row.useCase.name, m !== null && m > 0 ? m : model.present.payback(m)]);
      });
    }
    const gen = cases.gen50!.model;
    const payback = (prefix: string) => gen.rows.find((r) => r.useCase.name.startsWith(prefix))!.metrics.paybackMonth;
    expect(Object.keys(EDGE_CASES).map((k) => [k, payback(k) === undefined])).toEqual(Object.keys(EDGE_CASES).map((k) => [k, false]));
    expect(payback('exact break-even')).toBe(6);
    expect(payback('break-even within dust')).toBe(8);
    expect(payback('misses by a dollar')).toBe(7);
    expect(payback('all zero')).toBeNull();
    expect(payback('starts after the horizon')).toBeNull();
    expect(payback('nothing at risk')).toBe(0);
  });
});

const soffice = sofficePath();
if (!soffice) console.warn('LibreOffice (soffice) is not installed: skipping the recalculation of the workbook in LibreOffice. scripts/setup.sh installs it.');

describe.skipIf(!soffice)('Workbook formulas recalculate to the app figures in LibreOffice', () => {
  it('gives 0 differing formula cells after LibreOffice recalculates every formula on load', async () => {
    const recalculated = await recalculateWithLibreOffice(soffice as string, Object.fromEntries(Object.entries(cases).map(([n, c]) => [n, c.bytes])));
    for (const [name, { cells }] of Object.entries(cases)) {
      const lo = await cachedFormulaCells(recalculated[name] as Uint8Array);
      const diffs = cells.map((c) => [c, lo.get(`${c.sheet}!${c.ref}`)?.value ?? { error: 'not a formula after LibreOffice' }] as const).filter(([c, v]) => !same(v, c.value));
      expect([name, cells.length > 100, diffs.length, diffs.slice(0, 5).map(([c, v]) => describeRow(c, v))]).toEqual([name, true, 0, []]);
    }
  }, 240_000);
});
