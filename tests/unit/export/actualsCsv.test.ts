import { describe, expect, it } from 'vitest';
import { actualsCsv } from '@shared/export/actualsCsvExport';
import { importActualsCsv, importActualsCsvText, previewActualsCsv, readActualsCsv, type ActualsCsvContext } from '@shared/export/actualsCsvImport';
import { suggestActualsMapping } from '@shared/export/actualsCsvMapping';
import { readCalendarMonthText } from '@shared/export/actualsCsvMonth';

const context: ActualsCsvContext = {
  useCases: [
    { id: 'uc-1', name: 'Invoice reader' },
    { id: 'uc-2', name: 'Claims triage' },
    { id: 'uc-3', name: 'Claims triage' },
    { id: 'uc-4', name: '=HYPERLINK("x")' },
  ],
  defaultUseCaseId: null,
  todayMonth: '2027-07',
};

const FINANCE = [
  'Project,Period,Pilot cost,Last mile ($),Integration,Data pipelines,Running costs,Savings',
  'Invoice reader,2027-03,"$12,000",,,,,',
  'Invoice reader,Apr 2027,,23k,18000,5000,,',
  'uc-2,05/2027,,,,,"1,300",8000',
].join('\r\n');

describe('month cells', () => {
  it('reads the ways spreadsheets write a month and refuses dates and junk in words', () => {
    for (const [text, month] of [['2027-03', '2027-03'], ['2027/3', '2027-03'], ['2027-03-01', '2027-03'], ['03/2027', '2027-03'], ['Mar 2027', '2027-03'], ['March 2027', '2027-03'], ['Mar-27', '2027-03'], ['mars 2027', '2027-03'], ['März 2027', '2027-03'], ['Sept 2027', '2027-09'], ['2027 Dec', '2027-12']]) {
      expect(readCalendarMonthText(text!)).toEqual({ ok: true, month });
    }
    expect(readCalendarMonthText('01/03/2027')).toEqual({ ok: false, message: '"01/03/2027" is a date, and its day and month cannot be told apart; write the month as 2027-03 or Mar 2027' });
    expect(readCalendarMonthText('2027-13')).toEqual({ ok: false, message: 'there is no month 13; write the month as 2027-03 or Mar 2027' });
    expect(readCalendarMonthText('Spring 2027')).toEqual({ ok: false, message: '"Spring" is not a month name; write the month as 2027-03 or Mar 2027' });
    expect(readCalendarMonthText('soon')).toEqual({ ok: false, message: '"soon" is not a month; write the month as 2027-03 or Mar 2027' });
  });
});

describe('suggested column mapping', () => {
  it('matches a finance sheet’s headers to the fields, each column once', () => {
    const read = readActualsCsv(FINANCE);
    if (!read.ok) throw new Error('read');
    expect(read.table.hasHeader).toBe(true);
    expect(read.table.mapping).toMatchObject({ useCase: 0, month: 1, pilot: 2, lastMile: 3, integration: 4, dataPipelines: 5, run: 6, benefit: 7, testingQa: null });
    expect(suggestActualsMapping(['Use case id', 'Month', 'Opex', 'Favourite colour'])).toMatchObject({ useCase: 0, month: 1, run: 2, pilot: null, benefit: null });
  });
});

describe('CSV import of actuals', () => {
  it('converts every row: use case by name or id, months, amounts in the workspace format, the last mile by category', () => {
    expect(importActualsCsvText(FINANCE, context)).toEqual({
      ok: true,
      rows: 3,
      entries: [
        {
          useCaseId: 'uc-1',
          months: [
            { month: '2027-03', pilot: 12_000, lastMile: 0, lastMileByCategory: null, run: 0, benefit: 0 },
            { month: '2027-04', pilot: 0, lastMile: 23_000, lastMileByCategory: { integration: 18_000, dataPipelines: 5_000 }, run: 0, benefit: 0 },
          ],
        },
        { useCaseId: 'uc-2', months: [{ month: '2027-05', pilot: 0, lastMile: 0, lastMileByCategory: null, run: 1_300, benefit: 8_000 }] },
      ],
    });
    const german = 'Use case;Month;Run cost\nInvoice reader;2027-01;1.200,50\n';
    expect(importActualsCsvText(german, { ...context, format: 'de-DE' })).toMatchObject({ ok: true, entries: [{ months: [{ run: 1200.5 }] }] });
  });

  it('names every fault by row and column, and imports nothing', () => {
    const bad = [
      'Use case,Month,Last mile,Integration,Run cost',
      'Claims triage,2027-01,,,100', // two use cases have this name
      'Nobody,2027-01,,,100',
      'Invoice reader,2027-07,,,100', // this month
      'Invoice reader,2027-02,500,100,-5', // split does not add up (reported once the cells read), negative run cost
      'Invoice reader,2027-03,abc,,',
      'Invoice reader,01/02/2027,,,',
      'Invoice reader,2027-05,,,10',
      'Invoice reader,May 2027,,,20', // the same month twice
    ].join('\n');
    const r = importActualsCsvText(bad, context);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.text)).toEqual([
      'Row 2, Use case (name or id): 2 use cases are called “Claims triage”; use the id of the one meant',
      'Row 3, Use case (name or id): no use case of this workspace is called “Nobody”',
      'Row 4, Month: Jul 2027 is this month: actuals are entered only for months that are over',
      'Row 5, Run cost: must be 0 or more',
      expect.stringMatching(/^Row 6, Last-mile spend: /),
      'Row 7, Month: "01/02/2027" is a date, and its day and month cannot be told apart; write the month as 2027-03 or Mar 2027',
      'Row 9, Month: May 2027 of “Invoice reader” is also on row 8; give each month once',
    ]);
    const split = importActualsCsvText('Use case,Month,Last mile,Integration\nInvoice reader,2027-02,500,100\n', context);
    expect(split.ok ? [] : split.errors.map((e) => e.text)).toEqual(['Row 2, Last-mile spend: The last-mile categories must add up to the actual last-mile spend']);
  });

  it('refuses a mapping without the month, the use case (unless for one use case) or any amount', () => {
    const read = readActualsCsv('Note,When\nx,2027-01\n');
    if (!read.ok) throw new Error('read');
    const r = importActualsCsv(read.table, { hasHeader: true, mapping: read.table.mapping }, context);
    expect(r.ok ? [] : r.errors.map((e) => e.text)).toEqual([
      'Choose the column that names the use case (its name or id)',
      'Choose the column that holds the month',
      'Choose at least one column of amounts (pilot, last mile, run cost or benefit)',
    ]);
    const forOne = importActualsCsvText('Month,Pilot\n2027-01,100\n', { ...context, defaultUseCaseId: 'uc-1' });
    expect(forOne).toMatchObject({ ok: true, entries: [{ useCaseId: 'uc-1', months: [{ month: '2027-01', pilot: 100 }] }] });
  });

  it('previews the first rows with their faults', () => {
    const read = readActualsCsv(FINANCE);
    if (!read.ok) throw new Error('read');
    const preview = previewActualsCsv(read.table, read.table, { ...context, todayMonth: '2027-04' }, 2);
    expect(preview.map((p) => (p.ok ? p.actual.month : p.errors[0]?.text))).toEqual(['2027-03', 'Row 3, Month: Apr 2027 is this month: actuals are entered only for months that are over']);
  });
});

describe('CSV export of actuals', () => {
  it('writes names as text no spreadsheet runs, amounts as numbers, and reads back to the same actuals', () => {
    const months = [
      { month: '2027-01', pilot: 1_000, lastMile: 300, lastMileByCategory: { integration: 300 }, run: 0, benefit: 0 },
      { month: '2027-02', pilot: 0, lastMile: 0, lastMileByCategory: null, run: 12.5, benefit: 400 },
    ];
    const csv = actualsCsv([{ id: 'uc-4', name: '=HYPERLINK("x")', actuals: months }]);
    expect(csv.split('\r\n')[1]).toBe(`"'=HYPERLINK(""x"")",uc-4,2027-01,1000,300,300,,,,,,,,0,0`);
    expect(importActualsCsvText(csv, context)).toEqual({ ok: true, rows: 2, entries: [{ useCaseId: 'uc-4', months }] });
  });
});
