import fc from 'fast-check';
import { rationaleRequirement } from '@shared/domain/classification';
import {
  AI_PATTERNS,
  defaultUncertaintySettings,
  noRanges,
  emptyRegister,
  ownEstimate,
  CLASSIFICATIONS,
  COMPLIANCE_REGIMES,
  DEFAULT_WORKSPACE_DEFAULTS,
  LAST_MILE_CATEGORIES,
  READINESS_DIMENSIONS,
  type LastMileCosts,
  type Readiness,
  type UseCaseInput,
  type WorkspaceSettings,
} from '@shared/domain';

/** Money: mostly business-sized, sometimes 0 or the schema's extremes. */
const money = fc.oneof(
  { weight: 6, arbitrary: fc.double({ min: 0, max: 2e6, noNaN: true }) },
  { weight: 1, arbitrary: fc.constant(0) },
  { weight: 1, arbitrary: fc.double({ min: 0, max: 1e12, noNaN: true }) },
);
const share = fc.double({ min: 0, max: 1, noNaN: true });
const bool = fc.option(fc.boolean(), { nil: null });

const lastMileCosts: fc.Arbitrary<LastMileCosts> = fc.record(
  Object.fromEntries(LAST_MILE_CATEGORIES.map((c) => [c, money])) as Record<keyof LastMileCosts, fc.Arbitrary<number>>,
);
const readiness: fc.Arbitrary<Readiness> = fc.record(
  Object.fromEntries(READINESS_DIMENSIONS.map((d) => [d, fc.record({ score: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null, freq: 5 }), note: fc.constant('') })])) as Record<
    keyof Readiness,
    fc.Arbitrary<Readiness[keyof Readiness]>
  >,
);

/** Any use-case input the schema accepts (checked in the tests that use it). */
export const useCaseInputArb: fc.Arbitrary<UseCaseInput> = fc.record({
  problemId: fc.constant('p1'),
  name: fc.constant('Generated'),
  description: fc.constant(''),
  aiPattern: fc.constantFrom(...AI_PATTERNS),
  classification: fc.record({
    kind: fc.option(fc.constantFrom(...CLASSIFICATIONS), { nil: null, freq: 5 }),
    rubric: fc.record({ existingTask: bool, timeOrCostSaving: bool, newRevenueOrCapability: bool, changesDecisionOrExperience: bool }),
    rationale: fc.constantFrom('', 'The team decided so.'),
  })
    // Against the rubric's suggestion only with a rationale (the schema refuses it otherwise).
    .filter((c) => rationaleRequirement(c.kind, c.rubric, c.rationale) === null),
  pilot: fc.record({ cost: money, months: fc.integer({ min: 1, max: 60 }) }),
  lastMile: fc.record({ costs: lastMileCosts, months: fc.integer({ min: 0, max: 60 }) }),
  complianceRegimes: fc.uniqueArray(fc.constantFrom(...COMPLIANCE_REGIMES)),
  runCost: fc.record({
    modelApi: fc.record({
      requestsPerMonth: fc.double({ min: 0, max: 1e7, noNaN: true }),
      tokensPerRequest: fc.double({ min: 0, max: 1e5, noNaN: true }),
      pricePer1kTokens: fc.double({ min: 0, max: 1, noNaN: true }),
      cacheHitShare: share,
    }),
    seats: fc.record({ count: fc.integer({ min: 0, max: 10_000 }), pricePerMonth: fc.double({ min: 0, max: 500, noNaN: true }) }),
    infrastructurePerMonth: money,
    supportPerMonth: money,
  }),
  benefits: fc.record({
    hoursSavedPerMonth: fc.double({ min: 0, max: 1e5, noNaN: true }),
    costAvoidedPerMonth: money,
    newRevenuePerMonth: money,
    rampUpMonths: fc.integer({ min: 0, max: 60 }),
  }),
  readiness,
  register: fc.constant(emptyRegister()),
  estimate: fc.constant(ownEstimate()),
  startMonth: fc.integer({ min: 1, max: 120 }),
  ranges: fc.constant(noRanges()),
});

/** Any workspace settings the schema accepts (default shares; random horizon, rate, labour rate and mapping). */
export const settingsArb: fc.Arbitrary<WorkspaceSettings> = fc.record({
  name: fc.constant('Generated'),
  organisation: fc.constant(''),
  currency: fc.constantFrom('USD', 'EUR', 'JPY'),
  planningStartMonth: fc.constant('2027-01'),
  horizonMonths: fc.integer({ min: 6, max: 120 }),
  discountRate: share,
  labourRate: fc.double({ min: 0, max: 500, noNaN: true }),
  numberFormat: fc.constant('en-US' as const),
  overrunThreshold: fc.constant(0.1),
  uncertainty: fc.constant(defaultUncertaintySettings()),
  defaults: fc.constant({ ...DEFAULT_WORKSPACE_DEFAULTS }),
  readinessMapping: fc.record({
    anchors: fc.array(share, { minLength: 5, maxLength: 5 }).map((a) => [...a].sort((x, y) => x - y)),
    blockerCap: share,
  }),
});
