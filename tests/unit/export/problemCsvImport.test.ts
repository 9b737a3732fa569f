import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { quickProblemInput } from '@shared/domain';
import { detectHeader, emptyMapping, suggestMapping } from '@shared/export/problemCsvMapping';
import { importProblemCsv, importProblemCsvText, previewProblemCsv, readProblemCsv, suggestedSettings } from '@shared/export/problemCsvImport';

const WORKSHOP = [
  'Problem,Description,Business owner,Department,People affected,Hours per month,Monthly cost ($),Evidence,Priority,Status',
  'Invoice backlog,"AP clerks re-key 10,000 invoices a month",Dana (CFO),finance,12,200,"$3,500",Q3 audit,5,Validated',
  'Slow onboarding,New hires wait for access,Lee,Human resources,40,"1,200",0,,3,',
].join('\r\n');

describe('suggested column mapping', () => {
  it('matches usual spreadsheet headers to problem fields', () => {
    const mapping = suggestMapping(['Problem', 'Description', 'Business owner', 'Department', 'People affected', 'Hours per month', 'Monthly cost ($)', 'Evidence', 'Priority', 'Status']);
    expect(mapping).toEqual({
      title: 0,
      statement: 1,
      owner: 2,
      function: 3,
      peopleAffected: 4,
      monthlyHours: 5,
      monthlyCost: 6,
      evidence: 7,
      strategicImportance: 8,
      status: 9,
    });
  });

  it('tolerates case, accents, typos and units, uses each column once and leaves unknown headers unmapped', () => {
    const mapping = suggestMapping(['TITLE', 'Monthly Cost (EUR)', 'Monthly cost', 'Owner ', 'Statment', 'Favourite colour']);
    expect(mapping.title).toBe(0);
    expect(mapping.monthlyCost).toBe(1);
    expect(mapping.owner).toBe(3);
    expect(mapping.statement).toBe(4);
    expect(Object.values(mapping).filter((c) => c === 5)).toEqual([]);
    expect(Object.values(mapping).filter((c) => c === 2)).toEqual([]);
  });

  it('detects a header row, and its absence', () => {
    expect(detectHeader([['Problem', 'Cost'], ['Backlog', '300']])).toBe(true);
    expect(detectHeader([['Thing', 'Amount'], ['Backlog', '300']])).toBe(true);
    expect(detectHeader([['Backlog', '300'], ['Onboarding', '200']])).toBe(false);
  });
});

describe('CSV import of problems', () => {
  it('imports a workshop spreadsheet: mapping, number formats, function names, defaults for blanks', () => {
    const r = importProblemCsvText(WORKSHOP);
    expect(r).toEqual({
      ok: true,
      problems: [
        {
          title: 'Invoice backlog',
          statement: 'AP clerks re-key 10,000 invoices a month',
          owner: 'Dana (CFO)',
          function: 'Finance',
          peopleAffected: 12,
          monthlyHours: 200,
          monthlyCost: 3500,
          evidence: 'Q3 audit',
          strategicImportance: 5,
          status: 'validated',
        },
        {
          ...quickProblemInput('Slow onboarding'),
          statement: 'New hires wait for access',
          owner: 'Lee',
          function: 'Human resources',
          peopleAffected: 40,
          monthlyHours: 1200,
          monthlyCost: 0,
        },
      ],
    });
  });

  it('reads semicolon-separated files with a BOM (European Excel)', () => {
    const r = importProblemCsvText('\uFEFFTitle;Monthly cost\r\nBacklog;1200\r\n');
    expect(r.ok && r.problems[0]).toMatchObject({ title: 'Backlog', monthlyCost: 1200 });
  });

  it("reads numbers in the workspace's number format, as the forms do (de-DE: 1.200,50; fr-FR: 1 200,50; 75k everywhere)", () => {
    const de = importProblemCsvText('Title;Monthly cost;Hours per month\nRückstand;"1.200,50 €";"1,5"\nAbgleich;75k;1.200\n', undefined, 'de-DE');
    expect(de.ok && de.problems.map((p) => [p.monthlyCost, p.monthlyHours])).toEqual([
      [1200.5, 1.5],
      [75000, 1200],
    ]);
    const fr = importProblemCsvText('Title;Monthly cost\nRetard;1\u202F200,50\n', undefined, 'fr-FR');
    expect(fr.ok && fr.problems[0]?.monthlyCost).toBe(1200.5);
    const wrong = importProblemCsvText('Title,Monthly cost\nBacklog,"1,200.50"\n', undefined, 'de-DE');
    expect(!wrong.ok && wrong.errors.map((e) => e.text)).toEqual([
      'Row 2, Monthly cost: "1,200.50" is written in another number format; this workspace writes numbers as Deutsch: 1.234.567,89',
    ]);
  });

  it('refuses the whole file when any row is wrong, naming each row and field as the spreadsheet shows them', () => {
    const text = [
      'Title,Monthly cost,People affected,Priority,Status',
      'Fine,100,3,2,captured',
      'Bad cost,-5,3,2,captured',
      ',100,3,2,captured',
      'Words,lots,2.5,9,done',
      '',
      'Percent,12.5%,1,1,parked',
    ].join('\n');
    const r = importProblemCsvText(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.text)).toEqual([
      'Row 3, Monthly cost: must be a number of 0 or more',
      'Row 4, Title: is required',
      'Row 5, Monthly cost: "lots" is not a number; expected an amount of money such as 3500, 3,500 or 75k',
      'Row 5, Status: "done" is not a status; use captured, validated or parked',
      'Row 5, People affected: must be a whole number',
      'Row 5, Strategic importance: must be a score from 1 to 5',
      'Row 7, Monthly cost: "12.5%" is a percentage; expected an amount of money such as 3500, 3,500 or 75k',
    ]);
    expect(r.errors[0]).toMatchObject({ row: 3, field: 'monthlyCost' });
  });

  it('lets the user change the mapping and the header setting; the preview shows what each row becomes', () => {
    const read = readProblemCsv('Backlog,Dana,300\nOnboarding,Lee,x\n');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.table.hasHeader).toBe(false);
    expect(read.table.headers).toEqual(['Column 1', 'Column 2', 'Column 3']);
    const mapping = { ...emptyMapping(), title: 0, owner: 1, monthlyCost: 2 };
    const preview = previewProblemCsv(read.table, { hasHeader: false, mapping });
    expect(preview[0]).toMatchObject({ row: 1, ok: true, problem: { title: 'Backlog', owner: 'Dana', monthlyCost: 300 } });
    expect(preview[1]).toMatchObject({ row: 2, ok: false });
    const asHeader = suggestedSettings(read.table, true);
    expect(asHeader.headers).toEqual(['Backlog', 'Dana', '300']);
  });

  it('refuses a mapping without a title column or with a column that is not in the file', () => {
    const read = readProblemCsv('Title,Cost\nA,1\n');
    if (!read.ok) throw new Error('unreadable');
    const r = importProblemCsv(read.table, { hasHeader: true, mapping: { ...emptyMapping(), monthlyCost: 7 } });
    expect(r).toMatchObject({
      ok: false,
      errors: [{ text: 'Choose the column that holds the problem title' }, { text: 'Monthly cost: column 8 is not in the file (it has 2)' }],
    });
  });

  it.each([
    ['', 'The file is empty'],
    ['Title\n', 'The file has no problems to import (only a header row)'],
    ['Title,Cost\n"Broken,1\n', 'Row 2: a quoted value is never closed (a " is missing)'],
  ])('explains an unusable file %j', (text, message) => {
    const r = importProblemCsvText(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]?.text).toBe(message);
  });

  it('never throws on random or truncated text and never returns a half import', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.integer({ min: 0, max: WORKSHOP.length }).map((n) => WORKSHOP.slice(0, n))), (text) => {
        const r = importProblemCsvText(text);
        if (r.ok) expect(r.problems.length).toBeGreaterThan(0);
        else expect(r.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
