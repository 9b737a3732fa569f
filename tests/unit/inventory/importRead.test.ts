import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { readInventoryFile, withHeader } from '@shared/inventory/readInventory';
import { defaultInventoryMapping } from '@shared/inventory/mapping';
import { messyInventory, messyTable, utf8 } from './inventoryArbitrary';

const csv = (lines: string[]) => utf8(lines.join('\r\n'));

async function workbook(sheets: Record<string, (string | number | null)[][]>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) wb.addWorksheet(name).addRows(rows);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('reading an inventory file', () => {
  it('reads a CSV with its header, rows numbered as the spreadsheet shows them', () => {
    const read = readInventoryFile('register.csv', csv(['Use Case Name,Owner,Stage', 'Invoice reader,Dana,Pilot', '', 'Claims triage,Lee,Production']));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value).toMatchObject({ fileName: 'register.csv', kind: 'csv', sheetNames: [], sheet: '', hasHeader: true, columnCount: 3, headers: ['Use Case Name', 'Owner', 'Stage'] });
    expect(read.value.records.map((r) => r.row)).toEqual([1, 2, 4]);
  });

  it('names blank and repeated headers uniquely', () => {
    const read = readInventoryFile('r.csv', csv(['Name,Owner,,Owner,owner', 'A,B,C,D,E']));
    expect(read.ok && read.value.headers).toEqual(['Name', 'Owner', 'Column 3', 'Owner (2)', 'owner (3)']);
  });

  it('takes a first row of data as data, and the header toggle gives it back as a header', () => {
    const read = readInventoryFile('r.csv', csv(['Invoice reader,Dana,12', 'Claims triage,Lee,40']));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.hasHeader).toBe(false);
    expect(read.value.headers).toEqual(['Column 1', 'Column 2', 'Column 3']);
    expect(defaultInventoryMapping(read.value).columns.name).toBe(0);
    expect(withHeader(read.value, true).headers).toEqual(['Invoice reader', 'Dana', '12']);
  });

  it('refuses bytes that are not UTF-8, an empty file and an unclosed quote, in sentences', () => {
    const bad = readInventoryFile('r.csv', new Uint8Array([0x4e, 0x61, 0x6d, 0x65, 0x0a, 0xff]));
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.errors[0]).toMatch(/not valid UTF-8/);
    expect(readInventoryFile('r.csv', utf8('  \n'))).toEqual({ ok: false, errors: ['The file is empty'] });
    const quote = readInventoryFile('r.csv', csv(['Name,Owner', '"Invoice reader,Dana']));
    expect(!quote.ok && quote.errors[0]).toMatch(/^Row 2: /);
  });

  it('refuses an old binary workbook with what to do instead', () => {
    const read = readInventoryFile('register.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]));
    expect(!read.ok && read.errors[0]).toMatch(/\.xlsx\) or as CSV UTF-8/);
  });

  it('reads the first sheet of a workbook, or the one chosen', async () => {
    const bytes = await workbook({
      Summary: [['Inventory of AI use cases'], ['Exported 2025']],
      Inventory: [['Use Case ID', 'Use Case Name', 'Pilot cost'], ['UC-1', 'Invoice reader', 75000], ['UC-2', 'Claims triage', null]],
    });
    const first = readInventoryFile('register.xlsx', bytes);
    expect(first.ok && first.value.sheet).toBe('Summary');
    const chosen = readInventoryFile('register.xlsx', bytes, { sheet: 'Inventory' });
    expect(chosen.ok).toBe(true);
    if (!chosen.ok) return;
    expect(chosen.value).toMatchObject({ kind: 'xlsx', sheetNames: ['Summary', 'Inventory'], sheet: 'Inventory', hasHeader: true, headers: ['Use Case ID', 'Use Case Name', 'Pilot cost'] });
    expect(chosen.value.records[1]).toEqual({ row: 2, cells: ['UC-1', 'Invoice reader', '75000'] });
    expect(readInventoryFile('register.xlsx', bytes, { sheet: 'Nope' }).ok).toBe(false);
  });
});

describe('a workbook of a messy inventory', () => {
  it('reads as the same table as its CSV (cells as text, blank rows left out)', async () => {
    await fc.assert(
      fc.asyncProperty(messyInventory(12, 1), async (inv) => {
        const bytes = await workbook({ Register: [inv.header, ...inv.rows] });
        const read = readInventoryFile('register.xlsx', bytes);
        expect(read.ok).toBe(true);
        if (!read.ok) return;
        const expected = messyTable(inv, 'register.xlsx');
        const pad = (cells: string[]) => Array.from({ length: expected.columnCount }, (_, i) => cells[i] ?? '');
        expect(read.value.records.map((r) => ({ row: r.row, cells: pad(r.cells) }))).toEqual(expected.records.map((r) => ({ row: r.row, cells: pad(r.cells) })));
        expect(read.value.hasHeader).toBe(true);
        expect(read.value.headers.slice(0, read.value.columnCount)).toEqual(expected.headers.slice(0, read.value.columnCount));
      }),
      { numRuns: 15 },
    );
  });
});
