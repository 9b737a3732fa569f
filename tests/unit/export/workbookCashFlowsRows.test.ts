/**
 * The Cash flows sheet's rows after its first use case are written as SpreadsheetML and added to exceljs's output
 * (renderer/export/xlsxRowsXml.ts, xlsxSplice.ts; docs/performance.md, session 14). The workbook must read back
 * exactly as the one exceljs writes whole: every sheet, every cell's value, formula, cached result, number format and
 * weight, with hostile names, the plan under way (rows from today) and scenarios (the plan's rows and driven formulas).
 */
import { describe, expect, it } from 'vitest';
import * as ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import { buildDemoWorkspace } from '@shared/demo';
import { blankScenarioInput, type Scenario } from '@shared/domain';
import type { WorkspaceBundle } from '@shared/export/workspaceFile';
import { defaultPortfolioPlan } from '@shared/portfolio/plan';
import { workbookXlsx } from '@renderer/export/workbookXlsx';
import { CASH_FLOWS_SHEET } from '@renderer/export/xlsxCashFlows';
import { RowsXml, SharedStrings } from '@renderer/export/xlsxRowsXml';
import { sharedStringCount, withRows, withStrings } from '@renderer/export/xlsxSplice';
import { exportModelOf, fixedBundle, INJECTION_TITLE, MARKUP_NAME } from './fixtures';
import { generatedBundle } from './generatedBundle';
import { xmlFaults } from './xmlCheck';

const AT = '2027-02-01T09:30:00.000Z';

/** Every cell of every sheet as the reader sees it: value (formula and result included), number format and weight. */
async function cellsOf(bytes: Uint8Array): Promise<Map<string, string>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
  const cells = new Map<string, string>();
  workbook.eachSheet((sheet) => {
    cells.set(`${sheet.name}!dimensions`, String(sheet.dimensions));
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        cells.set(`${sheet.name}!${cell.address}`, JSON.stringify({ value: cell.value, numFmt: cell.numFmt ?? null, bold: cell.font?.bold ?? false }));
      }),
    );
  });
  return cells;
}

function hostile(bundle: WorkspaceBundle): WorkspaceBundle {
  const names = [INJECTION_TITLE, MARKUP_NAME, '  leading and trailing  ', 'Line\r\nbreak\u0007bell', 'Tab\there _x0041_ 😀', '@SUM(A1)', '-2+3'];
  return { ...bundle, useCases: bundle.useCases.map((u, i) => ({ ...u, name: names[i % names.length] as string })) };
}

function demo(): WorkspaceBundle {
  let n = 0;
  const d = buildDemoWorkspace({ newId: () => `cf-${++n}`, nowIso: '2027-10-04T09:00:00.000Z', todayMonth: '2027-10' });
  return { ...d, plan: defaultPortfolioPlan(1_500_000) };
}

function withScenario(bundle: WorkspaceBundle): WorkspaceBundle {
  const s: Scenario = { ...blankScenarioInput('Wider costs'), id: 'sc-wide', workspaceId: bundle.workspace.id, createdAt: AT, updatedAt: AT };
  Object.assign(s.assumptions, { discountRate: 0.14, tokenPriceFactor: 1.5, adoptionFactor: 0.8, lastMileFactor: 1.3 });
  return { ...bundle, scenarios: [...(bundle.scenarios ?? []), s] };
}

const CASES: Record<string, { bundle: () => WorkspaceBundle; todayMonth?: string; scenarios?: boolean }> = {
  'the fixed workspace with hostile names': { bundle: () => hostile(fixedBundle()) },
  'the demo under way (rows from today), with a scenario (driven rows)': { bundle: () => withScenario(demo()), todayMonth: '2027-10', scenarios: true },
  '60 generated use cases with hostile names, before the plan': { bundle: () => hostile(generatedBundle(60, 5)) },
};

describe('the Cash flows rows written as SpreadsheetML', () => {
  for (const [name, input] of Object.entries(CASES)) {
    it(`read back exactly as exceljs's own: ${name}`, async () => {
      const bundle = input.bundle();
      const base = exportModelOf({ bundle, generatedAt: AT, ...(input.todayMonth ? { todayMonth: input.todayMonth } : {}) });
      const model = input.scenarios ? { ...base, scenarios: bundle.scenarios ?? [] } : base;
      const fast = await workbookXlsx(model);
      const reference = await workbookXlsx(model, { allThroughExcelJs: true });
      const [a, b] = await Promise.all([cellsOf(fast), cellsOf(reference)]);
      expect([...a.keys()].filter((k) => k.startsWith(CASH_FLOWS_SHEET)).length).toBeGreaterThan(100);
      expect(a.size).toBe(b.size);
      for (const [key, value] of b) expect(a.get(key), key).toBe(value);
      // The part itself is well-formed XML (independent of exceljs's reader).
      const parts = unzipSync(fast);
      const sheets = Object.keys(parts).filter((p) => p.startsWith('xl/worksheets/sheet'));
      for (const p of sheets) expect(xmlFaults(strFromU8(parts[p] as Uint8Array)), p).toEqual([]);
    });
  }

  it('packs a file that opens whatever the export’s date (a zip cannot hold dates before 1980)', async () => {
    const model = exportModelOf({ bundle: fixedBundle(), generatedAt: AT });
    for (const generatedAt of ['1970-01-01T00:00:00.000Z', '2107-12-31T00:00:00.000Z', '2150-06-01T00:00:00.000Z']) {
      const cells = await cellsOf(await workbookXlsx({ ...model, generatedAt }));
      expect(cells.size).toBeGreaterThan(100);
    }
  });

  it('writes one workbook when there is at most one use case (nothing to add)', async () => {
    const bundle = fixedBundle();
    const one = { ...bundle, useCases: bundle.useCases.slice(0, 1) };
    const model = exportModelOf({ bundle: one, generatedAt: AT });
    const [a, b] = await Promise.all([workbookXlsx(model).then(cellsOf), workbookXlsx(model, { allThroughExcelJs: true }).then(cellsOf)]);
    expect(a).toEqual(b);
  });
});

describe('rows as SpreadsheetML', () => {
  const text = (rows: RowsXml) => new TextDecoder().decode(Uint8Array.from(rows.bytes().flatMap((b) => [...b])));

  it('puts cells written out of column order in place, a later write replacing an earlier one', () => {
    const rows = new RowsXml(new Map([['plain', 0], ['plain|0', 4]]), new SharedStrings(7));
    rows.write(3, 5, 1, '0');
    rows.write(3, 2, 'b');
    rows.write(3, 5, 2, '0');
    rows.write(3, 4, null);
    rows.write(3, 6, Number.NaN, '0');
    rows.write(3, 3, -0, '0');
    expect(text(rows)).toBe('<row r="3"><c r="B3" t="s"><v>7</v></c><c r="C3" s="4"><v>0</v></c><c r="E3" s="4"><v>2</v></c></row>');
  });

  it('refuses a style it has no id for, and a row above a block already ended', () => {
    const rows = new RowsXml(new Map([['plain', 0]]), new SharedStrings(0));
    expect(() => rows.write(1, 1, 5, '0.0%')).toThrow(/No style id/);
    rows.write(4, 1, 'x');
    rows.endBlock();
    expect(() => rows.write(4, 2, 'y')).toThrow(/after a block/);
  });

  it('escapes formulas and text, neutralises text that would run as a formula, and shares each text once', () => {
    const strings = new SharedStrings(2);
    const rows = new RowsXml(new Map([['plain', 0], ['plain|0', 1]]), strings);
    rows.write(1, 1, '=1+1 & <b>');
    rows.write(1, 2, { formula: 'IF(A1<0,1,0)', result: 0 }, '0');
    rows.write(2, 1, '=1+1 & <b>');
    rows.write(2, 2, 'Tab _x0041_');
    const xml = text(rows);
    expect(xmlFaults(`<sheetData>${xml}</sheetData>`)).toEqual([]);
    expect(xml).toBe('<row r="1"><c r="A1" t="s"><v>2</v></c><c r="B1" s="1"><f>IF(A1&lt;0,1,0)</f><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>3</v></c></row>');
    const sst = '<?xml version="1.0"?><sst xmlns="x" count="5" uniqueCount="2"><si><t>a</t></si><si><t>b</t></si></sst>';
    expect(sharedStringCount(sst)).toBe(2);
    expect(withStrings(sst, strings)).toBe(
      '<?xml version="1.0"?><sst xmlns="x" count="8" uniqueCount="4"><si><t>a</t></si><si><t>b</t></si><si><t xml:space="preserve">&apos;=1+1 &amp; &lt;b&gt;</t></si><si><t xml:space="preserve">Tab _x005F_x0041_</t></si></sst>',
    );
  });

  it('grows the sheet’s dimension and fills an empty sheetData', () => {
    const rows = [new TextEncoder().encode('<row r="9"><c r="Z9"><v>1</v></c></row>')];
    const grown = new TextDecoder().decode(withRows('<worksheet><dimension ref="A1:C2"/><sheetData/></worksheet>', rows, 9, 26));
    expect(grown).toBe('<worksheet><dimension ref="A1:Z9"/><sheetData><row r="9"><c r="Z9"><v>1</v></c></row></sheetData></worksheet>');
    const kept = new TextDecoder().decode(withRows('<worksheet><dimension ref="A1:AL12"/><sheetData><row r="1"/></sheetData></worksheet>', rows, 9, 26));
    expect(kept).toBe('<worksheet><dimension ref="A1:AL12"/><sheetData><row r="1"/><row r="9"><c r="Z9"><v>1</v></c></row></sheetData></worksheet>');
  });
});
