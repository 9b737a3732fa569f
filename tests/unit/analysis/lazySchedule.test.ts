import { describe, expect, it } from 'vitest';
import { candidateCases, rankCases } from '@shared/analysis';
import { buildDemoWorkspace } from '@shared/demo';
import { todayPlanMonth, trackedMetrics } from '@shared/finance';
import { presetWeights } from '@shared/portfolio';

let n = 0;
const demo = () => buildDemoWorkspace({ newId: () => `lz-${n++}`, nowIso: '2027-01-01T00:00:00.000Z', planningStartMonth: '2027-01' });

/** The months the living portfolio looks from: before the plan, in it (actuals, stages) and after its horizon. */
const MONTHS = ['2026-11', '2027-01', '2027-09', '2028-06', '2031-01'];

describe('a candidate’s schedule, worked out when first read (docs/performance.md, session 13)', () => {
  it('is the schedule its business case is worked out from, month by month, from every month seen', () => {
    const { workspace, problems, useCases } = demo();
    for (const month of MONTHS) {
      const today = todayPlanMonth(workspace.planningStartMonth, month, workspace.horizonMonths);
      const cases = candidateCases(workspace, problems, useCases, month);
      cases.forEach((c, i) => {
        const eager = trackedMetrics(useCases[i]!, workspace, today);
        expect(c.schedule).toEqual(eager.schedule);
        expect(c.metrics).toEqual(eager.metrics);
      });
    }
  });

  it('is worked out once, and a ranked copy shares it without working it out', () => {
    const { workspace, problems, useCases } = demo();
    const cases = candidateCases(workspace, problems, useCases, '2027-09');
    const rows = rankCases(cases, presetWeights('balanced'));
    for (const row of rows) {
      // Still an accessor on the ranked copy: ranking did not turn it into a value.
      expect(typeof Object.getOwnPropertyDescriptor(row, 'schedule')?.get).toBe('function');
      const of = cases.find((c) => c.useCase.id === row.useCase.id)!;
      expect(row.schedule).toBe(of.schedule);
      expect(row.schedule).toBe(row.schedule);
    }
  });

  it('is a plain value to a spread, a structured clone and JSON', () => {
    const { workspace, problems, useCases } = demo();
    const [row] = rankCases(candidateCases(workspace, problems, useCases, '2027-09'), presetWeights('balanced'));
    const spread = { ...row! };
    expect(Object.getOwnPropertyDescriptor(spread, 'schedule')?.value).toEqual(row!.schedule);
    expect(structuredClone({ schedule: row!.schedule, metrics: { npv: row!.metrics.npv } }).schedule).toEqual(row!.schedule);
    expect((JSON.parse(JSON.stringify(row)) as { schedule: unknown }).schedule).toEqual(JSON.parse(JSON.stringify(row!.schedule)));
    expect(Object.keys(row!)).toEqual(expect.arrayContaining(['useCase', 'problem', 'schedule', 'metrics', 'readinessAverage', 'uncertainty', 'score', 'rank']));
  });
});
