import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { useCaseMetrics } from '@shared/finance';
import { fundingStatusText } from '@shared/export/exportModel';
import { rankedTableCsv } from '@shared/export/rankedTableCsv';
import { fixedBundle, INJECTION_TITLE, exportModelOf } from './fixtures';

const GENERATED = '2027-02-01T09:30:00.000Z';

describe('export model', () => {
  const model = exportModelOf({ bundle: fixedBundle(), generatedAt: GENERATED });

  it('ranks every use case best first, with the business case the app computes', () => {
    expect(model.rows.map((r) => r.rank)).toEqual([1, 2, 3, 4]);
    const totals = model.rows.map((r) => r.score.total);
    expect([...totals].sort((a, b) => b - a)).toEqual(totals);
    for (const r of model.rows) expect(r.metrics).toEqual({ ...useCaseMetrics(r.useCase, model.workspace), living: expect.objectContaining({ stage: 'idea', today: 1 }) });
  });

  it('marks what the funding choice funded, forced and left out, with the reason', () => {
    const byId = new Map(model.rows.map((r) => [r.useCase.id, r]));
    expect(byId.get('uc-claims')).toMatchObject({ funded: true, forced: { mode: 'in', reason: 'Board priority' }, exclusion: null });
    expect(byId.get('uc-churn')).toMatchObject({ funded: false, exclusion: { reason: 'blocker' } });
    // At most one candidate per problem: the two invoice candidates are not both funded.
    expect(['uc-docs', 'uc-docs-alt'].filter((id) => byId.get(id)?.funded)).toHaveLength(1);
    expect(model.fundedSummary.fundedCount).toBe(model.rows.filter((r) => r.funded).length);
    expect(model.funding.status).toBe('optimal');
  });

  it('uses a funding result given to it instead of computing one', () => {
    const given = { ...model.funding, selectedIds: ['uc-docs'], excluded: [] };
    const m = exportModelOf({ bundle: fixedBundle(), funding: given, generatedAt: GENERATED });
    expect(m.rows.filter((r) => r.funded).map((r) => r.useCase.id)).toEqual(['uc-docs']);
  });

  it('labels every plan month on the calendar', () => {
    expect(model.calendarMonths).toHaveLength(36);
    expect(model.monthLabels.slice(0, 2)).toEqual(['Jan 2027', 'Feb 2027']);
    expect(model.monthLabels[35]).toBe('Dec 2029');
  });

  it('writes the funding cell from the funding note: funded, or not funded with its reason', () => {
    expect(fundingStatusText({ funded: true, status: 'Funded (forced in: Board priority)', detail: '', tradeOff: null })).toBe('Funded (forced in: Board priority)');
    expect(fundingStatusText({ funded: false, status: 'Over budget by $40,000', detail: '', tradeOff: null })).toBe('Not funded: over budget by $40,000');
    expect(fundingStatusText({ funded: false, status: 'Not funded', detail: '', tradeOff: null })).toBe('Not funded');
  });
});

describe('ranked table CSV', () => {
  const model = exportModelOf({ bundle: fixedBundle(), generatedAt: GENERATED });
  const csv = rankedTableCsv(model);
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

  it('starts with the byte order mark and has one row per candidate in rank order', () => {
    expect(csv.startsWith('\uFEFFRank,Rank by funding objective (expected NPV),Use case,Problem,')).toBe(true);
    expect(parsed).toHaveLength(1 + model.rows.length);
    expect(parsed.slice(1).map((r) => r[0])).toEqual(['1', '2', '3', '4']);
  });

  it('writes figures as plain numbers equal to the model, and names the currency in the headers', () => {
    const header = parsed[0]!;
    const npvCol = header.indexOf('NPV (USD)');
    const investCol = header.indexOf('Total investment (USD)');
    expect(npvCol).toBeGreaterThan(0);
    model.rows.forEach((r, i) => {
      expect(Number(parsed[i + 1]![npvCol])).toBe(r.metrics.npv);
      expect(Number(parsed[i + 1]![investCol])).toBe(r.metrics.totalInvestment);
    });
  });

  it('neutralises user text that a spreadsheet would run as a formula', () => {
    const problemCol = parsed[0]!.indexOf('Problem');
    const cells = parsed.slice(1).map((r) => r[problemCol]);
    expect(cells).toContain(`'${INJECTION_TITLE}`);
    expect(cells.every((c) => !/^[=+\-@]/.test(c ?? ''))).toBe(true);
  });
});
