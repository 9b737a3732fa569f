import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WORKSPACE_DEFAULTS, LAST_MILE_CATEGORIES, totalLastMileCost } from '@shared/domain';
import { proposeLastMile } from '@shared/finance';

describe('quick last-mile estimate from the pilot cost', () => {
  it('turns the seed pilot of $75K into the seed last mile of $280K, split by the default shares', () => {
    expect(proposeLastMile(75_000, DEFAULT_WORKSPACE_DEFAULTS, [])).toEqual({
      integration: 61_600, // 22%
      dataPipelines: 56_000, // 20%
      uxHumanReview: 33_600, // 12%
      securityCompliance: 28_000, // 10%
      testingQa: 28_000, // 10%
      monitoringMlops: 22_400, // 8%
      infrastructure: 22_400, // 8%
      changeManagement: 28_000, // 10%
    });
  });

  it('adds the per-regime compliance cost (default $25K, the top of the seed’s $8K–$25K) to security & compliance', () => {
    const costs = proposeLastMile(75_000, DEFAULT_WORKSPACE_DEFAULTS, ['SOC 2', 'HIPAA']);
    expect(costs.securityCompliance).toBe(28_000 + 50_000);
    expect(totalLastMileCost(costs)).toBe(330_000);
  });

  it('follows the workspace multiplier, shares and regime cost', () => {
    const defaults = {
      ...DEFAULT_WORKSPACE_DEFAULTS,
      lastMileMultiplier: 2,
      lastMileShares: { integration: 0.5, dataPipelines: 0.5, uxHumanReview: 0, securityCompliance: 0, testingQa: 0, monitoringMlops: 0, infrastructure: 0, changeManagement: 0 },
      complianceCostPerRegime: 8_000,
    };
    const costs = proposeLastMile(10_000, defaults, ['GDPR']);
    expect(costs).toMatchObject({ integration: 10_000, dataPipelines: 10_000, securityCompliance: 8_000, testingQa: 0 });
  });

  it('proposes nothing for a free pilot except the compliance work', () => {
    expect(totalLastMileCost(proposeLastMile(0, DEFAULT_WORKSPACE_DEFAULTS, []))).toBe(0);
    expect(proposeLastMile(0, DEFAULT_WORKSPACE_DEFAULTS, ['SOC 2']).securityCompliance).toBe(25_000);
  });

  it('rounds to whole units whose parts add up to the rounded total (any pilot cost)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e9, noNaN: true }), (pilot) => {
        const costs = proposeLastMile(pilot, DEFAULT_WORKSPACE_DEFAULTS, []);
        const exact = pilot * DEFAULT_WORKSPACE_DEFAULTS.lastMileMultiplier;
        expect(totalLastMileCost(costs)).toBe(Math.round(LAST_MILE_CATEGORIES.reduce((a, c) => a + exact * DEFAULT_WORKSPACE_DEFAULTS.lastMileShares[c], 0)));
        for (const c of LAST_MILE_CATEGORIES) {
          expect(Number.isInteger(costs[c])).toBe(true);
          expect(Math.abs(costs[c] - exact * DEFAULT_WORKSPACE_DEFAULTS.lastMileShares[c])).toBeLessThan(1);
        }
      }),
    );
  });
});
