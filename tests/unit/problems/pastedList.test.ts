import { describe, expect, it } from 'vitest';
import { TITLE_MAX_LENGTH, parsePastedList, problemsOfRows, reviewRows, shortenTitle } from '@renderer/features/problems/pastedList';

const texts = (pasted: string) => parsePastedList(pasted).map((l) => l.text);

describe('a pasted list, one problem per line', () => {
  it('takes each non-empty line, trimmed, and skips blank ones', () => {
    expect(texts('Month-end close takes nine days\n\n   \nField reps re-key orders\n')).toEqual(['Month-end close takes nine days', 'Field reps re-key orders']);
    expect(parsePastedList('  A  \n\nB').map((l) => l.line)).toEqual([1, 3]);
  });

  it('reads Windows (CRLF) and old Mac (CR) line ends as one break each', () => {
    expect(parsePastedList('First\r\nSecond\r\n\r\nThird\rFourth')).toEqual([
      { line: 1, text: 'First' },
      { line: 2, text: 'Second' },
      { line: 4, text: 'Third' },
      { line: 5, text: 'Fourth' },
    ]);
  });

  it('removes bullets and checkboxes', () => {
    expect(texts('- Invoices keyed by hand\n• Order-status calls\n* Stock-outs\n+ Returns by email\n– Late quotes\n- [ ] Audit prep\n- [x] Payroll fixes')).toEqual([
      'Invoices keyed by hand',
      'Order-status calls',
      'Stock-outs',
      'Returns by email',
      'Late quotes',
      'Audit prep',
      'Payroll fixes',
    ]);
  });

  it('removes numbers: "1. ", "2) ", "(3) ", two digits too', () => {
    expect(texts('1. Invoices keyed by hand\n2) Order-status calls\n(3) Stock-outs\n10. Late quotes')).toEqual([
      'Invoices keyed by hand',
      'Order-status calls',
      'Stock-outs',
      'Late quotes',
    ]);
  });

  it('keeps what only looks like a marker: a negative figure, a decimal, a year', () => {
    expect(texts('-5% margin on spare parts\n3.5% of orders ship late\n2024 budget overrun in IT\n*Urgent* supplier audits')).toEqual([
      '-5% margin on spare parts',
      '3.5% of orders ship late',
      '2024 budget overrun in IT',
      '*Urgent* supplier audits',
    ]);
  });

  it('takes the first column of rows copied from a spreadsheet', () => {
    expect(texts('Invoices keyed by hand\tFinance\t12\nOrder-status calls\tService\t40\r\n\tempty first cell\t\nStock-outs\t\t')).toEqual([
      'Invoices keyed by hand',
      'Order-status calls',
      'Stock-outs',
    ]);
  });

  it('reads a quoted spreadsheet cell with line breaks and quotes as one title', () => {
    expect(parsePastedList('"Quotes take\na week"\tSales\nReturns "on hold"\tOps\n"Say ""no"" to rush orders"')).toEqual([
      { line: 1, text: 'Quotes take a week' },
      { line: 3, text: 'Returns "on hold"' },
      { line: 4, text: 'Say "no" to rush orders' },
    ]);
    expect(texts('"Quick wins" are never measured\nBoard packs take a week')).toEqual(['"Quick wins" are never measured', 'Board packs take a week']);
  });

  it('collapses runs of spaces inside a line', () => {
    expect(texts('Supplier   onboarding\u00a0 stalls')).toEqual(['Supplier onboarding stalls']);
  });
});

describe('lines longer than a title', () => {
  const long = `Supplier invoices and delivery notes arrive as PDFs and paper, ${'and are keyed in by hand by a team of twelve '.repeat(5)}every month`;

  it('are offered shortened at a word, the full text kept as the problem statement', () => {
    expect(long.length).toBeGreaterThan(TITLE_MAX_LENGTH);
    const [row] = reviewRows([{ line: 1, text: long }]);
    expect(row!.title.length).toBeLessThanOrEqual(TITLE_MAX_LENGTH);
    expect(row!.title.endsWith('…')).toBe(true);
    expect(long.startsWith(row!.title.slice(0, -1))).toBe(true);
    expect(long[row!.title.length - 1]).toBe(' ');
    expect(row!.statement).toBe(long);
    expect(reviewRows([{ line: 1, text: 'Short' }])[0]!.statement).toBe('');
  });

  it('a word longer than the room is cut', () => {
    expect(shortenTitle('x'.repeat(300))).toBe(`${'x'.repeat(TITLE_MAX_LENGTH - 1)}…`);
  });
});

describe('rows to problems', () => {
  it('makes a captured problem of each row and skips rows left blank', () => {
    const r = problemsOfRows([
      { key: 0, title: 'Invoices keyed by hand', statement: '' },
      { key: 1, title: '  ', statement: '' },
      { key: 2, title: 'Order-status calls', statement: 'Full text' },
    ]);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.inputs.map((p) => [p.title, p.statement, p.status])).toEqual([
        ['Invoices keyed by hand', '', 'captured'],
        ['Order-status calls', 'Full text', 'captured'],
      ]);
    }
  });

  it('refuses them all, naming each row, when one is edited beyond the title limit', () => {
    const r = problemsOfRows([
      { key: 4, title: 'Fine', statement: '' },
      { key: 7, title: 'y'.repeat(TITLE_MAX_LENGTH + 1), statement: '' },
    ]);
    expect(r).toEqual({ ok: false, errors: [{ row: 2, key: 7, message: 'Title must be at most 200 characters' }] });
  });
});
