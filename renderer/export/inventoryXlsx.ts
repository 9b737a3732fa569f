/**
 * The portfolio back out as the client's inventory, as an .xlsx (exceljs): the same rows as the CSV
 * (shared/inventory/inventoryExport.ts), on the sheet the client's mapping reads (or "Inventory"), header row bold and
 * frozen with a filter, money as typed numbers in the workspace's currency format, every text cell neutralised against
 * formula injection (xlsxCells.ts writeCell), printed landscape to the page width.
 */
import * as ExcelJS from 'exceljs';
import { inventoryRows, type InventoryColumnKind, type InventoryRowsInput } from '@shared/inventory/inventoryExport';
import { clipCodePoints, oneLine } from '@shared/export/xmlText';
import { pagesWideFor, printSetup, workbookFormats, writeTable, type ColumnKind, type SheetColumn } from './xlsxCells';

/** The sheet name when the client's mapping names none. */
export const INVENTORY_SHEET = 'Inventory';

const SHEET_KIND: Record<InventoryColumnKind, ColumnKind> = { text: 'text', money: 'money', number: 'decimal' };

/** A name Excel accepts for a sheet: no [ ] : * ? / \, no leading or trailing apostrophe, 1–31 characters. */
function sheetName(name: string): string {
  const clean = clipCodePoints(oneLine(name).replace(/[[\]:*?/\\]/g, ' ').replace(/^'+|'+$/g, '').trim(), 31).trim();
  return clean === '' ? INVENTORY_SHEET : clean;
}

/** Builds the inventory workbook and returns the .xlsx file as bytes. `created` dates the file (default now). */
export async function inventoryXlsx(input: InventoryRowsInput, options: { created?: Date } = {}): Promise<Uint8Array> {
  const table = inventoryRows(input);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Lastmile';
  workbook.title = oneLine(input.workspace.name);
  const created = options.created ?? new Date();
  workbook.created = created;
  workbook.modified = created;
  const formats = workbookFormats(input.workspace.currency, input.workspace.numberFormat);
  const sheet = workbook.addWorksheet(sheetName(table.sheet));

  type Row = (string | number)[];
  const columns: SheetColumn<Row>[] = table.headers.map((header, i) => {
    const kind = SHEET_KIND[table.kinds[i] ?? 'text'];
    return {
      header,
      kind,
      width: kind === 'text' ? Math.min(40, Math.max(12, header.length + 2)) : Math.max(14, header.length + 2),
      value: (row: Row) => {
        const v = row[i];
        return v === undefined || v === '' ? null : v;
      },
    };
  });
  writeTable(sheet, table.rows, columns, formats);
  printSetup(sheet, { format: input.workspace.numberFormat, footer: input.workspace.name, titleRows: '1:1', pagesWide: pagesWideFor(columns.map((c) => c.width ?? 12)) });

  // Fast deflate, as the board workbook: a large inventory compresses a little less but writes about twice as fast.
  const buffer = await workbook.xlsx.writeBuffer({ zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } } });
  return new Uint8Array(buffer as ArrayBuffer);
}
