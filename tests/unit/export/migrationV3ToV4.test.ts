import { describe, expect, it } from 'vitest';
import { blankScenarioInput, defaultUncertaintySettings, noRanges } from '@shared/domain';
import { parseWorkspaceFile, serializeWorkspaceFile, WORKSPACE_FILE_VERSION } from '@shared/export/workspaceFile';
import { remapIds } from '@shared/export/remapIds';
import { defaultPortfolioPlan } from '@shared/portfolio';
import { fixedBundle } from './fixtures';

const META = { exportedAt: '2027-02-01T09:30:00.000Z', appVersion: '0.1.0' };

/** The fixed bundle (with a plan) as a version-3 file wrote it: no ranges, no uncertainty policy, no cost basis. */
function version3Text(): string {
  const bundle = { ...fixedBundle(), plan: defaultPortfolioPlan(250_000) };
  const doc = JSON.parse(serializeWorkspaceFile(bundle, META)) as Record<string, unknown>;
  const { uncertainty: _u, ...workspace } = doc.workspace as Record<string, unknown>;
  const useCases = (doc.useCases as Record<string, unknown>[]).map(({ ranges: _r, ...u }) => u);
  const { costBasis: _c, ...plan } = doc.plan as Record<string, unknown>;
  return JSON.stringify({ ...doc, version: 3, workspace, useCases, plan });
}

describe('migration v3 → v4 (uncertainty and scenarios)', () => {
  it('opens a version-3 file: every value kept, use cases follow the default policy, the plan funds against the likely cost', () => {
    const result = parseWorkspaceFile(version3Text());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(3);
    expect(result.bundle).toEqual({ ...fixedBundle(), plan: defaultPortfolioPlan(250_000) });
    expect(result.bundle.workspace.uncertainty).toEqual(defaultUncertaintySettings());
    expect(result.bundle.useCases.every((u) => JSON.stringify(u.ranges) === JSON.stringify(noRanges()))).toBe(true);
    expect(result.bundle.plan?.costBasis).toBe('likely');
    expect(result.bundle.scenarios).toBeUndefined();
  });

  it('writes version 4 with ranges, a policy and scenarios, and reads them back; import as new keeps every scenario reference', () => {
    const bundle = fixedBundle();
    const uc = bundle.useCases[0]!;
    uc.ranges = { ...noRanges(), lastMileCost: { low: 0.9, likely: 1, high: 2 }, lastMileByCategory: { integration: { low: 1, likely: 1.2, high: 3 } }, pilotMonths: { low: -1, likely: 0, high: 3 } };
    bundle.workspace.uncertainty = { ...defaultUncertaintySettings(7), sharedOverrun: { low: 0.95, likely: 1, high: 1.4 }, distribution: 'triangular' };
    const scenario = { ...blankScenarioInput('Budget cut by 20%'), id: 's1', workspaceId: bundle.workspace.id, createdAt: META.exportedAt, updatedAt: META.exportedAt };
    scenario.plan.budget = 200_000;
    scenario.plan.forced = { [uc.id]: { mode: 'out' as const, reason: 'Wait for the data platform' } };
    scenario.useCases = { [uc.id]: { pilotCostFactor: 1.2, lastMileCostFactor: null, runCostFactor: null, benefitFactor: 0.8, pilotMonths: null, lastMileMonths: 10, startMonth: null } };
    bundle.scenarios = [scenario];
    const text = serializeWorkspaceFile(bundle, META);
    expect(JSON.parse(text).version).toBe(WORKSPACE_FILE_VERSION);
    const back = parseWorkspaceFile(text);
    expect(back.ok && back.bundle).toEqual(bundle);

    let n = 0;
    const fresh = remapIds(bundle, (kind) => `${kind}-${n++}`);
    const newUc = fresh.useCases[0]!.id;
    expect(fresh.scenarios?.[0]?.workspaceId).toBe(fresh.workspace.id);
    expect(Object.keys(fresh.scenarios?.[0]?.useCases ?? {})).toEqual([newUc]);
    expect(Object.keys(fresh.scenarios?.[0]?.plan.forced ?? {})).toEqual([newUc]);
    expect(parseWorkspaceFile(serializeWorkspaceFile(fresh, META)).ok).toBe(true);
  });

  it('refuses a scenario naming a use case that is not in the file, and a range whose low is above its likely, with their paths', () => {
    const bundle = fixedBundle();
    const doc = JSON.parse(serializeWorkspaceFile(bundle, META)) as Record<string, unknown>;
    const scenario = { ...blankScenarioInput('Ghost'), id: 's1', workspaceId: bundle.workspace.id, createdAt: META.exportedAt, updatedAt: META.exportedAt };
    scenario.useCases = { ghost: { pilotCostFactor: 2, lastMileCostFactor: null, runCostFactor: null, benefitFactor: null, pilotMonths: null, lastMileMonths: null, startMonth: null } };
    const useCases = doc.useCases as Record<string, unknown>[];
    useCases[0] = { ...useCases[0], ranges: { ...noRanges(), benefit: { low: 1.2, likely: 1, high: 1.5 } } };
    const back = parseWorkspaceFile(JSON.stringify({ ...doc, scenarios: [scenario] }));
    expect(back.ok).toBe(false);
    if (back.ok) return;
    const paths = back.errors.map((e) => e.path);
    expect(paths).toContain('scenarios[0].useCases.ghost');
    expect(back.errors.find((e) => e.path === 'useCases[0].ranges.benefit.low')?.message).toBe('Benefit: low must not be above likely');
  });
});
