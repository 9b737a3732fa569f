import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildDemoWorkspace } from '@shared/demo';
import { buildExportModel } from '@shared/export/exportModel';
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
    expect(parsed[0]?.slice(0, 3)).toEqual(['Rank', 'Use case', 'Problem']);
    expect(parsed).toHaveLength(m.rows.length + 1);
    const header = parsed[0]!;
    const col = (name: string) => header.indexOf(name);
    parsed.slice(1).forEach((row, i) => {
      const r = m.rows[i]!;
      expect(Number(row[col('Rank')])).toBe(r.rank);
      expect(Number(row[col(`Expected NPV (${m.workspace.currency})`)])).toBeCloseTo(r.metrics.expectedNpv, 1);
      expect(row[col('Funded')]).toBe(r.funded ? 'Yes' : 'No');
    });
  });

  it('neutralises a name that a spreadsheet would run as a formula', () => {
    const m = model('=HYPERLINK("http://evil.example","click")');
    const row = m.rows.find((r) => r.useCase.name.startsWith('='))!;
    const csv = rankedTableCsv(m);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
    expect(row).toBeDefined();
  });
});
