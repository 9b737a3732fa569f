import { beforeAll, describe, expect, it } from 'vitest';
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { ExportModel } from '@shared/export/exportModel';
import { useCaseMetrics } from '@shared/finance';
import { NOT_ASSESSED, NOT_GIVEN } from '@shared/presentation';
import { workbookXlsx } from '@renderer/export/workbookXlsx';
import { moneyFormat } from '@renderer/export/xlsxCells';
import { RANKED_HEADERS } from '@renderer/export/xlsxRanked';
import { FormulaEvaluator } from './formulaEvaluator';
import { xmlFaults } from './xmlCheck';
import { cachedFormulaCells } from './xlsxCellValues';
import { fixedBundle, INJECTION_TITLE, MARKUP_NAME, exportModelOf, WS_ID } from './fixtures';

const GENERATED_AT = '2027-02-01T09:30:00.000Z';
let model: ExportModel;
let bytes: Uint8Array;
let workbook: ExcelJS.Workbook;
let zip: JSZip;

beforeAll(async () => {
  const bundle = fixedBundle();
  // One candidate not assessed and unclassified, one problem with figures not given.
  bundle.useCases[2] = { ...bundle.useCases[2]!, readiness: { ...bundle.useCases[2]!.readiness, ux: { score: null, note: '' } } };
  bundle.useCases[3] = { ...bundle.useCases[3]!, classification: { ...bundle.useCases[3]!.classification, kind: null } };
  bundle.problems[2] = { ...bundle.problems[2]!, peopleAffected: null, monthlyHours: null, monthlyCost: null };
  bundle.plan!.yearCaps = [500_000, null];
  model = exportModelOf({ bundle, generatedAt: GENERATED_AT });
  bytes = await workbookXlsx(model);
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
  zip = await JSZip.loadAsync(bytes);
});

const sheet = (name: string) => workbook.getWorksheet(name) as ExcelJS.Worksheet;
const headers = (name: string): string[] => (sheet(name).getRow(1).values as unknown[]).slice(1).map(String);
const col = (name: string, header: string) => headers(name).indexOf(header) + 1;
const formulaOf = (c: ExcelJS.Cell): string => (c.value as { formula: string }).formula;
/** Every text and number in a sheet's cells, as text. */
const texts = (name: string): string[] => {
  const out: string[] = [];
  sheet(name).eachRow((row) => row.eachCell((c) => out.push(String(typeof c.value === 'object' && c.value !== null && 'formula' in c.value ? c.value.formula : c.value))));
  return out;
};
const rowOf = (id: string) => model.rows.findIndex((r) => r.useCase.id === id) + 2;

describe('Excel workbook: what a CFO reads and prints', () => {
  it('opens on the Summary and keeps ids and timestamps to a last sheet, Record ids', () => {
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Summary', 'Ranked', 'Problems', 'Use cases', 'Cash flows', 'Assumptions', 'Record ids']);
    for (const name of ['Summary', 'Ranked', 'Problems', 'Use cases', 'Cash flows', 'Assumptions']) {
      const all = texts(name).join('\n');
      expect([name, /\b(uc-docs|p-invoices|ws-acme)\b/.test(all), /\d{4}-\d\d-\d\dT\d\d:/.test(all), /\bid\b/i.test(headers(name).join(' '))]).toEqual([name, false, false, false]);
    }
    const ids = texts('Record ids');
    expect(ids).toEqual(expect.arrayContaining(['uc-docs', 'p-invoices', WS_ID, GENERATED_AT, '2027-01-05T10:00:00.000Z']));
  });

  it('prints every sheet landscape, fitted to the page width, with its header rows repeated and frozen', () => {
    for (const w of workbook.worksheets) {
      expect([w.name, w.pageSetup.orientation, w.pageSetup.fitToPage, w.pageSetup.fitToHeight]).toEqual([w.name, 'landscape', true, 0]);
    }
    for (const name of ['Ranked', 'Summary', 'Assumptions']) expect(sheet(name).pageSetup.fitToWidth).toBe(1);
    for (const name of ['Ranked', 'Problems', 'Use cases', 'Record ids']) {
      expect([name, sheet(name).pageSetup.printTitlesRow, sheet(name).views[0]]).toEqual([name, '1:1', expect.objectContaining({ state: 'frozen', ySplit: 1 })]);
    }
    expect(sheet('Cash flows').pageSetup.printTitlesRow).toBe('1:2');
    expect(sheet('Cash flows').pageSetup.printTitlesColumn).toBe('A:B');
    expect(sheet('Ranked').headerFooter.oddFooter).toContain('Page &P of &N');
  });

  it('puts the decision asked of the board first, then the funded set and its spend by plan year against the caps', () => {
    const s = sheet('Summary');
    expect(s.getCell('A5').value).toBe(model.decision);
    const label = (text: string) => {
      let found: ExcelJS.Row | undefined;
      s.eachRow((row) => {
        if (row.getCell(1).value === text) found = row;
      });
      return found as ExcelJS.Row;
    };
    const f = model.fundedSummary;
    expect(label('Total investment (pilots and last miles)').getCell(2).value).toBe(f.totalInvestment);
    expect(label('Expected NPV').getCell(2).value).toBe(f.expectedNpv);
    expect(label('Value creation share of the investment').getCell(2).value).toBe(f.valueCreationShare);
    expect(label('Value creation share of the investment').getCell(2).numFmt).toBe('0.0%');
    expect(label('Automation share of the investment').getCell(2).value).toBe(f.automationShare);
    expect(label('Not classified share of the investment').getCell(2).value).toBe(f.unclassifiedShare);
    expect(label('Run cost once live, per year').getCell(2).value).toBe(model.moneyByYear.annualRunCost);
    expect(label('Payback of the funded set').getCell(2).value).toBe(model.present.payback(f.cash.paybackMonth));
    const year1 = label('2027');
    expect(year1.getCell(5).value).toBe(500_000);
    expect(formulaOf(year1.getCell(6))).toMatch(/^E\d+-D\d+$/);
    expect(label('2028').getCell(5).value).toBe('no cap');
    const evaluator = new FormulaEvaluator(workbook);
    expect(evaluator.evaluate('Summary', formulaOf(year1.getCell(6)))).toBeCloseTo(model.moneyByYear.years[0]!.headroom!, 6);
  });

  it('says funded, or not funded and why, with the trade-off line and the rank by the funding objective', () => {
    const r = sheet('Ranked');
    expect(headers('Ranked').slice(0, 3)).toEqual(['Rank by score', 'Rank by funding objective (expected NPV)', 'Use case']);
    model.rows.forEach((row, i) => {
      const get = (h: string) => r.getCell(i + 2, col('Ranked', h)).value;
      expect(get('Rank by funding objective (expected NPV)')).toBe(row.objectiveRank);
      expect(get(RANKED_HEADERS.funding)).toBe(row.funded ? row.note.status : `Not funded: ${row.note.status.charAt(0).toLowerCase()}${row.note.status.slice(1)}`);
      expect(row.note.status).not.toBe('Not funded');
      expect(get('Trade-off') ?? null).toBe(row.note.tradeOff);
    });
    expect(r.getCell(rowOf('uc-claims'), col('Ranked', RANKED_HEADERS.funding)).value).toBe('Funded (forced in: Board priority)');
    expect(r.getCell(rowOf('uc-churn'), col('Ranked', RANKED_HEADERS.funding)).value).toMatch(/^Not funded: /);
  });

  it('uses human labels: classification, status, "readiness not assessed" and "not given"', () => {
    const r = sheet('Ranked');
    expect(r.getCell(rowOf('uc-churn'), col('Ranked', RANKED_HEADERS.probability)).value).toBe(NOT_ASSESSED);
    expect(r.getCell(rowOf('uc-churn'), col('Ranked', RANKED_HEADERS.expectedNpv)).value).toBe(NOT_ASSESSED);
    expect(r.getCell(rowOf('uc-docs-alt'), col('Ranked', 'Classification')).value).toBe('Not classified');
    expect(r.getCell(rowOf('uc-claims'), col('Ranked', 'Classification')).value).toBe('Value creation');
    const p = sheet('Problems');
    expect(p.getCell(2, col('Problems', 'Status')).value).toBe('Validated');
    expect(p.getCell(4, col('Problems', 'People affected')).value).toBe(NOT_GIVEN);
    expect(p.getCell(4, col('Problems', 'Total monthly cost (hours × labour rate + money)')).value).toBe(NOT_GIVEN);
    expect(sheet('Use cases').getCell(rowOf('uc-churn'), col('Use cases', 'Readiness: UX & human fallback (1–5)')).value).toBe(NOT_ASSESSED);
  });

  it('formats money with the workspace currency where the app puts it, and months as real dates', () => {
    expect(moneyFormat('USD', 'en-US')).toBe('"$"#,##0;[Red]-"$"#,##0');
    expect(moneyFormat('GBP', 'en-GB')).toBe('"£"#,##0;[Red]-"£"#,##0');
    expect(moneyFormat('EUR', 'de-DE')).toBe('#,##0"\u00a0€";[Red]-#,##0"\u00a0€"');
    expect(moneyFormat('EUR', 'fr-FR')).toMatch(/^#,##0"\s€";\[Red\]-#,##0"\s€"$/u);
    const pilot = sheet('Use cases').getCell(rowOf('uc-docs'), col('Use cases', 'Pilot cost'));
    expect(pilot.value).toBe(75_000);
    expect(pilot.numFmt).toBe('"$"#,##0;[Red]-"$"#,##0');
    const cf = sheet('Cash flows');
    expect(cf.getCell('C1').numFmt).toBe('[$-409]mmm yyyy');
    expect((cf.getCell('C1').value as Date).toISOString()).toBe('2027-01-01T00:00:00.000Z');
    expect((cf.getCell('AL1').value as Date).toISOString()).toBe('2029-12-01T00:00:00.000Z');
  });
});

describe('Excel workbook: live formulas equal the app', () => {
  it('names the discount rate and the payback tolerance on the Assumptions sheet', async () => {
    const xml = await zip.file('xl/workbook.xml')!.async('string');
    expect(xml).toMatch(/<definedName name="DiscountRate">Assumptions!\$B\$\d+<\/definedName>/);
    expect(xml).toMatch(/<definedName name="PaybackTolerance">Assumptions!\$B\$\d+<\/definedName>/);
  });

  it('NPV, expected NPV and payback recalculate (independent evaluator) to the app figures and the app words', async () => {
    const r = sheet('Ranked');
    const cached = await cachedFormulaCells(bytes);
    const evaluator = new FormulaEvaluator(workbook);
    model.rows.forEach((row, i) => {
      const cell = (h: string) => r.getCell(i + 2, col('Ranked', h));
      expect(evaluator.evaluate('Ranked', formulaOf(cell(RANKED_HEADERS.npv))) as number).toBeCloseTo(row.metrics.npv, 6);
      if (row.metrics.expectedNpv !== null) expect(evaluator.evaluate('Ranked', formulaOf(cell(RANKED_HEADERS.expectedNpv))) as number).toBeCloseTo(row.metrics.expectedNpv, 6);
      const m = row.metrics.paybackMonth;
      const month = cell(RANKED_HEADERS.paybackMonth);
      expect(evaluator.evaluate('Ranked', formulaOf(month))).toBe(m !== null && m > 0 ? m : model.present.payback(m));
      expect(cached.get(`Ranked!${month.address}`)?.value).toBe(m !== null && m > 0 ? m : model.present.payback(m));
    });
    expect(model.rows.some((x) => (x.metrics.paybackMonth ?? 0) > 0)).toBe(true);
    expect(model.rows.some((x) => x.metrics.paybackMonth === null)).toBe(true);
  });

  it('writes the payback words the app uses: "beyond horizon" when nothing happens within the horizon, never "No outlay"', () => {
    const ranked = texts('Ranked').join('\n');
    expect(ranked).toContain(`"${model.present.payback(null)}"`);
    expect(ranked).toContain(`"${model.present.payback(0)}"`);
    expect(ranked).not.toMatch(/No outlay/i);
  });

  it('flags the payback month with the app tolerance, so an exact break-even pays back that month', () => {
    const cf = sheet('Cash flows');
    expect(formulaOf(cf.getCell('E10'))).toBe('IF(AND(E8>=-$C$9,MIN($C8:D8)<-$C$9),1,0)');
    expect(formulaOf(cf.getCell('C9'))).toBe('PaybackTolerance*MAX(1,MAX($C$7:$AL$7),-MIN($C$7:$AL$7))');
    expect(formulaOf(cf.getCell('D7'))).toBe('D6+D3+D4+D5');
  });

  it('follows the named rate: at 20% a year the formulas give what the app computes at 20%', () => {
    const assumptions = sheet('Assumptions');
    let rateRef = '';
    assumptions.eachRow((row) => {
      if (row.getCell(1).value === 'Annual discount rate') rateRef = row.getCell(2).address;
    });
    const evaluator = new FormulaEvaluator(workbook, { [`Assumptions!${rateRef}`]: 0.2 });
    const ws20 = { ...model.workspace, discountRate: 0.2 };
    model.rows.forEach((row, i) => {
      const npv = evaluator.evaluate('Ranked', formulaOf(sheet('Ranked').getCell(i + 2, col('Ranked', RANKED_HEADERS.npv)))) as number;
      expect(npv).toBeCloseTo(useCaseMetrics(row.useCase, ws20).npv, 6);
    });
  });

  it('totals the funded set with SUMIF to the funded summary', () => {
    const r = sheet('Ranked');
    const totalsRow = model.rows.length + 3;
    expect(r.getCell(totalsRow, col('Ranked', 'Use case')).value).toBe(`Funded set (${model.fundedSummary.fundedCount} of ${model.rows.length})`);
    const evaluator = new FormulaEvaluator(workbook);
    const check = (header: string, expected: number) => expect(evaluator.evaluate('Ranked', formulaOf(r.getCell(totalsRow, col('Ranked', header)))) as number).toBeCloseTo(expected, 6);
    check(RANKED_HEADERS.investment, model.fundedSummary.totalInvestment);
    check(RANKED_HEADERS.expectedNpv, model.fundedSummary.expectedNpv);
    check(RANKED_HEADERS.npv, model.fundedSummary.npv);
    expect(model.fundedSummary.fundedCount).toBeGreaterThan(0);
  });
});

describe('Excel workbook: formula injection', () => {
  it('stores user text that looks like a formula as neutralised text, never as a formula', async () => {
    const titles = (sheet('Problems').getColumn(1).values as unknown[]).slice(2);
    expect(titles).toContain(`'${INJECTION_TITLE}`);
    expect(sheet('Problems').getCell(3, col('Problems', 'Business owner')).value).toBe("'+cmd|calc");
    expect((sheet('Use cases').getColumn(1).values as unknown[]).slice(2)).toContain(MARKUP_NAME);
    expect((sheet('Use cases').getColumn(col('Use cases', 'Classification rationale')).values as unknown[]).slice(2)).toContain("'-new capability");
    for (const file of Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f))) {
      const xml = await zip.file(file)!.async('string');
      for (const [, f] of xml.matchAll(/<f>([^<]*)<\/f>/g)) expect(f).toMatch(/^(SUM|NPV|IF|IFERROR|SUMIF|PaybackTolerance|[A-Z]+\d+[+-]|[A-Z]+\d+$|\(1\+DiscountRate)/);
      expect(xml).not.toContain('HYPERLINK');
    }
    const strings = await zip.file('xl/sharedStrings.xml')!.async('string');
    expect(strings).toContain('<t>&apos;=HYPERLINK(&quot;http://evil.example&quot;,&quot;Click&quot;)</t>');
    expect(strings).toContain('Claims &lt;triage&gt; &amp; &quot;routing&quot;');
  });

  it('keeps every XML part well-formed when names carry markup characters', async () => {
    const bundle = fixedBundle();
    bundle.workspace = { ...bundle.workspace, name: 'R&D <pilot> "2027"', organisation: "Smith & Sons <Holdings> 'UK'" };
    const z = await JSZip.loadAsync(await workbookXlsx(exportModelOf({ bundle, generatedAt: GENERATED_AT })));
    for (const part of Object.keys(z.files).filter((f) => /\.(xml|rels)$/.test(f))) {
      expect([part, xmlFaults(await z.file(part)!.async('string'))]).toEqual([part, []]);
    }
    expect(await z.file('docProps/core.xml')!.async('string')).toContain('R&amp;D &lt;pilot&gt;');
  });
});
