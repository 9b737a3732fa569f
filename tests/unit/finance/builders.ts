import {
  blankUseCaseInput,
  defaultWorkspaceSettings,
  READINESS_DIMENSIONS,
  zeroLastMileCosts,
  type LastMileCosts,
  type Readiness,
  type UseCaseInput,
  type WorkspaceSettings,
} from '@shared/domain';

/** Default workspace settings (36 months, 10%, $75/h), planning from January 2027. */
export function settings(overrides: Partial<WorkspaceSettings> = {}): WorkspaceSettings {
  return { ...defaultWorkspaceSettings('Test', '2027-01'), ...overrides };
}

export function readinessAll(score: number): Readiness {
  return Object.fromEntries(READINESS_DIMENSIONS.map((d) => [d, { score, note: '' }])) as Readiness;
}

/** Last-mile costs with everything in one category (integration) unless given per category. */
export function lastMileCosts(total: number, perCategory: Partial<LastMileCosts> = {}): LastMileCosts {
  return { ...zeroLastMileCosts(), integration: total, ...perCategory };
}

/**
 * The hand-computed example used across the finance tests: starts in month 2, pilot 6,000 over 2 months,
 * last mile 12,000 over 3 months, go-live month 7, run 200/month, benefit 1,000/month at full with 3 ramp months.
 */
export function handExample(): UseCaseInput {
  const uc = blankUseCaseInput('p1', { pilotMonths: 2, lastMileMonths: 3, rampUpMonths: 3 });
  return {
    ...uc,
    name: 'Hand example',
    pilot: { cost: 6_000, months: 2 },
    lastMile: { costs: lastMileCosts(12_000), months: 3 },
    runCost: {
      // 1,000 requests × 2,000 tokens / 1000 × 0.01 × (1 − 0.5) = 10
      modelApi: { requestsPerMonth: 1_000, tokensPerRequest: 2_000, pricePer1kTokens: 0.01, cacheHitShare: 0.5 },
      seats: { count: 2, pricePerMonth: 20 },
      infrastructurePerMonth: 100,
      supportPerMonth: 50,
    },
    // 10 h × 50/h + 300 + 200 = 1,000 at full adoption
    benefits: { hoursSavedPerMonth: 10, costAvoidedPerMonth: 300, newRevenuePerMonth: 200, rampUpMonths: 3 },
    classification: { kind: 'automation', rubric: uc.classification.rubric, rationale: '' },
    readiness: readinessAll(3),
    startMonth: 2,
  };
}

export const HAND_SETTINGS: WorkspaceSettings = settings({ labourRate: 50 });
