import * as ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { INVENTORY_SHEET, inventoryXlsx } from '@renderer/export/inventoryXlsx';
import { moneyFormat } from '@renderer/export/xlsxCells';
import { neutraliseCell } from '@shared/export/csv';
import { inventoryRows } from '@shared/inventory';
import { clientPreset, portfolio, workspace } from './exportFixtures';

const CREATED = new Date('2027-02-01T09:00:00.000Z');

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return book;
}

describe('the inventory as a workbook', () => {
  it('holds the same rows as the CSV on the client’s sheet: header bold and frozen, money typed in the workspace currency', async () => {
    const input = { ...portfolio(), preset: clientPreset(), workspace: { ...workspace(), currency: 'EUR', numberFormat: 'de-DE' as const }, funded: new Set(['uc-docs']) };
    const table = inventoryRows(input);
    const book = await open(await inventoryXlsx(input, { created: CREATED }));
    expect(book.worksheets.map((s) => s.name)).toEqual(['AI Inventory 2026']);
    const sheet = book.worksheets[0]!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const header = sheet.getRow(1);
    table.headers.forEach((h, i) => {
      expect(header.getCell(i + 1).value).toBe(h);
      expect(header.getCell(i + 1).font?.bold).toBe(true);
    });
    expect(sheet.rowCount).toBe(1 + table.rows.length);
    table.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        const cell = sheet.getRow(r + 2).getCell(c + 1);
        if (value === '') expect(cell.value ?? null).toBeNull();
        else if (typeof value === 'number') expect(cell.value).toBe(value);
        else expect(cell.value).toBe(neutraliseCell(value));
      }),
    );
    const pilot = sheet.getRow(2).getCell(table.headers.indexOf('Est. pilot cost') + 1);
    expect(pilot.value).toBe(75_000);
    expect(pilot.numFmt).toBe(moneyFormat('EUR', 'de-DE'));
    expect(pilot.numFmt).toContain('€');
    expect(sheet.getRow(2).getCell(table.headers.indexOf('Hours saved per month') + 1).value).toBe(200);
  });

  it('writes a text that starts like a formula as text, never as a formula', async () => {
    const { useCases, problems } = portfolio();
    const hostile = ['=SUM(A1:A9)', '+cmd|calc', '-2+3', '@risk', ' =1+2'];
    const named = hostile.map((name, i) => ({ ...useCases[0]!, id: `uc-${i}`, name, register: { ...useCases[0]!.register, owner: name, externalId: name } }));
    const book = await open(await inventoryXlsx({ useCases: named, problems, preset: clientPreset(), workspace: workspace() }, { created: CREATED }));
    const sheet = book.worksheets[0]!;
    for (let r = 2; r <= hostile.length + 1; r++) {
      sheet.getRow(r).eachCell((cell) => {
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
        expect(cell.formula).toBeUndefined();
      });
      const name = sheet.getRow(r).getCell(2).value;
      expect(typeof name).toBe('string');
      expect(name).toBe(`'${hostile[r - 2]}`);
    }
  });

  it('uses a sheet of its own name without a preset, and a name Excel accepts when the preset’s would not be', async () => {
    const base = { ...portfolio(), workspace: workspace() };
    const plain = await open(await inventoryXlsx({ ...base, preset: null }, { created: CREATED }));
    expect(plain.worksheets[0]!.name).toBe(INVENTORY_SHEET);
    expect(plain.worksheets[0]!.getRow(1).getCell(1).value).toBe('Use case name');
    const odd = await open(await inventoryXlsx({ ...base, preset: clientPreset({ sheet: 'Q3/Q4 [draft]: AI use cases inventory register' }) }, { created: CREATED }));
    const name = odd.worksheets[0]!.name;
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name).not.toMatch(/[[\]:*?/\\]/);
  });
});
