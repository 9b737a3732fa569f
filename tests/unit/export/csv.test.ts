import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { CSV_BOM, csvCell, isFormulaLike, neutraliseCell, tableCsv, toCsv } from '@shared/export/csv';

describe('neutraliseCell (OWASP CSV injection)', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(1)', "'@SUM(1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['\n=1', "'\n=1"],
    ['=HYPERLINK("http://evil.example","Click")', '\'=HYPERLINK("http://evil.example","Click")'],
    ['  =cmd|\' /C calc\'!A0', "'  =cmd|' /C calc'!A0"],
    ['"=1+2', '\'"=1+2'],
    ["'=1+2", "''=1+2"],
    [' \u00A0"@x', '\' \u00A0"@x'],
    ['\uFF1D1+1', "'\uFF1D1+1"],
  ])('prefixes a single quote to %j', (input, expected) => {
    expect(neutraliseCell(input)).toBe(expected);
  });

  it.each(['Invoice backlog', '3 people', 'a=b', 'Cost - high', '', '   ', '"quoted"', 'e-mail triage', '50% of staff'])(
    'leaves harmless text %j unchanged',
    (input) => {
      expect(neutraliseCell(input)).toBe(input);
    },
  );

  /** Independent reading of the rule: after spaces and double quotes, a trigger starts a formula; an apostrophe starts text. */
  const readsAsFormula = (cell: string): boolean => {
    const rest = cell.replace(/^[ \u00A0"]+/, '');
    return /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/.test(rest);
  };
  const risky = fc
    .tuple(fc.constantFrom('', ' ', '  ', '"', '\u00A0', "'", ' "'), fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', 'a', '1', ''), fc.string())
    .map(([a, b, c]) => a + b + c);

  it('never leaves a cell a spreadsheet reads as a formula, and only ever adds one leading quote', () => {
    fc.assert(
      fc.property(fc.oneof(risky, fc.string({ unit: 'binary' })), (s) => {
        const out = neutraliseCell(s);
        expect(readsAsFormula(out)).toBe(false);
        expect(out === s || out === `'${s}`).toBe(true);
        expect(out !== s).toBe(isFormulaLike(s));
      }),
      { numRuns: 500 },
    );
  });
});

describe('CSV writer (RFC 4180)', () => {
  it('quotes fields with commas, quotes and line breaks, doubles inner quotes, ends records with CRLF', () => {
    const csv = toCsv([
      ['Name', 'Note'],
      ['Invoices, AP', 'He said "go"'],
      ['Two\nlines', 'plain'],
    ]);
    expect(csv).toBe('Name,Note\r\n"Invoices, AP","He said ""go"""\r\n"Two\nlines",plain\r\n');
  });

  it('keeps numbers as numbers, negatives included, and neutralises text that looks like a formula', () => {
    expect(csvCell(-1250.5)).toBe('-1250.5');
    expect(csvCell('-1250.5')).toBe("'-1250.5");
    expect(csvCell(0)).toBe('0');
    expect(csvCell(-0)).toBe('0');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(null)).toBe('');
    expect(csvCell(true)).toBe('TRUE');
    expect(csvCell('=1+1,2')).toBe('"\'=1+1,2"');
  });

  it('writes a table with a header row and can add the BOM Excel needs for UTF-8', () => {
    const csv = tableCsv(
      [{ n: 'Café', v: 3 }],
      [
        { header: 'Name', value: (r) => r.n },
        { header: 'Value', value: (r) => r.v },
      ],
      { bom: true },
    );
    expect(csv).toBe(`${CSV_BOM}Name,Value\r\nCafé,3\r\n`);
  });

  it('round-trips any text through a standard CSV reader (papaparse), apart from the neutralising prefix', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.oneof(fc.string({ unit: 'binary' }), fc.double({ noNaN: true, noDefaultInfinity: true })), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const width = rows[0]?.length ?? 1;
        const table = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
        const parsed = Papa.parse<string[]>(toCsv(table), { delimiter: ',', newline: '\r\n', skipEmptyLines: false });
        const expected = table.map((r) => r.map((c) => (typeof c === 'number' ? String(Object.is(c, -0) ? 0 : c) : neutraliseCell(c))));
        expect(parsed.data.slice(0, table.length)).toEqual(expected);
      }),
    );
  });
});
