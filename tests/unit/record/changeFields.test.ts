import { describe, expect, it } from 'vitest';
import { changedFields, recordName, shorten } from '@shared/analysis/changeFields';
import { defaultPortfolioPlan } from '@shared/portfolio';
import { fixedProblems, fixedUseCases, fixedWorkspace } from '../export/fixtures';

const style = { currency: 'USD', numberFormat: 'en-US' as const };

describe('what an edit changed, field by field, as the change log writes it', () => {
  it('lists exactly the changed fields of a use case, with readable labels and values, never bookkeeping', () => {
    const before = fixedUseCases()[0]!;
    const after = structuredClone(before);
    after.pilot.cost = 90_000;
    after.lastMile.costs.integration = 95_000;
    after.readiness.data.score = null;
    after.classification.kind = 'value-creation';
    after.complianceRegimes = ['SOC 2', 'GDPR'];
    after.runCost.modelApi.cacheHitShare = 0.35;
    after.updatedAt = '2027-05-01T00:00:00.000Z';
    expect(changedFields('useCase', { ...before, revision: 3 }, { ...after, revision: 4 }, style)).toEqual([
      { field: 'Classification', before: 'Automation', after: 'Value creation' },
      { field: 'Pilot cost', before: '$75,000', after: '$90,000' },
      { field: 'Integration engineering cost', before: '$80,000', after: '$95,000' },
      { field: 'Compliance regimes', before: 'SOC 2', after: 'SOC 2, GDPR' },
      { field: 'Cache-hit share', before: '20.0%', after: '35.0%' },
      { field: 'Readiness: Data ready', before: '4', after: 'not given' },
    ]);
  });

  it('a stage change reads as the stage, a gate decision as its choice, actuals as the months entered', () => {
    const before = fixedUseCases()[1]!;
    const after = structuredClone(before);
    after.lifecycle.history.push({ stage: 'pilot', month: '2027-02', at: '2027-02-03T00:00:00.000Z', by: 'Ana', note: '', evidence: null });
    after.actuals = [
      { month: '2027-02', pilot: 30_000, lastMile: 0, lastMileByCategory: null, run: 0, benefit: 0 },
      { month: '2027-03', pilot: 40_000, lastMile: 0, lastMileByCategory: null, run: 0, benefit: 0 },
    ];
    expect(changedFields('useCase', before, after, style)).toEqual([
      { field: 'Stage', before: 'Idea', after: 'Pilot in progress' },
      { field: 'Actuals', before: 'none', after: '2 months (2027-02 to 2027-03)' },
    ]);
  });

  it('problems, workspace settings and the plan (compared by its plan) in their own terms', () => {
    const p = fixedProblems()[0]!;
    expect(changedFields('problem', p, { ...p, status: 'parked', monthlyCost: null }, style)).toEqual([
      { field: 'Monthly cost', before: '$3,500', after: 'not given' },
      { field: 'Status', before: 'Validated', after: 'Parked' },
    ]);
    const w = fixedWorkspace();
    expect(changedFields('workspace', w, { ...w, discountRate: 0.08, organisation: '' }, { currency: 'EUR', numberFormat: 'de-DE' })).toEqual([
      { field: 'Organisation', before: 'Acme Insurance', after: 'empty' },
      { field: 'Discount rate', before: '10,0\u00a0%', after: '8,0\u00a0%' },
    ]);
    const plan = defaultPortfolioPlan(600_000);
    const record = (p: typeof plan) => ({ workspaceId: 'w', plan: p, updatedAt: 'x', revision: 1 });
    expect(changedFields('plan', record(plan), record({ ...plan, budget: 750_000, forced: { a: { mode: 'in', reason: '' } } }), style)).toEqual([
      { field: 'Budget', before: '$600,000', after: '$750,000' },
      { field: 'Forced choices', before: '0 forced in, 0 forced out', after: '1 forced in, 0 forced out' },
    ]);
  });

  it('an added or deleted record is one entry; nothing changed is no entry; names and long texts', () => {
    const p = fixedProblems()[0]!;
    expect(changedFields('problem', null, p)).toEqual([{ field: 'Record', before: '', after: 'Added' }]);
    expect(changedFields('problem', p, null)).toEqual([{ field: 'Record', before: '', after: 'Deleted' }]);
    expect(changedFields('problem', p, { ...p, updatedAt: 'later', revision: 9 })).toEqual([]);
    expect(recordName('problem', p)).toBe('Invoice backlog');
    expect(recordName('plan', null)).toBe('Portfolio plan');
    const long = changedFields('problem', p, { ...p, statement: 'x'.repeat(4000) })[0]!;
    expect(long.after).toHaveLength(1000);
    expect(long.after.endsWith('…')).toBe(true);
    expect(shorten('short')).toBe('short');
  });
});
