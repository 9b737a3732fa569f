import { describe, expect, it } from 'vitest';
import { formatFileError, parseWorkspaceFile, serializeWorkspaceFile } from '@shared/export/workspaceFile';
import { fixedBundle } from './fixtures';

const META = { exportedAt: '2027-02-01T09:30:00.000Z', appVersion: '0.1.0' };

/** A version-0 file as the preview app wrote it: flat pilot fields, last mile as a list, appVersion on top. */
function v0File(edit: (uc: Record<string, unknown>[]) => void = () => undefined): string {
  const v1 = JSON.parse(serializeWorkspaceFile(fixedBundle(), META));
  const useCases = (v1.useCases as Record<string, unknown>[]).map((uc) => {
    const { pilot, lastMile, ...rest } = uc as { pilot: { cost: number; months: number }; lastMile: { costs: Record<string, number>; months: number } };
    return {
      ...rest,
      pilotCost: pilot.cost,
      pilotMonths: pilot.months,
      lastMileCosts: Object.entries(lastMile.costs)
        .filter(([, amount]) => amount !== 0)
        .map(([category, amount]) => ({ category, amount })),
      lastMileMonths: lastMile.months,
    };
  });
  edit(useCases);
  const { app, ...rest } = v1;
  return JSON.stringify({ ...rest, version: 0, appVersion: (app as { version: string }).version, useCases });
}

describe('migration v0 → v1 (flat pilot, last mile as a list)', () => {
  it('opens a version-0 file as the same workspace and says it was upgraded', () => {
    const r = parseWorkspaceFile(v0File());
    expect(r).toEqual({ ok: true, bundle: fixedBundle(), meta: META, migratedFrom: 0 });
  });

  it('adds up a category listed twice and fills absent categories with 0', () => {
    const r = parseWorkspaceFile(
      v0File((ucs) => {
        ucs[0]!.lastMileCosts = [{ category: 'integration', amount: 1000 }, { category: 'integration', amount: 500 }];
      }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.bundle.useCases[0]!.lastMile.costs).toEqual({ integration: 1500, dataPipelines: 0, uxHumanReview: 0, securityCompliance: 0, testingQa: 0, monitoringMlops: 0, infrastructure: 0, changeManagement: 0 });
  });

  it('refuses an unknown category and reports faults in the old fields at their new paths', () => {
    const unknown = parseWorkspaceFile(v0File((ucs) => void (ucs[1]!.lastMileCosts = [{ category: 'legal', amount: 5 }])));
    expect(unknown.ok === false && unknown.errors.map(formatFileError)).toEqual(['useCases[1].lastMileCosts[0].category: "legal" is not a last-mile category']);
    const negative = parseWorkspaceFile(v0File((ucs) => void (ucs[2]!.pilotCost = -3)));
    expect(negative.ok === false && negative.errors.map(formatFileError)).toEqual(['useCases[2].pilot.cost: Pilot cost must be a number of 0 or more']);
    const text = parseWorkspaceFile(v0File((ucs) => void (ucs[0]!.lastMileCosts = [{ category: 'testingQa', amount: 'lots' }])));
    expect(text.ok === false && text.errors.map(formatFileError)).toEqual(['useCases[0].lastMile.costs.testingQa: Testing & QA cost must be a number']);
  });
});
