/**
 * Properties of the XLSX reader: any grid of text written by exceljs reads back exactly (blank rows left out, row
 * numbers kept), and no bytes at all — random, or a real workbook damaged at random places — make it throw.
 */
import fc from 'fast-check';
import { unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { readXlsxRecords } from '@shared/inventory/xlsxRead';
import { readSheet } from '@shared/inventory/xlsxSheet';
import { excelBytes } from './xlsxWorkbooks';

const CHARS = ['a', 'Z', '7', ' ', '&', '<', '>', '"', "'", 'é', 'ß', '日', '😀', '\n', '\t', '-', '.', ',', '%', '#', '€'];
const cellText = fc.oneof(fc.constant(''), fc.string({ unit: fc.constantFrom(...CHARS), minLength: 1, maxLength: 12 }));
const grid = fc.array(fc.array(cellText, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 });

/** What the reader promises for a grid: non-blank rows with their numbers, trailing empty cells trimmed. */
function expected(rows: string[][]): [number, string[]][] {
  return rows
    .map((cells, i): [number, string[]] => {
      let width = cells.length;
      while (width > 0 && cells[width - 1] === '') width--;
      return [i + 1, cells.slice(0, width)];
    })
    .filter(([, cells]) => cells.some((c) => c.trim() !== ''));
}

/** A refusal or a sheet, never an exception, and every refusal says something. */
function wellFormed(result: ReturnType<typeof readXlsxRecords>) {
  if (result.ok) {
    for (const r of result.value.records) expect(r.cells.length).toBeLessThanOrEqual(result.value.columnCount);
  } else {
    expect(result.errors.length).toBeGreaterThan(0);
    for (const e of result.errors) expect(e.message.length).toBeGreaterThan(10);
  }
}

describe('readXlsxRecords properties', () => {
  it('reads back any grid of text exceljs writes, exactly', async () => {
    await fc.assert(
      fc.asyncProperty(grid, async (rows) => {
        const bytes = await excelBytes((wb) => {
          const ws = wb.addWorksheet('Grid');
          rows.forEach((cells, r) => cells.forEach((text, c) => (ws.getCell(r + 1, c + 1).value = text)));
        });
        const result = readXlsxRecords(bytes);
        const want = expected(rows);
        if (want.length === 0) {
          expect(!result.ok && result.errors[0]!.message).toBe('The sheet “Grid” is empty');
          return;
        }
        expect(result.ok && result.value.records.map((r) => [r.row, r.cells])).toEqual(want);
        expect(result.ok && result.value.columnCount).toBe(Math.max(...want.map(([, cells]) => cells.length)));
      }),
      { numRuns: 60 },
    );
  });

  describe('never throws', () => {
    let real: Uint8Array;
    let stored: Uint8Array;
    let sheetXml: string;
    beforeAll(async () => {
      real = await excelBytes((wb) => {
        const ws = wb.addWorksheet('Inventory');
        ws.addRow(['Name', 'Cost', 'Since', 'Live']);
        for (let r = 0; r < 40; r++) ws.addRow([`Use case ${r} & <co>`, r * 12.5, new Date(Date.UTC(2024, 0, r + 1)), r % 2 === 0]);
        ws.mergeCells('A3:A5');
        ws.getCell('E2').value = { formula: 'B2*2', result: 25 };
      });
      const files = unzipSync(real);
      // The same workbook uncompressed: damage then lands in the XML itself (the checksum still refuses it; below, the
      // sheet reader is also given damaged XML directly).
      stored = zipSync(Object.fromEntries(Object.entries(files).map(([name, data]) => [name, [data, { level: 0 }]])));
      sheetXml = new TextDecoder().decode(files['xl/worksheets/sheet1.xml']);
    });

    it('reads the undamaged workbooks', () => {
      for (const bytes of [real, stored]) expect(readXlsxRecords(bytes).ok).toBe(true);
    });

    it('on a real workbook damaged at random places (300 runs)', () => {
      fc.assert(
        fc.property(fc.boolean(), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 12 }), (useStored, changes) => {
          const bytes = (useStored ? stored : real).slice();
          for (const [at, value] of changes) bytes[at % bytes.length] = value;
          wellFormed(readXlsxRecords(bytes));
          wellFormed(readXlsxRecords(bytes, { sheet: 'Inventory', maxRows: 3 }));
        }),
        { numRuns: 300 },
      );
    });

    it('on a real workbook cut or spliced at random places', () => {
      fc.assert(
        fc.property(fc.nat(), fc.nat(), fc.nat(), (a, b, c) => {
          const n = real.length;
          wellFormed(readXlsxRecords(real.slice(0, a % n)));
          const spliced = new Uint8Array([...real.slice(0, a % n), ...real.slice(b % n, (b % n) + (c % 5000))]);
          wellFormed(readXlsxRecords(spliced));
        }),
        { numRuns: 100 },
      );
    });

    it('on random bytes, with or without a zip signature', () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 2000 }), fc.constantFrom([], [0x50, 0x4b, 0x03, 0x04], [0x50, 0x4b, 0x05, 0x06], [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), (tail, head) => {
          wellFormed(readXlsxRecords(new Uint8Array([...head, ...tail])));
        }),
        { numRuns: 300 },
      );
    });

    it('on damaged sheet XML given to the sheet reader directly', () => {
      const context = { sharedStrings: ['a', 'b'], dateStyles: [false, true], date1904: false, maxRows: 20 };
      fc.assert(
        fc.property(fc.array(fc.tuple(fc.nat(), fc.constantFrom('<', '>', '"', '/', '&', ' ', 'r="', '</c>', '<c r="ZZZZZZZZ9999999999">', '<v>', '<row r="-1">', '<mergeCell ref="A1:XFD9"/>', '')), { maxLength: 10 }), (edits) => {
          let xml = sheetXml;
          for (const [at, piece] of edits) {
            const i = at % (xml.length + 1);
            xml = xml.slice(0, i) + piece + xml.slice(i + (at % 3));
          }
          const result = readSheet(xml, context);
          if (!result.ok) for (const e of result.errors) expect(e.message.length).toBeGreaterThan(10);
        }),
        { numRuns: 300 },
      );
      expect(readSheet('', context)).toEqual({ ok: true, records: [], columnCount: 0 });
    });
  });
});
