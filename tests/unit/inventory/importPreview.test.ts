import { describe, expect, it } from 'vitest';
import { LAST_MILE_CATEGORIES, quickProblemInput, totalLastMileCost, type Problem } from '@shared/domain';
import type { InventoryMapping, InventoryTable } from '@shared/inventory/contract';
import { defaultInventoryMapping } from '@shared/inventory/mapping';
import { previewInventoryImport } from '@shared/inventory/preview';
import { matchAiPattern, readYesNo, shortenText, spreadLastMile } from '@shared/inventory/rowCells';
import { contextAfter, emptyContext, messyTable } from './inventoryArbitrary';

const HEADER = ['Use Case ID', 'Use Case Name', 'Description', 'Problem', 'Owner', 'Stage', 'Vendor', 'PII', 'Technique', 'Pilot cost', 'Production cost', 'Monthly benefit', 'Hours saved'];
const table = (...rows: string[][]): InventoryTable => messyTable({ header: HEADER, rows, fields: [] });
const row = (over: Partial<Record<(typeof HEADER)[number], string>> = {}): string[] => {
  const base: Record<string, string> = { 'Use Case ID': '', 'Use Case Name': 'Invoice reader', Description: '', Problem: '', Owner: '', Stage: '', Vendor: '', PII: '', Technique: '', 'Pilot cost': '', 'Production cost': '', 'Monthly benefit': '', 'Hours saved': '' };
  return HEADER.map((h) => over[h] ?? base[h]!);
};
const mapping = (t: InventoryTable, over: Partial<InventoryMapping> = {}): InventoryMapping => ({ ...defaultInventoryMapping(t), ...over });
const preview = (t: InventoryTable, over: Partial<InventoryMapping> = {}, context = emptyContext()) => previewInventoryImport(t, mapping(t, over), context);

describe('a row as a use case', () => {
  it('fills every mapped field and starts from the workspace defaults', () => {
    const t = table(row({ 'Use Case ID': 'UC-7', Description: 'Reads invoices', Problem: 'Invoice backlog', Owner: 'Dana', Stage: 'Pilot', Vendor: 'Acme', PII: 'Yes', Technique: 'OCR', 'Pilot cost': '$75,000', 'Production cost': '280k', 'Monthly benefit': '12,000', 'Hours saved': '120' }));
    const p = preview(t);
    expect(p.faults).toEqual([]);
    const [uc] = p.plan!.newUseCases;
    expect(uc!.stage).toBe('pilot');
    expect(uc!.input).toMatchObject({
      name: 'Invoice reader',
      description: 'Reads invoices',
      aiPattern: 'Document processing',
      pilot: { cost: 75000, months: 4 },
      benefits: { costAvoidedPerMonth: 12000, hoursSavedPerMonth: 120, rampUpMonths: 6 },
      register: { externalId: 'UC-7', owner: 'Dana', vendor: 'Acme', personalData: true, problemStated: true, importedFrom: 'inventory.csv' },
      estimate: { source: 'own', referenceClass: '' },
    });
    expect(totalLastMileCost(uc!.input.lastMile.costs)).toBeCloseTo(280000, 6);
    expect(p.plan!.newProblems).toEqual([{ key: uc!.problem.kind === 'new' ? uc!.problem.key : '', input: expect.objectContaining({ title: 'Invoice backlog', statement: '', status: 'captured' }) }]);
  });

  it('marks a use case without a pilot or last-mile cost as not estimated, and a blank stage as an idea', () => {
    const p = preview(table(row({ 'Monthly benefit': '500' })));
    expect(p.plan!.newUseCases[0]!.input.estimate.source).toBe('none');
    expect(p.plan!.newUseCases[0]!.stage).toBe('idea');
  });

  it('reads numbers in the workspace’s number format', () => {
    const context = emptyContext();
    context.workspace = { ...context.workspace, numberFormat: 'de-DE' };
    const p = preview(table(row({ 'Pilot cost': '1.200,50' })), {}, context);
    expect(p.plan!.newUseCases[0]!.input.pilot.cost).toBe(1200.5);
  });
});

describe('faults, named by row and column', () => {
  it('names a blank name, an unknown yes/no, a bad number, a negative cost and an unmapped stage', () => {
    const t = table(row({ 'Use Case Name': '', Owner: 'Dana' }), row({ PII: 'maybe' }), row({ 'Pilot cost': 'abc' }), row({ 'Pilot cost': '-5' }), row({ Stage: 'Blue' }));
    const p = preview(t, { stageMap: [] });
    expect(p.faultyRows).toEqual([2, 3, 4, 5, 6]);
    expect(p.faults.map((f) => f.text)).toEqual([
      'Row 2, column B (Use Case Name): Name is required',
      'Row 3, column H (PII): “maybe” is not yes or no; write yes, no, or leave it blank when not stated',
      expect.stringMatching(/^Row 4, column J \(Pilot cost\): "abc" is not a number/),
      'Row 5, column J (Pilot cost): Pilot cost must be a number of 0 or more',
      'Row 6, column F (Stage): “Blue” is not in the stage table; choose which stage it means',
    ]);
    expect(p.plan).toBeNull();
    expect(p.blockers[0]).toMatch(/^5 rows have faults/);
  });

  it('skips the faulty rows when asked and lists them', () => {
    const p = preview(table(row(), row({ 'Use Case Name': '', Owner: 'Dana' }), row({ 'Use Case Name': 'Claims triage' })), { faultyRows: 'skip' });
    expect(p.plan!.skippedRows).toEqual([3]);
    expect(p.plan!.newUseCases.map((u) => u.row)).toEqual([2, 4]);
  });

  it('refuses a second row with the same register id', () => {
    const p = preview(table(row({ 'Use Case ID': 'UC-1' }), row({ 'Use Case ID': 'UC-1', 'Use Case Name': 'Other' })));
    expect(p.faults.map((f) => f.text)).toEqual(['Row 3, column A (Use Case ID): The register id “UC-1” is also on row 2; each row needs its own id']);
  });

  it('blocks on the mapping, not the rows, when the name column is missing', () => {
    const t = table(row());
    const p = preview(t, { columns: { ...mapping(t).columns, name: null } });
    expect(p).toMatchObject({ faults: [], plan: null, blockers: ['Choose the column that holds the use case name'] });
  });
});

describe('over-long text', () => {
  const longName = `Automated ${'invoice '.repeat(30)}reader`;
  const longOwner = `Office of ${'the deputy '.repeat(15)}director`;
  const t = table(row({ 'Use Case Name': longName, Owner: longOwner, Description: 'Reads invoices', Problem: `Backlog ${'of invoices '.repeat(25)}` }));

  it('is a fault the shorten choice resolves', () => {
    const p = preview(t);
    expect(p.faults.map((f) => [f.field, f.fix, f.message])).toEqual([
      ['name', 'shorten', 'Name must be at most 200 characters'],
      ['owner', 'shorten', 'Owner must be at most 120 characters'],
      ['problem', 'shorten', 'Title must be at most 200 characters'],
    ]);
    expect(p.blockers[1]).toMatch(/^3 faults are over-long text/);
  });

  it('is cut at a word boundary with the full text kept in the description', () => {
    const p = preview(t, { shortenLongText: true });
    expect(p.faults).toEqual([]);
    const uc = p.plan!.newUseCases[0]!.input;
    expect(uc.name.length).toBeLessThanOrEqual(200);
    expect(uc.name).toMatch(/invoice…$/);
    expect(uc.register.owner.length).toBeLessThanOrEqual(120);
    expect(uc.description).toBe(`Reads invoices\n\nFull name: ${longName}\nFull owner: ${longOwner}`);
    const problem = p.plan!.newProblems[0]!.input;
    expect(problem.title.length).toBeLessThanOrEqual(200);
    expect(problem.statement).toBe(`Backlog ${'of invoices '.repeat(25)}`.trim());
    expect(p.plan!.shortenedRows).toEqual([2]);
  });

  it('cuts the description itself last, to fit', () => {
    const p = preview(table(row({ 'Use Case Name': longName, Description: 'x '.repeat(2500) })), { shortenLongText: true });
    const d = p.plan!.newUseCases[0]!.input.description;
    expect(d.length).toBeLessThanOrEqual(4000);
    expect(d.endsWith(`Full name: ${longName}`)).toBe(true);
  });

  it('shortenText keeps short text and ends cut text with an ellipsis', () => {
    expect(shortenText('short', 10)).toBe('short');
    expect(shortenText('one two three four', 10)).toBe('one two…');
    expect(shortenText('abcdefghijklmnop', 10)).toBe('abcdefghi…');
  });
});

describe('problems', () => {
  const existing: Problem = { ...quickProblemInput('Invoice Backlog'), statement: 'Known', status: 'validated', id: 'p-old', workspaceId: 'w', createdAt: '2027-01-01T00:00:00.000Z', updatedAt: '2027-01-01T00:00:00.000Z' };
  const t = table(row({ Problem: 'invoice  backlog' }), row({ Problem: 'Slow claims', 'Use Case Name': 'Claims A' }), row({ Problem: 'slow claims', 'Use Case Name': 'Claims B' }), row({ 'Use Case Name': 'Lonely bot', Vendor: 'Acme' }));

  it('column: matches an existing title or one created earlier, and gives a blank cell its own problem', () => {
    const p = preview(t, {}, { ...emptyContext(), problems: [existing] });
    const ucs = p.plan!.newUseCases;
    expect(ucs[0]!.problem).toEqual({ kind: 'existing', id: 'p-old' });
    expect(ucs[1]!.problem).toEqual(ucs[2]!.problem);
    expect(p.plan!.newProblems.map((x) => x.input.title)).toEqual(['Slow claims', 'Problem behind “Lonely bot”']);
    expect(ucs.map((u) => u.input.register.problemStated)).toEqual([true, true, true, false]);
  });

  it('group: one problem per value of the grouping column, not a stated problem', () => {
    const p = preview(t, { problemMode: 'group', groupColumn: 6 });
    expect(p.plan!.newProblems.map((x) => x.input.title)).toEqual(['Problem behind “Invoice reader”', 'Problem behind “Claims A”', 'Problem behind “Claims B”', 'Acme']);
    expect(p.plan!.newUseCases.every((u) => !u.input.register.problemStated)).toBe(true);
  });

  it('per-row: one problem per use case, titled after it', () => {
    const p = preview(t, { problemMode: 'per-row' });
    expect(p.plan!.newProblems).toHaveLength(4);
    expect(p.plan!.newProblems[3]!.input.title).toBe('Problem behind “Lonely bot”');
  });
});

describe('re-import', () => {
  it('updates the use case with the same register id: only mapped fields change, the stage only when it moved', () => {
    const first = preview(table(row({ 'Use Case ID': 'UC-1', Owner: 'Dana', Stage: 'Pilot', 'Pilot cost': '75k', Problem: 'Backlog' })));
    const context = contextAfter(first.plan!);
    const stored = context.useCases[0]!;
    const edited = { ...stored, readiness: { ...stored.readiness, data: { score: 4, note: 'Clean ledgers' } }, revision: 3 };
    const second = table(row({ 'Use Case ID': 'UC-1', Owner: 'Lee', Stage: 'Pilot', 'Pilot cost': '', Problem: 'Another problem' }));
    const again = previewInventoryImport(second, mapping(second), { ...context, useCases: [edited] });
    expect(again.plan!.newUseCases).toEqual([]);
    expect(again.plan!.newProblems).toEqual([]);
    const [u] = again.plan!.updates;
    expect(u).toMatchObject({ useCaseId: stored.id, expectedRevision: 3, stage: null });
    expect(u!.input).toMatchObject({ problemId: stored.problemId, pilot: { cost: 75000 }, register: { owner: 'Lee', externalId: 'UC-1' }, estimate: { source: 'own' } });
    expect(u!.input.readiness.data).toEqual({ score: 4, note: 'Clean ledgers' });
    const third = table(row({ 'Use Case ID': 'UC-1', Stage: 'Live' }));
    const moved = previewInventoryImport(third, mapping(third), context);
    expect(moved.plan!.updates[0]!.stage).toBe('production');
  });
});

describe('re-import of shortened text', () => {
  it('keeps the full text in the description once, however often the file comes back', () => {
    const longName = `Automated ${'invoice '.repeat(30)}reader`;
    const t = messyTable({ header: ['ID', 'Name'], rows: [['UC-1', longName]], fields: [] });
    const m = { ...defaultInventoryMapping(t), shortenLongText: true };
    const first = previewInventoryImport(t, m, emptyContext()).plan!;
    const again = previewInventoryImport(t, m, contextAfter(first)).plan!;
    expect(again.updates[0]!.input.description).toBe(first.newUseCases[0]!.input.description);
    expect(again.updates[0]!.input.description).toBe(`Full name: ${longName}`);
  });
});

describe('cells', () => {
  it('reads yes and no words', () => {
    for (const yes of ['Yes', 'y', 'TRUE', '1', 'x', '✓', 'Yes – customer records']) expect(readYesNo(yes)).toEqual({ ok: true, value: true });
    for (const no of ['No', 'n', 'false', '0', 'No - none']) expect(readYesNo(no)).toEqual({ ok: true, value: false });
    expect(readYesNo('')).toEqual({ ok: true, value: null });
    expect(readYesNo('N/A')).toEqual({ ok: true, value: null });
    expect(readYesNo('Yesterday').ok).toBe(false);
  });
  it('matches AI patterns by name or usual word, else Other', () => {
    expect(matchAiPattern('computer vision')).toBe('Computer vision');
    expect(matchAiPattern('Chatbot')).toBe('Conversational assistant');
    expect(matchAiPattern('Natural language processing')).toBe('Other');
  });
  it('spreads a last-mile cost over the categories, exact to the cent', () => {
    const shares = emptyContext().workspace.defaults.lastMileShares;
    for (const total of [0, 0.01, 0.07, 99.99, 280000, 123456.78, 1e9 + 0.03]) {
      const costs = spreadLastMile(total, shares);
      const cents = LAST_MILE_CATEGORIES.reduce((s, c) => s + Math.round(costs[c] * 100), 0);
      expect(cents).toBe(Math.round(total * 100));
      for (const c of LAST_MILE_CATEGORIES) expect(Math.abs(costs[c] * 100 - Math.round(costs[c] * 100))).toBeLessThan(1e-6);
    }
    const heavy = { ...shares, integration: shares.integration + 4e-7 }; // within the schema's tolerance of 100%
    const costs = spreadLastMile(999_999.99, heavy);
    expect(LAST_MILE_CATEGORIES.reduce((s, c) => s + Math.round(costs[c] * 100), 0)).toBe(99_999_999);
  });
});
