/**
 * The XLSX reader on real workbooks written by exceljs: what a client's inventory spreadsheet holds (text, numbers,
 * dates, booleans, formulas, merged group labels, several sheets, blank rows) comes back as the text Excel shows,
 * on the row number Excel shows.
 */
import { describe, expect, it } from 'vitest';
import { isXlsx, readXlsxRecords } from '@shared/inventory/xlsxRead';
import { excelBytes, refusal, rowsOf } from './xlsxWorkbooks';

describe('readXlsxRecords on workbooks written by Excel-compatible software', () => {
  it('reads text, numbers, dates, booleans and errors as the text Excel shows', async () => {
    const bytes = await excelBytes((wb) => {
      const ws = wb.addWorksheet('Inventory');
      ws.addRow(['Name', 'Monthly cost', 'Live since', 'Approved', 'Score', 'Check']);
      ws.addRow(['Invoice triage', 1234567.89, new Date(Date.UTC(2024, 1, 29)), true, 0.1 + 0.2, { error: '#N/A' }]);
      ws.addRow(['Chat assistant', -42, new Date(Date.UTC(1999, 11, 31)), false, 1e21, 7]);
      ws.getCell('C3').numFmt = 'dd/mm/yyyy';
      ws.getCell('E2').numFmt = '0.00%';
      ws.getCell('F3').numFmt = '0 "days"';
    });
    expect(isXlsx(bytes)).toBe(true);
    const result = readXlsxRecords(bytes);
    expect(rowsOf(result)).toEqual([
      [1, ['Name', 'Monthly cost', 'Live since', 'Approved', 'Score', 'Check']],
      [2, ['Invoice triage', '1234567.89', '2024-02-29', 'TRUE', '0.30000000000000004', '#N/A']],
      [3, ['Chat assistant', '-42', '1999-12-31', 'FALSE', '1e+21', '7']],
    ]);
    expect(result.ok && result.value).toMatchObject({ sheetNames: ['Inventory'], sheet: 'Inventory', columnCount: 6 });
  });

  it('gives a formula its saved result, and nothing when none was saved (never evaluates)', async () => {
    const bytes = await excelBytes((wb) => {
      const ws = wb.addWorksheet('Costs');
      ws.addRow(['Licence', 'Seats', 'Total', 'Label', 'Unsaved']);
      ws.addRow([
        100,
        3,
        { formula: 'A2*B2', result: 300 },
        { formula: 'IF(C2>200,"high","low")', result: 'high' },
        { formula: 'SUM(A2:C2)' },
      ]);
      ws.addRow([{ formula: 'TODAY()', result: new Date(Date.UTC(2025, 5, 30)) }, { formula: 'A2>50', result: true }]);
      ws.getCell('A3').numFmt = 'yyyy-mm-dd';
    });
    expect(rowsOf(readXlsxRecords(bytes))).toEqual([
      [1, ['Licence', 'Seats', 'Total', 'Label', 'Unsaved']],
      [2, ['100', '3', '300', 'high']],
      [3, ['2025-06-30', 'TRUE']],
    ]);
  });

  it('fills a merged range with its top-left value (a group label over several rows) and keeps gaps in row numbers', async () => {
    const bytes = await excelBytes((wb) => {
      const ws = wb.addWorksheet('Register');
      ws.getCell('A1').value = 'Unit';
      ws.getCell('B1').value = 'Use case';
      ws.getCell('C1').value = 'Owner';
      ws.getCell('A2').value = 'Finance';
      ws.mergeCells('A2:A4');
      ws.getCell('B2').value = 'Invoices';
      ws.getCell('B3').value = 'Forecasts';
      ws.getCell('B4').value = 'Audit';
      ws.getCell('A7').value = 'Shared services';
      ws.mergeCells('A7:C7');
      ws.getCell('B9').value = 'Orphan';
    });
    expect(rowsOf(readXlsxRecords(bytes))).toEqual([
      [1, ['Unit', 'Use case', 'Owner']],
      [2, ['Finance', 'Invoices']],
      [3, ['Finance', 'Forecasts']],
      [4, ['Finance', 'Audit']],
      [7, ['Shared services', 'Shared services', 'Shared services']],
      [9, ['', 'Orphan']],
    ]);
  });

  it('reads the sheet asked for, by name (ignoring case) or by position, and names the sheets when one is missing', async () => {
    const bytes = await excelBytes((wb) => {
      wb.addWorksheet('Notes').addRow(['Read me first']);
      wb.addWorksheet('AI inventory').addRow(['Name', 'Owner']);
      wb.getWorksheet('AI inventory')!.addRow(['Triage', 'Ops']);
      wb.addWorksheet('Empty');
    });
    const byName = readXlsxRecords(bytes, { sheet: 'ai INVENTORY' });
    expect(rowsOf(byName)).toEqual([
      [1, ['Name', 'Owner']],
      [2, ['Triage', 'Ops']],
    ]);
    expect(byName.ok && byName.value.sheet).toBe('AI inventory');
    const byIndex = readXlsxRecords(bytes, { sheet: 1 });
    expect(byIndex.ok && byIndex.value).toMatchObject({ sheet: 'AI inventory', sheetNames: ['Notes', 'AI inventory', 'Empty'] });
    expect(rowsOf(readXlsxRecords(bytes))).toEqual([[1, ['Read me first']]]);
    expect(refusal(readXlsxRecords(bytes, { sheet: 'Inventory' }))).toBe('The workbook has no sheet named “Inventory”; its sheets are: “Notes”, “AI inventory”, “Empty”');
    expect(refusal(readXlsxRecords(bytes, { sheet: 3 }))).toBe('The workbook has no sheet number 4; its sheets are: “Notes”, “AI inventory”, “Empty”');
    expect(refusal(readXlsxRecords(bytes, { sheet: 'Empty' }))).toBe('The sheet “Empty” is empty');
  });

  it('joins rich-text runs and keeps unicode, XML special characters and line breaks inside cells', async () => {
    const text = 'Café & <Ops> "quoted" \'single\' 日本語 😀 ½';
    const bytes = await excelBytes((wb) => {
      const ws = wb.addWorksheet('Text');
      ws.addRow([{ richText: [{ text: 'Owner: ' }, { font: { bold: true }, text: 'Finance' }, { font: { italic: true }, text: ' team' }] }, text, 'first line\nsecond line\n\nfourth']);
      ws.addRow([' padded ', { text: 'Policy page', hyperlink: 'https://example.org/?a=1&b=2' }]);
    });
    expect(rowsOf(readXlsxRecords(bytes))).toEqual([
      [1, ['Owner: Finance team', text, 'first line\nsecond line\n\nfourth']],
      [2, [' padded ', 'Policy page']],
    ]);
  });

  it('skips blank rows (empty or spaces only) without renumbering the rest, and trims empty trailing cells', async () => {
    const bytes = await excelBytes((wb) => {
      const ws = wb.addWorksheet('Gaps');
      ws.getCell('A1').value = 'Name';
      ws.getCell('C1').value = 'Cost';
      ws.getCell('A3').value = '   ';
      ws.getCell('B5').value = 'Second';
      ws.getCell('D5').value = '';
      ws.getCell('E6').value = null;
      ws.getCell('A8').value = 'Last';
    });
    const result = readXlsxRecords(bytes);
    expect(rowsOf(result)).toEqual([
      [1, ['Name', '', 'Cost']],
      [5, ['', 'Second']],
      [8, ['Last']],
    ]);
    expect(result.ok && result.value.columnCount).toBe(3);
  });

  it('refuses a sheet with more data rows than allowed, naming the row where it goes over', async () => {
    const bytes = await excelBytes((wb) => {
      const ws = wb.addWorksheet('Big');
      ws.addRow(['Name']);
      for (let i = 1; i <= 6; i++) ws.getCell(`A${i + (i > 3 ? 2 : 1)}`).value = `Row ${i}`;
    });
    expect(rowsOf(readXlsxRecords(bytes, { maxRows: 6 }))).toHaveLength(7);
    expect(refusal(readXlsxRecords(bytes, { maxRows: 5 }))).toBe('Row 8: the sheet has more than 5 rows; split it');
  });

  it('reads 5,000 rows × 12 columns well within half a second of CPU time', async () => {
    const bytes = await excelBytes((wb) => {
      const ws = wb.addWorksheet('Inventory');
      ws.addRow(Array.from({ length: 12 }, (_, c) => `Column ${c + 1}`));
      for (let r = 0; r < 5000; r++) {
        ws.addRow(Array.from({ length: 12 }, (_, c) => (c % 3 === 0 ? `Use case ${r}-${c} & co` : c % 3 === 1 ? r * 1000.25 + c : new Date(Date.UTC(2020, 0, 1 + (r % 1000))))));
      }
    });
    readXlsxRecords(bytes); // warm-up: the first run also compiles the code
    const before = process.cpuUsage();
    const result = readXlsxRecords(bytes);
    const used = process.cpuUsage(before);
    const ms = (used.user + used.system) / 1000;
    console.info(`xlsxRead: 5,000 × 12 (${(bytes.length / 1024).toFixed(0)} KB) read in ${ms.toFixed(1)} ms CPU`);
    const rows = rowsOf(result);
    expect(rows).toHaveLength(5001);
    expect(rows[5000]).toEqual([5001, ['Use case 4999-0 & co', '5000250.75', '2022-09-26', 'Use case 4999-3 & co', '5000253.75', '2022-09-26', 'Use case 4999-6 & co', '5000256.75', '2022-09-26', 'Use case 4999-9 & co', '5000259.75', '2022-09-26']]);
    // The target is well under 500 ms; the bound leaves room for a loaded two-core machine.
    expect(ms).toBeLessThan(1500);
  });
});
