/**
 * A workbook of a plan under way (today after its start, with stages and actuals): the Cash flows rows hold the tracked
 * flows (actuals before today), the forward-looking NPV is NPV(rate, CF_T … CF_H) and the whole-life NPV spans every
 * month, each labelled; every formula recalculates to the app's figure (test-side evaluator and LibreOffice).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as ExcelJS from 'exceljs';
import { buildDemoWorkspace } from '@shared/demo';
import type { ActualMonth, Readiness, UseCase } from '@shared/domain';
import type { ExportModel } from '@shared/export/exportModel';
import type { WorkspaceBundle } from '@shared/export/workspaceFile';
import { monthlyRate } from '@shared/finance';
import { defaultPortfolioPlan } from '@shared/portfolio/plan';
import { workbookXlsx } from '@renderer/export/workbookXlsx';
import { CASH_FLOWS_SHEET, FIRST_MONTH_COLUMN, cashFlowLayout } from '@renderer/export/xlsxCashFlows';
import { rankedHeaders, RANKED_SHEET } from '@renderer/export/xlsxRanked';
import { exportModelOf, fixedBundle } from './fixtures';
import { FormulaEvaluator, type Scalar } from './formulaEvaluator';
import { recalculateWithLibreOffice, sofficePath } from './libreOffice';
import { cachedFormulaCells, type CachedFormulaCell } from './xlsxCellValues';

const TODAY = '2027-10'; // plan month 10 of a plan starting 2027-01
const change = (stage: UseCase['lifecycle']['history'][number]['stage'], month: string, evidence: Readiness | null = null) => ({ stage, month, at: `${month}-15T09:00:00.000Z`, by: 'CFO', note: '', evidence });
const actual = (month: string, over: Partial<ActualMonth>): ActualMonth => ({ month, pilot: 0, lastMile: 0, lastMileByCategory: null, run: 0, benefit: 0, ...over });

/** The fixed workspace under way: a last mile 30% over plan, a stopped pilot, an idea whose start has passed. */
function livingBundle(): WorkspaceBundle {
  const b = fixedBundle();
  const docs = b.useCases.find((u) => u.id === 'uc-docs')!;
  docs.lifecycle = { history: [change('pilot', '2027-01'), change('pilot-succeeded', '2027-04', docs.readiness), change('last-mile', '2027-05')], decisions: [] };
  docs.actuals = [
    ...['2027-01', '2027-02', '2027-03', '2027-04'].map((m) => actual(m, { pilot: 19_000 })),
    ...['2027-05', '2027-06', '2027-07', '2027-08', '2027-09'].map((m) => actual(m, { lastMile: 45_500 })),
    actual('2026-12', { pilot: 4_000 }), // before the plan: sunk, outside every schedule
  ];
  const alt = b.useCases.find((u) => u.id === 'uc-docs-alt')!;
  alt.lifecycle = { history: [change('pilot', '2027-02'), change('stopped', '2027-03')], decisions: [] };
  alt.actuals = [actual('2027-02', { pilot: 12_000 }), actual('2027-03', { pilot: 9_000 })];
  return b;
}

function demoBundle(): WorkspaceBundle {
  let n = 0;
  const demo = buildDemoWorkspace({ newId: () => `d-${++n}`, nowIso: '2027-10-04T09:00:00.000Z', todayMonth: TODAY });
  return { ...demo, plan: defaultPortfolioPlan(1_500_000) };
}

interface Case {
  model: ExportModel;
  bytes: Uint8Array;
  workbook: ExcelJS.Workbook;
  cells: CachedFormulaCell[];
}
const cases: Record<string, Case> = {};

beforeAll(async () => {
  for (const [name, bundle] of Object.entries({ fixed: livingBundle(), demo: demoBundle() })) {
    const model = exportModelOf({ bundle, generatedAt: '2027-10-04T09:30:00.000Z', todayMonth: TODAY });
    const bytes = await workbookXlsx(model);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.slice().buffer);
    cases[name] = { model, bytes, workbook, cells: [...(await cachedFormulaCells(bytes)).values()] };
  }
}, 120_000);

function same(actual: Scalar, expected: Scalar): boolean {
  if (typeof expected === 'number' && typeof actual === 'number') return Math.abs(actual - expected) <= Math.max(1e-6, 1e-9 * Math.abs(expected));
  return actual === expected;
}
const describeRow = (c: CachedFormulaCell, v: Scalar) => `${c.sheet}!${c.ref} ${c.formula}: ${JSON.stringify(v)} ≠ ${JSON.stringify(c.value)}`;

/** Spreadsheet NPV of monthly flows at an annual rate, by hand. */
function npv(annual: number, flows: readonly number[]): number {
  const r = monthlyRate(annual);
  return flows.reduce((s, f, i) => s + f / Math.pow(1 + r, i + 1), 0);
}

describe('Workbook of a plan under way (today after the plan start, with actuals)', () => {
  it('recalculates every formula to the app figure (test-side evaluator)', () => {
    for (const [name, { workbook, cells }] of Object.entries(cases)) {
      const evaluator = new FormulaEvaluator(workbook);
      const diffs = cells.map((c) => [c, evaluator.evaluate(c.sheet, c.formula)] as const).filter(([c, v]) => !same(v, c.value));
      expect([name, cells.length > 100, diffs.slice(0, 5).map(([c, v]) => describeRow(c, v))]).toEqual([name, true, []]);
    }
  });

  it('holds the tracked flows, and labels forward NPV (months from today) and whole-life NPV (every month) as such', () => {
    const { model, workbook, cells } = cases.fixed!;
    const H = rankedHeaders(model.present, 10, true);
    expect(H.npv).toBe('NPV from Oct 2027 (live formula)');
    expect(H.wholeNpv).toBe('NPV, whole life (live formula)');
    const ranked = workbook.getWorksheet(RANKED_SHEET)!;
    const headers = (ranked.getRow(1).values as unknown[]).slice(1).map(String);
    for (const h of [H.stage, H.investment, H.planInvestment, H.committed, H.sunk, H.npv, H.wholeNpv, H.wholePaybackMonth]) expect(headers).toContain(h);
    const byRef = new Map(cells.filter((c) => c.sheet === RANKED_SHEET).map((c) => [c.ref, c]));
    const cash = workbook.getWorksheet(CASH_FLOWS_SHEET)!;
    // Read from the XML: exceljs drops a cached result of 0.
    const cashCells = new Map(cells.filter((c) => c.sheet === CASH_FLOWS_SHEET).map((c) => [c.ref, c]));
    const layout = cashFlowLayout(model);
    const h = model.workspace.horizonMonths;
    model.rows.forEach((row, i) => {
      const at = (header: string) => byRef.get(ranked.getCell(i + 2, headers.indexOf(header) + 1).address);
      const net = Array.from({ length: h }, (_, m) => Number(cashCells.get(cash.getCell(layout.get(row.useCase.id)!.net, FIRST_MONTH_COLUMN + m).address)?.value));
      expect(net).toEqual(row.schedule.net);
      expect(at(H.npv)?.formula).toMatch(/'Cash flows'!L\d+:AL\d+\)$/); // months 10 … 36: columns L … AL (C = month 1)
      expect(at(H.wholeNpv)?.formula).toMatch(/'Cash flows'!C\d+:AL\d+\)$/);
      expect(Math.abs(Number(at(H.npv)?.value) - npv(model.workspace.discountRate, row.schedule.net.slice(9)))).toBeLessThan(1e-6);
      expect(Math.abs(Number(at(H.wholeNpv)?.value) - npv(model.workspace.discountRate, row.schedule.net))).toBeLessThan(1e-6);
    });
    const docs = model.rows.find((r) => r.useCase.id === 'uc-docs')!;
    // Actuals before today replace the plan: 45,500 a month of last mile in months 5–9.
    expect(docs.schedule.lastMile.slice(4, 9)).toEqual([45_500, 45_500, 45_500, 45_500, 45_500]);
    expect(docs.metrics.living.sunk.investment).toBe(4 * 19_000 + 5 * 45_500 + 4_000);
    expect(docs.metrics.living.committed).toBeGreaterThan(0);
    expect(docs.metrics.living.fundingCost).toBe(0);
  });

  it('counts only money not yet spent or committed in the funded totals', () => {
    const { model } = cases.fixed!;
    const funded = model.rows.filter((r) => r.funded);
    expect(model.fundedSummary.totalInvestment).toBeCloseTo(funded.reduce((s, r) => s + r.metrics.living.fundingCost, 0), 6);
    expect(model.fundedSummary.sunkCost).toBeGreaterThan(0);
  });
});

const soffice = sofficePath();
describe.skipIf(!soffice)('Workbook of a plan under way recalculates in LibreOffice', () => {
  it('gives 0 differing formula cells after LibreOffice recalculates every formula', async () => {
    const recalculated = await recalculateWithLibreOffice(soffice as string, Object.fromEntries(Object.entries(cases).map(([n, c]) => [n, c.bytes])));
    for (const [name, { cells }] of Object.entries(cases)) {
      const lo = await cachedFormulaCells(recalculated[name] as Uint8Array);
      const diffs = cells.map((c) => [c, lo.get(`${c.sheet}!${c.ref}`)?.value ?? { error: 'not a formula after LibreOffice' }] as const).filter(([c, v]) => !same(v, c.value));
      expect([name, diffs.length, diffs.slice(0, 5).map(([c, v]) => describeRow(c, v))]).toEqual([name, 0, []]);
    }
  }, 240_000);
});
