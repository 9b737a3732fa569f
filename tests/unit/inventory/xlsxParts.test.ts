/**
 * The XLSX reader on hand-built workbooks: the XML that Excel, LibreOffice and other writers produce but exceljs
 * does not (inline strings, no shared strings, absolute targets, the 1904 date system, prefixed elements, escapes),
 * and the sheet-level limits (rows, columns, characters per cell, cells overall).
 */
import { describe, expect, it } from 'vitest';
import { readXlsxRecords } from '@shared/inventory/xlsxRead';
import { isDateFormatCode, serialToIsoDate } from '@shared/inventory/xlsxParts';
import { columnName, parseCellRef } from '@shared/inventory/xlsxSheet';
import { handZip, inl, refusal, rowsOf, worksheetXml } from './xlsxWorkbooks';

describe('readXlsxRecords on hand-built workbooks', () => {
  it('reads inline strings (with rich runs, phonetic guides left out) in a workbook without shared strings', () => {
    const bytes = handZip({
      sheets: [
        {
          name: 'Inline',
          xml:
            `<row r="1">${inl('A1', 'Name')}${inl('B1', 'Cost')}</row>` +
            '<row r="2"><c r="A2" t="inlineStr"><is><r><t>Rich </t></r><r><rPr><b/></rPr><t>text</t></r><rPh sb="0" eb="1"><t>ignored</t></rPh></is></c><c r="B2"><v>12.5</v></c></row>',
        },
      ],
    });
    expect(rowsOf(readXlsxRecords(bytes))).toEqual([
      [1, ['Name', 'Cost']],
      [2, ['Rich text', '12.5']],
    ]);
  });

  it('names the row of a cell whose shared text is missing', () => {
    const bytes = handZip({ sheets: [{ name: 'S', xml: `<row r="1">${inl('A1', 'Name')}</row><row r="3"><c r="C3" t="s"><v>0</v></c></row>` }] });
    const result = readXlsxRecords(bytes);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]).toEqual({ row: 3, message: expect.stringMatching(/^Row 3, column C: the cell's text is missing from the workbook; .*save it again/) });
  });

  it('follows absolute and relative relationship targets, and keeps the workbook’s sheet order', () => {
    const bytes = handZip({
      sheets: [
        { name: 'Second part', xml: `<row r="1">${inl('A1', 'from z.xml')}</row>`, target: '/xl/worksheets/z.xml' },
        { name: 'Data', xml: `<row r="2">${inl('B2', 'from ./sheets')}</row>`, target: './worksheets/../sheets/a.xml', path: 'xl/sheets/a.xml' },
      ],
    });
    const first = readXlsxRecords(bytes);
    expect(first.ok && first.value.sheetNames).toEqual(['Second part', 'Data']);
    expect(rowsOf(first)).toEqual([[1, ['from z.xml']]]);
    expect(rowsOf(readXlsxRecords(bytes, { sheet: 'Data' }))).toEqual([[2, ['', 'from ./sheets']]]);
  });

  it('reads dates in the 1904 date system and in custom date formats, and leaves other formats as numbers', () => {
    const row = (n: number, cells: [number, number][]) => `<row r="${n}">${cells.map(([s, v], i) => `<c r="${columnName(i)}${n}" s="${s}"><v>${v}</v></c>`).join('')}</row>`;
    const styles = { xfs: [0, 14, 164, 165, 166, 167, 168, 22], custom: [[164, 'dd"."mm"."yyyy'], [165, '0.00" d"'], [166, '[Red][<0]0;0'], [167, '[$-409]mmmm\\ d\\,\\ yyyy;@'], [168, '"Year "0']] as [number, string][] };
    const sheet = row(1, [[0, 43830], [1, 43830], [2, 0], [3, 43830], [4, 5], [5, 1.5], [6, 2024], [7, 43830.75]]);
    const in1904 = handZip({ date1904: true, styles, sheets: [{ name: 'D', xml: sheet }] });
    expect(rowsOf(readXlsxRecords(in1904))).toEqual([[1, ['43830', '2024-01-01', '1904-01-01', '43830', '5', '1904-01-02', '2024', '2024-01-01']]]);
    const in1900 = handZip({ styles, sheets: [{ name: 'D', xml: sheet }] });
    expect(rowsOf(readXlsxRecords(in1900))).toEqual([[1, ['43830', '2019-12-31', '1899-12-31', '43830', '5', '1900-01-01', '2024', '2019-12-31']]]);
  });

  it('decodes entities, numeric references, CDATA, _xHHHH_ escapes and namespace prefixes, keeping line breaks', () => {
    const sheet =
      `<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY e "not expanded">]><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><!-- a comment <c> --><x:sheetData>` +
      '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="str"><x:f>A1</x:f><x:v>R&amp;D &lt;team&gt; &#233;&#x1F600; &#0; &e;</x:v></x:c></x:row>' +
      '<x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t><![CDATA[<raw> & kept]]></x:t></x:is></x:c><x:c r="B2" t="inlineStr"><x:is><x:t>a_x000D__x000A_b _x005F_x0041_ C_x00e9_</x:t></x:is></x:c></x:row>' +
      '<x:row r="3"><x:c r="A3" t="e"><x:f>1/0</x:f><x:v>#DIV/0!</x:v></x:c><x:c r="B3" t="b"><x:v>0</x:v></x:c><x:c r="C3" t="d"><x:v>2024-05-06T00:00:00</x:v></x:c></x:row>' +
      '</x:sheetData></x:worksheet>';
    const bytes = handZip({ sharedStrings: ['<t xml:space="preserve">line one\r\nline two&#10;three &quot;q&quot; &apos;a&apos;</t>'], sheets: [{ name: 'E', xml: sheet, raw: true }] });
    expect(rowsOf(readXlsxRecords(bytes))).toEqual([
      [1, ['line one\nline two\nthree "q" \'a\'', 'R&D <team> é😀 &#0; &e;']],
      [2, ['<raw> & kept', 'a\r\nb _x0041_ Cé']],
      [3, ['#DIV/0!', 'FALSE', '2024-05-06']],
    ]);
  });

  it('numbers rows and columns without references in order, and takes the cell reference over the row’s', () => {
    const bytes = handZip({ sheets: [{ name: 'N', xml: '<row><c t="inlineStr"><is><t>a</t></is></c><c><v>1</v></c></row><row><c r="B2"><v>2</v></c><c><v>3</v></c></row><row r="5"><c r="A6"><v>6</v></c></row>' }] });
    expect(rowsOf(readXlsxRecords(bytes))).toEqual([
      [1, ['a', '1']],
      [2, ['', '2', '3']],
      [6, ['6']],
    ]);
  });

  it('refuses more than 20,000 data rows by default, naming the row, and accepts exactly 20,000 under a header', () => {
    const sheet = (rows: number) => Array.from({ length: rows }, (_, i) => `<row r="${i + 1 + (i > 5 ? 2 : 0)}"><c r="A${i + 1 + (i > 5 ? 2 : 0)}"><v>${i}</v></c></row>`).join('');
    expect(rowsOf(readXlsxRecords(handZip({ sheets: [{ name: 'Big', xml: sheet(20_001) }] })))).toHaveLength(20_001);
    expect(refusal(readXlsxRecords(handZip({ sheets: [{ name: 'Big', xml: sheet(20_002) }] })))).toBe('Row 20,004: the sheet has more than 20,000 rows; split it');
  });

  it('refuses a cell past column XFD, a cell longer than Excel allows, and a sheet spanning too many cells', () => {
    expect(refusal(readXlsxRecords(handZip({ sheets: [{ name: 'W', xml: `<row r="4">${inl('XFE4', 'x')}</row>` }] })))).toMatch(/^Row 4: the sheet has more than 16,384 columns/);
    expect(rowsOf(readXlsxRecords(handZip({ sheets: [{ name: 'W', xml: `<row r="1">${inl('XFD1', 'last')}</row>` }] })))[0]![1]).toHaveLength(16_384);
    expect(refusal(readXlsxRecords(handZip({ sheets: [{ name: 'L', xml: `<row r="2">${inl('B2', 'x'.repeat(32_768))}</row>` }] })))).toMatch(/^Row 2, column B: the cell holds more than 32,767 characters/);
    expect(rowsOf(readXlsxRecords(handZip({ sheets: [{ name: 'L', xml: `<row r="2">${inl('B2', 'x'.repeat(32_767))}</row>` }] })))[0]![1][1]).toHaveLength(32_767);
    const wide = Array.from({ length: 400 }, (_, i) => `<row r="${i + 1}">${inl(`XFD${i + 1}`, 'x')}</row>`).join('');
    expect(refusal(readXlsxRecords(handZip({ sheets: [{ name: 'Wide', xml: wide }] })))).toMatch(/^Row 306: the sheet holds more than 5,000,000 cells; delete unused columns or split it$/);
  });

  it('fills merged ranges only up to the table, and refuses merges that would fill too many cells', () => {
    const data = `<row r="1">${inl('A1', 'Group')}${inl('B1', 'x')}</row><row r="3">${inl('B3', 'y')}</row>`;
    const merged = (refs: string[]) => handZip({ sheets: [{ name: 'M', raw: true, xml: worksheetXml(data, `<mergeCells>${refs.map((r) => `<mergeCell ref="${r}"/>`).join('')}</mergeCells>`) }] });
    expect(rowsOf(readXlsxRecords(merged(['A1:XFD1048576'])))).toEqual([
      [1, ['Group', 'Group']],
      [2, ['Group', 'Group']],
      [3, ['Group', 'Group']],
    ]);
    expect(rowsOf(readXlsxRecords(merged(['B2:C3', 'A4:A9', 'nonsense', 'A1'])))).toEqual([
      [1, ['Group', 'x']],
      [3, ['', 'y']],
    ]);
    const wideData = `<row r="1">${inl('A1', 'Group')}</row><row r="400">${inl('XFD400', 'far')}</row>`;
    const many = handZip({ sheets: [{ name: 'M', raw: true, xml: worksheetXml(wideData, '<mergeCells><mergeCell ref="A1:XFD400"/></mergeCells>') }] });
    expect(refusal(readXlsxRecords(many))).toMatch(/^Row 1: the sheet's merged cells cover more than 5,000,000 cells/);
  });

  it('says a chart sheet is not a table and a sheet missing from the file is damage', () => {
    const chart = handZip({ sheets: [{ name: 'Chart1', xml: '', target: 'chartsheets/sheet1.xml' }] });
    expect(refusal(readXlsxRecords(chart))).toBe('The sheet “Chart1” is a chart, not a table; choose another sheet');
    const missing = handZip({ sheets: [{ name: 'Gone', xml: '', target: 'worksheets/sheet9.xml', path: 'xl/worksheets/other.xml' }] });
    expect(refusal(readXlsxRecords(missing))).toBe('The sheet “Gone” is missing from the file; open it in Excel, save it again and import that copy');
    const none = handZip({ sheets: [] });
    expect(refusal(readXlsxRecords(none))).toBe('The workbook has no sheets');
    const utf16 = handZip({ sheets: [{ name: 'U', xml: '' }], extra: { 'xl/worksheets/sheet1.xml': new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...worksheetXml(`<row r="1">${inl('A1', 'wide é')}</row>`)].map((c) => c.charCodeAt(0))).buffer)]) } });
    expect(rowsOf(readXlsxRecords(utf16))).toEqual([[1, ['wide é']]]);
  });
});

describe('dates, formats and references', () => {
  it('keeps Excel’s 1900 leap-year bug and agrees with the calendar on every serial', () => {
    expect([1, 59, 60, 61, 45351, 2_958_465].map((s) => serialToIsoDate(s, false))).toEqual(['1900-01-01', '1900-02-28', '1900-02-29', '1900-03-01', '2024-02-29', '9999-12-31']);
    expect([0, 1, 1461, 43830].map((s) => serialToIsoDate(s, true))).toEqual(['1904-01-01', '1904-01-02', '1908-01-01', '2024-01-01']);
    expect([-1, 2_958_466, Number.NaN].map((s) => serialToIsoDate(s, false))).toEqual([null, null, null]);
    for (let s = 61; s <= 2_958_465; s += 997) expect(serialToIsoDate(s + 0.999, false)).toBe(new Date(Date.UTC(1899, 11, 30) + s * 86_400_000).toISOString().slice(0, 10));
  });

  it('tells date formats from others by their tokens outside quotes and brackets', () => {
    for (const code of ['yyyy-mm-dd', 'd/m/yy', 'mmm yyyy', 'h:mm AM/PM', '[$-409]dddd, mmmm dd', 'DD.MM.YYYY']) expect(isDateFormatCode(code), code).toBe(true);
    for (const code of ['General', '0.00', '#,##0 "days"', '[h]:mm', '[mm]:ss', '[Red]0;[Blue]-0', '0\\d', '@', '_-* #,##0_-;-* #,##0_-', '0.0E+00']) expect(isDateFormatCode(code), code).toBe(false);
  });

  it('reads cell references in both cases, with anchors', () => {
    expect(['A1', 'b7', '$C$12', 'XFD1048576', 'AA'].map(parseCellRef)).toEqual([{ col: 0, row: 1 }, { col: 1, row: 7 }, { col: 2, row: 12 }, { col: 16383, row: 1048576 }, { col: 26, row: 0 }]);
    expect(['1A', 'A-1', 'A1.5', '7'].map(parseCellRef)).toEqual([null, null, null, { col: -1, row: 7 }]);
    expect([0, 25, 26, 701, 702, 16383].map(columnName)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA', 'XFD']);
  });
});
