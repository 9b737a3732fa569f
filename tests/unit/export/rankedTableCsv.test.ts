import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildDemoWorkspace } from '@shared/demo';
import { STAGE_LABELS } from '@shared/domain';
import { exportModelOf } from './fixtures';
import { rankedTableCsv } from '@shared/export/rankedTableCsv';
import { defaultPortfolioPlan } from '@shared/portfolio';

let n = 0;
function model(rename?: string) {
  const demo = buildDemoWorkspace({ newId: () => `id-${n++}`, nowIso: '2027-01-01T00:00:00.000Z', planningStartMonth: '2027-01' });
  const useCases = rename ? demo.useCases.map((u, i) => (i === 0 ? { ...u, name: rename } : u)) : demo.useCases;
  return exportModelOf({ bundle: { ...demo, useCases, plan: defaultPortfolioPlan(1_200_000) }, generatedAt: '2027-02-01T00:00:00.000Z' });
}

describe('CSV of the ranked table', () => {
  it('has one row per candidate in rank order, with the figures as numbers', () => {
    const m = model();
    const parsed = Papa.parse<string[]>(rankedTableCsv(m).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(parsed[0]?.slice(0, 4)).toEqual(['Rank', 'Rank by funding objective (expected NPV)', 'Use case', 'Problem']);
    expect(parsed).toHaveLength(m.rows.length + 1);
    const header = parsed[0]!;
    const col = (name: string) => header.indexOf(name);
    parsed.slice(1).forEach((row, i) => {
      const r = m.rows[i]!;
      expect(Number(row[col('Rank')])).toBe(r.rank);
      const expected = row[col(`Expected NPV (${m.workspace.currency})`)];
      if (r.metrics.expectedNpv === null) expect(expected).toBe('readiness not assessed');
      else expect(Number(expected)).toBeCloseTo(r.metrics.expectedNpv, 1);
      expect(row[col('Funded')]).toEqual(r.funded ? r.note.status : expect.stringMatching(/^Not funded: /));
    });
  });

  it('says why a candidate is not funded, the trade-off, and the rank by the funding objective, in the app words', () => {
    const m = model();
    const parsed = Papa.parse<string[]>(rankedTableCsv(m).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    const header = parsed[0]!;
    const col = (name: string) => header.indexOf(name);
    parsed.slice(1).forEach((row, i) => {
      const r = m.rows[i]!;
      expect(row[col('Why not funded')]).toBe(r.funded ? '' : r.note.detail);
      expect(row[col('Trade-off')]).toBe(r.note.tradeOff ?? '');
      expect(Number(row[col('Rank by funding objective (expected NPV)')])).toBe(r.objectiveRank);
      expect(row[col('Payback')]).toBe(m.present.payback(r.metrics.paybackMonth));
      expect(row[col('Classification')]).toMatch(/^(Value creation|Automation|Not classified)$/);
      expect(row[col('Probability of production')]).toBe(r.metrics.probability === null ? 'readiness not assessed' : String(r.metrics.probability));
    });
    expect(m.rows.some((r) => !r.funded)).toBe(true);
  });

  it('neutralises a name that a spreadsheet would run as a formula', () => {
    const m = model('=HYPERLINK("http://evil.example","click")');
    const row = m.rows.find((r) => r.useCase.name.startsWith('='))!;
    const csv = rankedTableCsv(m);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
    expect(row).toBeDefined();
  });

  it('of a plan under way says which figures look forward from today and adds stage, money to fund, committed, sunk and whole-life', () => {
    const demo = buildDemoWorkspace({ newId: () => `id-${n++}`, nowIso: '2027-10-01T00:00:00.000Z', todayMonth: '2027-10' });
    const m = exportModelOf({ bundle: { ...demo, plan: defaultPortfolioPlan(1_200_000) }, generatedAt: '2027-10-02T00:00:00.000Z', todayMonth: '2027-10' });
    const parsed = Papa.parse<string[]>(rankedTableCsv(m).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    const header = parsed[0]!;
    const col = (name: string) => header.indexOf(name);
    const cur = m.workspace.currency;
    for (const h of ['Stage', `To fund (not yet spent or committed) (${cur})`, `Committed, not yet spent (${cur})`, `Spent to date (sunk) (${cur})`, `NPV from Oct 2027 (${cur})`, `NPV, whole life (${cur})`])
      expect(header).toContain(h);
    expect(header).not.toContain(`NPV (${cur})`);
    parsed.slice(1).forEach((row, i) => {
      const r = m.rows[i]!;
      expect(row[col('Stage')]).toBe(STAGE_LABELS[r.metrics.living.stage]);
      expect(Number(row[col(`To fund (not yet spent or committed) (${cur})`)])).toBeCloseTo(r.metrics.living.fundingCost, 6);
      expect(Number(row[col(`NPV from Oct 2027 (${cur})`)])).toBeCloseTo(r.metrics.npv, 6);
      expect(Number(row[col(`NPV, whole life (${cur})`)])).toBeCloseTo(r.metrics.living.wholeLife.npv, 6);
    });
    expect(new Set(parsed.slice(1).map((row) => row[col('Stage')]))).toEqual(new Set(['Idea', 'Last mile in progress', 'Pilot finished: succeeded', 'In production', 'Stopped']));
  });
});
