/**
 * The workbook's "AI spend" sheet: its formulas (cost per item, not tied, the SUMs, shares, cost per outcome)
 * recalculate to the app's figures with the test-side evaluator, and the totals are the export model's, to the cent.
 */
import * as ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { workbookXlsx } from '@renderer/export/workbookXlsx';
import { SPEND_SHEET } from '@renderer/export/xlsxSpend';
import { blankSpendItemInput, type SpendItem } from '@shared/domain';
import { exportModelOf, fixedBundle } from '../export/fixtures';
import { FormulaEvaluator, type Scalar } from '../export/formulaEvaluator';
import { cachedFormulaCells } from '../export/xlsxCellValues';

const GENERATED_AT = '2027-02-01T09:30:00.000Z';
const same = (a: Scalar, e: Scalar) => (typeof a === 'number' && typeof e === 'number' ? Math.abs(a - e) <= Math.max(1e-6, 1e-9 * Math.abs(e)) : a === e);

describe('the workbook’s AI spend sheet', () => {
  it('recalculates to the app’s figures: cost, not tied, totals, shares and cost per outcome', async () => {
    const base = fixedBundle();
    const ids = base.useCases.map((u) => u.id);
    const item = (id: string, patch: Partial<SpendItem>): SpendItem => ({ ...blankSpendItemInput(), name: id, ...patch, id, workspaceId: base.workspace.id, createdAt: GENERATED_AT, updatedAt: GENERATED_AT });
    const spend = [
      item('Everyone’s seats', { seats: 5000, pricePerSeat: 200 }),
      item('Team seats', { seats: 333, pricePerSeat: 30.1, links: ids.map((useCaseId) => ({ useCaseId, share: 1 / (ids.length + 1) })) }),
      item('API', { kind: 'api', monthlyAmount: 10_000.01, links: [{ useCaseId: ids[0]!, share: 1 / 3 }] }),
      item('Later fee', { kind: 'platform', monthlyAmount: 999, startMonth: '2099-01' }),
    ];
    const bundle = { ...base, spend };
    const model = exportModelOf({ bundle, generatedAt: GENERATED_AT });
    const s = model.spend!.summary;
    expect(s.fundedCents + s.unfundedCents + s.noneCents).toBe(s.totalCents);
    const bytes = await workbookXlsx(model);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.slice().buffer);
    const cells = [...(await cachedFormulaCells(bytes)).values()].filter((c) => c.sheet === SPEND_SHEET);
    expect(cells.length).toBeGreaterThan(10);
    const evaluator = new FormulaEvaluator(wb);
    const diffs = cells.map((c) => [c, evaluator.evaluate(c.sheet, c.formula)] as const).filter(([c, v]) => !same(v, c.value));
    expect(diffs.map(([c, v]) => `${c.ref} ${c.formula}: ${JSON.stringify(v)} ≠ ${JSON.stringify(c.value)}`)).toEqual([]);
    // The totals row: SUMs whose results are the model's cents.
    const sheet = wb.getWorksheet(SPEND_SHEET)!;
    const totalRow = 3 + spend.length + 1;
    const total = (col: string) => evaluator.evaluate(SPEND_SHEET, `${col}${totalRow}`) as number;
    expect(sheet.getCell(`A${totalRow}`).value).toBe('Total');
    expect(Math.round(total('H') * 100)).toBe(s.totalCents);
    expect(Math.round(total('I') * 100)).toBe(s.fundedCents);
    expect(Math.round(total('J') * 100)).toBe(s.unfundedCents);
    expect(Math.round(total('K') * 100)).toBe(s.noneCents);
    // The fee that starts later costs nothing this month.
    expect(evaluator.evaluate(SPEND_SHEET, `H${3 + 4}`)).toBe(0);
  });

  it('is left out when no AI spend is recorded', async () => {
    const model = exportModelOf({ bundle: fixedBundle(), generatedAt: GENERATED_AT });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await workbookXlsx(model)).slice().buffer);
    expect(wb.getWorksheet(SPEND_SHEET)).toBeUndefined();
  });
});
