/**
 * The workbook re-runs a scenario's deterministic case: set "Scenario shown" (ScenarioShown on the Scenarios sheet) to a
 * scenario's number, recalculate (the test-side evaluator, and LibreOffice with the cell written into the file), and
 * each use case's cash flows, NPV, expected NPV and payback equal the app's figures under applyScenario for that
 * scenario, within a cent; with 0 every formula gives the app's base figures (0 differing cells). Use cases whose
 * durations a scenario changes are left out of the comparison: durations are not re-run, and the sheet says so.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { buildDemoWorkspace } from '@shared/demo';
import { blankScenarioInput, type ActualMonth, type Scenario, type ScenarioUseCase, type UseCase } from '@shared/domain';
import type { ExportModel, ExportRow } from '@shared/export/exportModel';
import type { WorkspaceBundle } from '@shared/export/workspaceFile';
import { defaultPortfolioPlan } from '@shared/portfolio/plan';
import { exportToday, NOT_ASSESSED, showsLife } from '@shared/presentation';
import { applyScenario } from '@shared/scenarios';
import { workbookXlsx } from '@renderer/export/workbookXlsx';
import { CASH_FLOWS_SHEET, cashFlowLayout, FIRST_MONTH_COLUMN } from '@renderer/export/xlsxCashFlows';
import { rankedHeaders, RANKED_SHEET } from '@renderer/export/xlsxRanked';
import { SCENARIO_SHOWN_NAME, SCENARIOS_SHEET } from '@renderer/export/xlsxScenarioDriver';
import { exportModelOf, fixedBundle, INJECTION_TITLE } from './fixtures';
import { FormulaEvaluator, type Scalar } from './formulaEvaluator';
import { generatedBundle } from './generatedBundle';
import { recalculateWithLibreOffice, sofficePath } from './libreOffice';
import { cachedFormulaCells, type CachedFormulaCell } from './xlsxCellValues';

const AT = '2027-02-01T09:30:00.000Z';
const TODAY = '2027-10';

const own = (over: Partial<ScenarioUseCase>): ScenarioUseCase => ({ pilotCostFactor: null, lastMileCostFactor: null, runCostFactor: null, benefitFactor: null, pilotMonths: null, lastMileMonths: null, startMonth: null, ...over });
const make = (workspaceId: string, id: string, change: (s: Scenario) => void): Scenario => {
  const s: Scenario = { ...blankScenarioInput(`Scenario ${id}`), id, workspaceId, createdAt: AT, updatedAt: AT };
  change(s);
  return s;
};

/** Scenarios that move every kind of input the workbook re-runs, and one that changes only durations and the plan. */
function scenariosFor(bundle: WorkspaceBundle, ids: readonly string[]): Scenario[] {
  const [a, b, c] = ids;
  const ws = bundle.workspace.id;
  return [
    make(ws, 'wide', (s) => Object.assign(s.assumptions, { discountRate: 0.14, tokenPriceFactor: 1.5, adoptionFactor: 0.8, lastMileFactor: 1.3 })),
    make(ws, 'own', (s) => {
      s.assumptions.tokenPriceFactor = 2;
      s.assumptions.lastMileFactor = 0.75;
      if (a) s.useCases[a] = own({ pilotCostFactor: 1.2, lastMileCostFactor: 0.9, runCostFactor: 0.5, benefitFactor: 1.1 });
      if (b) s.useCases[b] = own({ runCostFactor: 3, benefitFactor: 0 });
    }),
    make(ws, 'months', (s) => {
      s.assumptions.adoptionFactor = 0.9;
      s.plan.budget = 100_000;
      if (c) s.useCases[c] = own({ pilotMonths: 7, benefitFactor: 2 });
      if (a) s.useCases[a] = own({ pilotCostFactor: 0.5 });
    }),
    // A name that tries formula injection: written as text, never a formula.
    make(ws, 'plan only', (s) => Object.assign(s, { name: INJECTION_TITLE, plan: { ...s.plan, budget: 50_000 } })),
  ];
}

const actual = (month: string, over: Partial<ActualMonth>): ActualMonth => ({ month, pilot: 0, lastMile: 0, lastMileByCategory: null, run: 0, benefit: 0, ...over });
const change = (stage: UseCase['lifecycle']['history'][number]['stage'], month: string) => ({ stage, month, at: `${month}-15T09:00:00.000Z`, by: 'CFO', note: '', evidence: null });

/** The fixed workspace under way at plan month 10: actuals in the past months stay as they were in every scenario. */
function livingBundle(): WorkspaceBundle {
  const b = fixedBundle();
  const docs = b.useCases.find((u) => u.id === 'uc-docs')!;
  docs.lifecycle = { history: [change('pilot', '2027-01'), change('pilot-succeeded', '2027-04'), change('last-mile', '2027-05')], decisions: [] };
  docs.actuals = [...['2027-01', '2027-02', '2027-03', '2027-04'].map((m) => actual(m, { pilot: 19_000 })), ...['2027-05', '2027-06'].map((m) => actual(m, { lastMile: 45_500 }))];
  return b;
}

function demoBundle(): WorkspaceBundle {
  let n = 0;
  const demo = buildDemoWorkspace({ newId: () => `d-${++n}`, nowIso: '2027-10-04T09:00:00.000Z', todayMonth: TODAY });
  return { ...demo, plan: defaultPortfolioPlan(1_500_000) };
}

interface Case {
  bundle: WorkspaceBundle;
  todayMonth?: string;
  model: ExportModel;
  bytes: Uint8Array;
  workbook: ExcelJS.Workbook;
  cells: CachedFormulaCell[];
  /** The app's rows under each scenario (index 0 = scenario 1), by use case id. */
  apps: Map<string, ExportRow>[];
}
const cases: Record<string, Case> = {};

beforeAll(async () => {
  const inputs: Record<string, { bundle: WorkspaceBundle; todayMonth?: string }> = {
    fixed: { bundle: fixedBundle() },
    living: { bundle: livingBundle(), todayMonth: TODAY },
    demo: { bundle: demoBundle(), todayMonth: TODAY },
    gen50: { bundle: generatedBundle(50, 11) },
  };
  for (const [name, { bundle: plain, todayMonth }] of Object.entries(inputs)) {
    const ids = [...plain.useCases].sort((x, y) => x.id.localeCompare(y.id)).map((u) => u.id);
    const pick = name === 'fixed' || name === 'living' ? ['uc-docs', 'uc-claims', 'uc-churn'] : [ids[1]!, ids[2]!, ids[3]!];
    const scenarios = [...(plain.scenarios ?? []), ...scenariosFor(plain, pick)];
    const bundle = { ...plain, scenarios };
    const model = { ...exportModelOf({ bundle, generatedAt: AT, todayMonth }), scenarios };
    const bytes = await workbookXlsx(model);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.slice().buffer);
    const apps = scenarios.map((s) => {
      const view = applyScenario(bundle.workspace, model.plan, bundle.useCases, s);
      const under = exportModelOf({ bundle: { ...bundle, workspace: view.workspace, useCases: [...view.useCases], plan: view.plan }, generatedAt: AT, todayMonth });
      return new Map(under.rows.map((r) => [r.useCase.id, r]));
    });
    cases[name] = { bundle, todayMonth, model, bytes, workbook, cells: [...(await cachedFormulaCells(bytes)).values()], apps };
  }
}, 180_000);

function same(actual: Scalar, expected: Scalar): boolean {
  if (typeof expected === 'number' && typeof actual === 'number') return Math.abs(actual - expected) <= Math.max(1e-6, 1e-9 * Math.abs(expected));
  return actual === expected;
}

/** 'Scenarios!B3': the Scenario shown cell. */
function shownCell(workbook: ExcelJS.Workbook): string {
  const target = workbook.definedNames.getRanges(SCENARIO_SHOWN_NAME).ranges[0] ?? '';
  return target.replace(/\$/g, '').replace(/^'?([^'!]+)'?!/, '$1!');
}

/** Scenarios whose duration or start overrides leave a use case out of the re-run. */
const durationsChanged = (s: Scenario, id: string) => {
  const o = s.useCases[id];
  return o !== undefined && (o.pilotMonths !== null || o.lastMileMonths !== null || o.startMonth !== null);
};

interface Figure {
  where: string;
  actual: Scalar;
  expected: Scalar;
}

/** Each use case's re-run figures against the app's under scenario `k` (1-based), read through `value(sheet, ref)`. */
function figures(c: Case, k: number, value: (sheet: string, ref: string) => Scalar): Figure[] {
  const { model, workbook } = c;
  const scenario = model.scenarios![k - 1]!;
  const today = exportToday(model);
  const H = rankedHeaders(model.present, today, showsLife(model.rows, today));
  const ranked = workbook.getWorksheet(RANKED_SHEET)!;
  const cash = workbook.getWorksheet(CASH_FLOWS_SHEET)!;
  const headers = (ranked.getRow(1).values as unknown[]).slice(1).map(String);
  const layout = cashFlowLayout(model);
  const out: Figure[] = [];
  model.rows.forEach((row, i) => {
    const id = row.useCase.id;
    if (durationsChanged(scenario, id)) return;
    const app = c.apps[k - 1]!.get(id)!;
    const at = (header: string) => ranked.getCell(i + 2, headers.indexOf(header) + 1).address;
    const push = (what: string, sheet: string, ref: string, expected: Scalar) => out.push({ where: `${row.useCase.name} ${what} (${sheet}!${ref})`, actual: value(sheet, ref), expected });
    push('NPV', RANKED_SHEET, at(H.npv), app.metrics.npv);
    push('expected NPV', RANKED_SHEET, at(H.expectedNpv), app.metrics.expectedNpv ?? NOT_ASSESSED);
    const m = app.metrics.paybackMonth;
    push('payback month', RANKED_SHEET, at(H.paybackMonth), m !== null && m > 0 ? m : model.present.payback(m));
    if (headers.includes(H.wholeNpv)) push('whole-life NPV', RANKED_SHEET, at(H.wholeNpv), app.metrics.living.wholeLife.npv);
    const rows = layout.get(id)!;
    for (let month = 0; month < model.workspace.horizonMonths; month++) {
      const ref = cash.getCell(rows.net, FIRST_MONTH_COLUMN + month).address;
      push(`net cash, plan month ${month + 1}`, CASH_FLOWS_SHEET, ref, app.schedule.net[month] ?? 0);
    }
  });
  return out;
}

/** Within a cent for money; payback months and words exactly. */
const withinACent = (f: Figure) => (typeof f.expected === 'number' && typeof f.actual === 'number' ? Math.abs(f.actual - f.expected) <= 0.01 : f.actual === f.expected);
const describeFigure = (f: Figure) => `${f.where}: ${JSON.stringify(f.actual)} ≠ ${JSON.stringify(f.expected)}`;

describe('Workbook: "Scenario shown" re-runs a scenario’s deterministic case', () => {
  it('gives the app’s base figures in every formula cell with 0 shown (the plan)', () => {
    for (const [name, { workbook, cells }] of Object.entries(cases)) {
      const evaluator = new FormulaEvaluator(workbook);
      const diffs = cells.filter((c) => !same(evaluator.evaluate(c.sheet, c.formula), c.value));
      expect([name, cells.length > 100, diffs.slice(0, 5).map((c) => `${c.sheet}!${c.ref} ${c.formula}`)]).toEqual([name, true, []]);
    }
  });

  it('gives each use case’s cash flows, NPV, expected NPV and payback under every scenario as the app does (test-side evaluator)', () => {
    for (const [name, c] of Object.entries(cases)) {
      const shown = shownCell(c.workbook);
      expect(shown).toBe(`${SCENARIOS_SHEET}!B3`);
      c.model.scenarios!.forEach((s, i) => {
        const evaluator = new FormulaEvaluator(c.workbook, { [shown]: i + 1 });
        const all = figures(c, i + 1, (sheet, ref) => evaluator.cell(sheet, ref));
        const wrong = all.filter((f) => !withinACent(f));
        expect([name, s.name, all.length > 0, wrong.length, wrong.slice(0, 5).map(describeFigure)]).toEqual([name, s.name, true, 0, []]);
        // The Ranked sheet names the case its live figures show.
        const marker = c.cells.find((cell) => cell.sheet === RANKED_SHEET && cell.formula === SCENARIO_SHOWN_NAME)!;
        expect(evaluator.evaluate(RANKED_SHEET, marker.formula)).toBe(i + 1);
      });
    }
  });

  it('keeps scenario names as neutralised text: no formula carries user text', async () => {
    const c = cases.fixed!;
    const sheet = c.workbook.getWorksheet(SCENARIOS_SHEET)!;
    const headers: unknown[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => (cell.value === `'${INJECTION_TITLE}` ? headers.push(cell.address) : undefined)));
    expect(headers.length).toBeGreaterThan(0);
    for (const cell of c.cells) expect(cell.formula).not.toMatch(/HYPERLINK|evil/);
    const zip = await JSZip.loadAsync(c.bytes);
    for (const file of Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f))) expect(await zip.file(file)!.async('string')).not.toContain('HYPERLINK');
  });

  it('moves the figures: a scenario that changes the factors gives NPVs other than the plan’s', () => {
    const c = cases.fixed!;
    const evaluator = new FormulaEvaluator(c.workbook, { [shownCell(c.workbook)]: 1 });
    const moved = figures(c, 1, (sheet, ref) => evaluator.cell(sheet, ref)).filter((f) => f.where.includes(' NPV (') && Math.abs((f.actual as number) - (c.model.rows.find((r) => f.where.startsWith(r.useCase.name))!.metrics.npv)) > 1);
    expect(moved.length).toBeGreaterThan(0);
  });
});

/** The workbook with `value` written into the Scenario shown cell (the sheet's XML, nothing else touched). */
async function withShown(c: Case, value: number): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(c.bytes);
  const workbookXml = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const rid = new RegExp(`<sheet\\b[^>]*name="${SCENARIOS_SHEET}"[^>]*r:id="([^"]+)"`).exec(workbookXml)?.[1];
  const target = new RegExp(`<Relationship\\b[^>]*Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`<Relationship\\b[^>]*Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)?.[1];
  const path = `xl/${(target ?? '').replace(/^\/?(xl\/)?/, '')}`;
  const xml = await zip.file(path)!.async('string');
  const cell = /(<c r="B3"[^>]*>)<v>0<\/v>/;
  expect(xml).toMatch(cell);
  const next = xml.replace(cell, `$1<v>${value}</v>`);
  zip.file(path, next);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const soffice = sofficePath();
describe.skipIf(!soffice)('Workbook: "Scenario shown" re-runs in LibreOffice', () => {
  it('gives each use case’s figures under a scenario as the app does, and the plan’s with 0', async () => {
    const inputs: Record<string, Uint8Array> = {};
    for (const [name, c] of Object.entries(cases)) for (let k = 0; k <= c.model.scenarios!.length; k++) inputs[`${name}-${k}`] = await withShown(c, k);
    const recalculated = await recalculateWithLibreOffice(soffice as string, inputs);
    for (const [name, c] of Object.entries(cases)) {
      const base = await cachedFormulaCells(recalculated[`${name}-0`] as Uint8Array);
      const diffs = c.cells.filter((cell) => !same(base.get(`${cell.sheet}!${cell.ref}`)?.value ?? { error: 'not a formula after LibreOffice' }, cell.value));
      expect([name, 0, diffs.length, diffs.slice(0, 5).map((d) => `${d.sheet}!${d.ref}`)]).toEqual([name, 0, 0, []]);
      for (let k = 1; k <= c.model.scenarios!.length; k++) {
        const lo = await cachedFormulaCells(recalculated[`${name}-${k}`] as Uint8Array);
        const cellValue = (sheet: string, ref: string): Scalar => {
          const f = lo.get(`${sheet}!${ref}`);
          if (f) return f.value;
          const v = c.workbook.getWorksheet(sheet)!.getCell(ref).value;
          return typeof v === 'number' || typeof v === 'string' ? v : null;
        };
        const wrong = figures(c, k, cellValue).filter((f) => !withinACent(f));
        expect([name, k, wrong.length, wrong.slice(0, 5).map(describeFigure)]).toEqual([name, k, 0, []]);
      }
    }
  }, 300_000);
});
