import { beforeAll, describe, expect, it } from 'vitest';
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { buildExportModel, type ExportModel } from '@shared/export/exportModel';
import { useCaseMetrics } from '@shared/finance';
import { workbookXlsx } from '@renderer/export/workbookXlsx';
import { FormulaEvaluator } from './formulaEvaluator';
import { xmlFaults } from './xmlCheck';
import { fixedBundle, INJECTION_TITLE, MARKUP_NAME, exportModelOf } from './fixtures';

let model: ExportModel;
let bytes: Uint8Array;
let workbook: ExcelJS.Workbook;
let zip: JSZip;

beforeAll(async () => {
  model = exportModelOf({ bundle: fixedBundle(), generatedAt: '2027-02-01T09:30:00.000Z' });
  bytes = await workbookXlsx(model);
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
  zip = await JSZip.loadAsync(bytes);
});

const sheet = (name: string) => workbook.getWorksheet(name) as ExcelJS.Worksheet;
const headers = (name: string): string[] => (sheet(name).getRow(1).values as unknown[]).slice(1).map(String);
/** Row number of a header's column on the Portfolio sheet. */
const col = (name: string, header: string) => headers(name).indexOf(header) + 1;
const formulaOf = (c: ExcelJS.Cell): string => (c.value as { formula: string }).formula;
const resultOf = (c: ExcelJS.Cell): unknown => (c.value as { result: unknown }).result;

describe('Excel workbook: structure and types', () => {
  it('has the five sheets in reading order', () => {
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Portfolio', 'Problems', 'Use cases', 'Cash flows', 'Assumptions']);
  });

  it('lists every problem and every use-case input under clear headers', () => {
    expect(headers('Problems').slice(0, 8)).toEqual(['Problem id', 'Title', 'Problem statement', 'Business owner', 'Function', 'People affected', 'Monthly hours lost', 'Monthly cost (money)']);
    const uc = headers('Use cases');
    for (const h of ['Name', 'Pilot cost', 'Pilot months', 'Last mile: Integration engineering', 'Last mile: Change management & training', 'Last-mile months', 'Run: tokens per request', 'Run: cache-hit share', 'Benefit: new revenue per month', 'Readiness: Data ready (1–5)', 'Readiness: Organisation ready note', 'Planned start (calendar)']) {
      expect(uc).toContain(h);
    }
    expect(uc).toHaveLength(50);
    expect(sheet('Problems').rowCount).toBe(1 + model.problems.length);
    expect(sheet('Use cases').rowCount).toBe(1 + model.rows.length);
  });

  it('writes money as typed numbers in the currency format, shares as percentages', () => {
    const ucSheet = sheet('Use cases');
    const docs = model.rows.findIndex((r) => r.useCase.id === 'uc-docs') + 2;
    const pilot = ucSheet.getCell(docs, col('Use cases', 'Pilot cost'));
    expect(pilot.value).toBe(75_000);
    expect(pilot.numFmt).toBe('"$"#,##0;[Red]-"$"#,##0');
    const share = ucSheet.getCell(docs, col('Use cases', 'Run: cache-hit share'));
    expect(share.value).toBe(0.2);
    expect(share.numFmt).toBe('0.0%');
    expect(sheet('Problems').getCell(2, col('Problems', 'Monthly cost (money)')).type).toBe(ExcelJS.ValueType.Number);
  });

  it('lays cash flows out per use case and component, with calendar months as columns', () => {
    const cf = sheet('Cash flows');
    expect(cf.getCell('C1').value).toBe('Jan 2027');
    expect(cf.getCell('AL1').value).toBe('Dec 2029');
    expect(cf.getCell('C2').value).toBe(1);
    const first = model.rows[0]!;
    expect([3, 4, 5, 6, 7, 8, 9].map((r) => cf.getCell(r, 2).value)).toEqual([
      'Pilot (cost)',
      'Last mile (cost)',
      'Run cost',
      'Benefit',
      'Net cash flow',
      'Cumulative net cash',
      'Cumulative ≥ 0 after being negative (1 = yes; the first 1 is the payback month)',
    ]);
    expect(cf.getCell(3, 1).value).toBe(first.useCase.name.startsWith('=') ? `'${first.useCase.name}` : first.useCase.name);
    // Costs negative, benefit positive; month columns carry the schedule exactly.
    for (let m = 0; m < 36; m++) {
      expect(cf.getCell(3, 3 + m).value).toBe(first.schedule.pilot[m] === 0 ? 0 : -first.schedule.pilot[m]!);
      expect(cf.getCell(6, 3 + m).value).toBe(first.schedule.benefit[m]);
    }
    expect(formulaOf(cf.getCell('D7'))).toBe('SUM(D3:D6)');
    expect(formulaOf(cf.getCell('D8'))).toBe('C8+D7');
    expect(formulaOf(cf.getCell('E9'))).toBe('IF(AND(E8>=0,MIN($C8:D8)<0),1,0)');
  });
});

describe('Excel workbook: live formulas equal the app', () => {
  it('defines the discount rate as a named cell', async () => {
    const xml = await zip.file('xl/workbook.xml')!.async('string');
    expect(xml).toMatch(/<definedName name="DiscountRate">Assumptions!\$B\$6<\/definedName>/);
    expect(sheet('Assumptions').getCell('B6').value).toBe(0.1);
  });

  it('NPV, expected NPV and payback recalculate (independent evaluator) to the app figures, and the cached results match', () => {
    const p = sheet('Portfolio');
    const evaluator = new FormulaEvaluator(workbook);
    model.rows.forEach((row, i) => {
      const r = i + 2;
      const npvCell = p.getCell(r, col('Portfolio', 'NPV (live formula)'));
      expect(formulaOf(npvCell)).toMatch(/^NPV\(\(1\+DiscountRate\)\^\(1\/12\)-1,'Cash flows'!C\d+:AL\d+\)$/);
      const npv = evaluator.evaluate('Portfolio', formulaOf(npvCell)) as number;
      expect(npv).toBeCloseTo(row.metrics.npv, 6);
      expect(resultOf(npvCell)).toBe(row.metrics.npv);

      const eCell = p.getCell(r, col('Portfolio', 'Expected NPV (live formula)'));
      expect(evaluator.evaluate('Portfolio', formulaOf(eCell)) as number).toBeCloseTo(row.metrics.expectedNpv, 6);
      expect(resultOf(eCell)).toBe(row.metrics.expectedNpv);

      const payCell = p.getCell(r, col('Portfolio', 'Payback month (live formula)'));
      const expected = row.metrics.paybackMonth === null ? 'Beyond horizon' : row.metrics.paybackMonth === 0 ? 'No outlay' : row.metrics.paybackMonth;
      expect(evaluator.evaluate('Portfolio', formulaOf(payCell))).toBe(expected);
      expect(resultOf(payCell)).toBe(expected);
    });
    // The fixture covers a payback inside the horizon and one beyond it.
    expect(model.rows.some((r) => typeof r.metrics.paybackMonth === 'number' && r.metrics.paybackMonth > 0)).toBe(true);
    expect(model.rows.some((r) => r.metrics.paybackMonth === null)).toBe(true);
  });

  it('follows the named rate: at 20% a year the formulas give what the app computes at 20%', () => {
    const evaluator = new FormulaEvaluator(workbook, { 'Assumptions!B6': 0.2 });
    const p = sheet('Portfolio');
    const ws20 = { ...model.workspace, discountRate: 0.2 };
    model.rows.forEach((row, i) => {
      const npv = evaluator.evaluate('Portfolio', formulaOf(p.getCell(i + 2, col('Portfolio', 'NPV (live formula)')))) as number;
      expect(npv).toBeCloseTo(useCaseMetrics(row.useCase, ws20).npv, 6);
    });
  });

  it('totals the funded set with SUMIF to the funded summary', () => {
    const p = sheet('Portfolio');
    const totalsRow = model.rows.length + 3;
    expect(p.getCell(totalsRow, 2).value).toBe(`Funded set (${model.fundedSummary.fundedCount} of ${model.rows.length})`);
    const evaluator = new FormulaEvaluator(workbook);
    const check = (header: string, expected: number) => {
      const c = p.getCell(totalsRow, col('Portfolio', header));
      expect(evaluator.evaluate('Portfolio', formulaOf(c)) as number).toBeCloseTo(expected, 6);
    };
    check('Total investment', model.fundedSummary.totalInvestment);
    check('Expected NPV (live formula)', model.fundedSummary.expectedNpv);
    check('NPV (live formula)', model.fundedSummary.npv);
    expect(model.fundedSummary.fundedCount).toBeGreaterThan(0);
  });

  it('says "Not defined" for an IRR that does not exist, never a made-up number', () => {
    const p = sheet('Portfolio');
    model.rows.forEach((row, i) => {
      const v = p.getCell(i + 2, col('Portfolio', 'IRR (annual)')).value;
      expect(v).toBe(row.metrics.irr === null ? 'Not defined' : row.metrics.irr);
    });
  });
});

describe('Excel workbook: formula injection', () => {
  it('stores user text that looks like a formula as neutralised text, never as a formula', async () => {
    const titles = (sheet('Problems').getColumn(2).values as unknown[]).slice(2);
    expect(titles).toContain(`'${INJECTION_TITLE}`);
    const owner = sheet('Problems').getCell(3, col('Problems', 'Business owner')).value;
    expect(owner).toBe("'+cmd|calc");
    const names = (sheet('Use cases').getColumn(2).values as unknown[]).slice(2);
    expect(names).toContain(MARKUP_NAME);
    const rationale = (sheet('Use cases').getColumn(col('Use cases', 'Classification rationale')).values as unknown[]).slice(2);
    expect(rationale).toContain("'-new capability");
    // No cell of any sheet carries a formula built from user text.
    for (const file of Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f))) {
      const xml = await zip.file(file)!.async('string');
      const formulas = [...xml.matchAll(/<f>([^<]*)<\/f>/g)].map((m) => m[1] ?? '');
      for (const f of formulas) expect(f).toMatch(/^(SUM|NPV|IF|SUMIF|[A-Z]+\d+\+|\(1\+DiscountRate|[A-Z]+\d+$)/);
      expect(xml).not.toContain('HYPERLINK');
    }
    const strings = await zip.file('xl/sharedStrings.xml')!.async('string');
    expect(strings).toContain('<t>&apos;=HYPERLINK(&quot;http://evil.example&quot;,&quot;Click&quot;)</t>');
    expect(strings).toContain('Claims &lt;triage&gt; &amp; &quot;routing&quot;');
  });

  it('keeps every XML part well-formed when names carry markup characters', async () => {
    const bundle = fixedBundle();
    bundle.workspace = { ...bundle.workspace, name: 'R&D <pilot> "2027"', organisation: "Smith & Sons <Holdings> 'UK'" };
    const z = await JSZip.loadAsync(await workbookXlsx(buildExportModel({ bundle, generatedAt: '2027-02-01T09:30:00.000Z' })));
    for (const part of Object.keys(z.files).filter((f) => /\.(xml|rels)$/.test(f))) {
      expect([part, xmlFaults(await z.file(part)!.async('string'))]).toEqual([part, []]);
    }
    expect(await z.file('docProps/core.xml')!.async('string')).toContain('R&amp;D &lt;pilot&gt;');
  });
});
