import { describe, expect, it } from 'vitest';
import {
  blankUseCaseInput,
  defaultWorkspaceSettings,
  problemInputSchema,
  quickProblemInput,
  useCaseInputSchema,
  validate,
  workspaceSettingsSchema,
} from '@shared/domain';
import { setIn } from '@renderer/components/useForm';

/** Each row: a path, a bad value, the exact message a person reads next to the field. */
type Case = [path: string, value: unknown, message: string];

function expectRefused(schema: Parameters<typeof validate>[0], valid: unknown, [path, value, message]: Case) {
  const r = validate(schema, setIn(valid, path, value));
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.errors).toContainEqual({ path: path.replace(/\.(\d+)(?=\.|$)/g, '[$1]'), message });
}

describe('problem fields', () => {
  const valid = { ...quickProblemInput('Invoices keyed by hand'), owner: 'CFO', monthlyHours: 120, monthlyCost: 4000, peopleAffected: 12 };
  it('accepts a complete problem and a quick-captured one', () => {
    expect(validate(problemInputSchema, valid).ok).toBe(true);
    expect(validate(problemInputSchema, quickProblemInput('Just a title')).ok).toBe(true);
  });
  const cases: Case[] = [
    ['title', '   ', 'Title is required'],
    ['title', 'x'.repeat(201), 'Title must be at most 200 characters'],
    ['statement', 42, 'Problem statement must be text'],
    ['owner', 'x'.repeat(121), 'Business owner must be at most 120 characters'],
    ['peopleAffected', 2.5, 'People affected must be a whole number'],
    ['peopleAffected', -1, 'People affected must be 0 or more'],
    ['monthlyHours', Number.NaN, 'Monthly hours lost must be a number'],
    ['monthlyHours', -3, 'Monthly hours lost must be a number of 0 or more'],
    ['monthlyCost', -5, 'Monthly cost must be a number of 0 or more'],
    ['monthlyCost', '12,000', 'Monthly cost must be a number'],
    ['monthlyCost', 2e12, 'Monthly cost is too large (at most 1,000,000,000,000)'],
    ['strategicImportance', 6, 'Strategic importance must be a score from 1 to 5'],
    ['strategicImportance', 2.5, 'Strategic importance must be a whole score from 1 to 5'],
    ['status', 'done', 'Status must be captured, validated or parked'],
  ];
  it.each(cases)('refuses %s = %j with “%s”', (...c) => expectRefused(problemInputSchema, valid, c));
});

describe('use-case fields', () => {
  const valid = { ...blankUseCaseInput('p1', { pilotMonths: 4, lastMileMonths: 8, rampUpMonths: 6 }), name: 'Invoice reader' };
  it('accepts a blank use case with a name', () => {
    expect(validate(useCaseInputSchema, valid).ok).toBe(true);
  });
  const cases: Case[] = [
    ['name', '', 'Name is required'],
    ['aiPattern', 'Magic', 'Choose an AI pattern from the list'],
    ['classification.kind', 'both', 'Classification must be automation or value creation'],
    ['pilot.cost', -1, 'Pilot cost must be a number of 0 or more'],
    ['pilot.months', 0, 'Pilot duration must be 1 or more months'],
    ['pilot.months', 2.5, 'Pilot duration must be a whole number of months'],
    ['lastMile.months', 61, 'Last-mile duration must be at most 60 months'],
    ['lastMile.costs.integration', -10, 'Integration engineering cost must be a number of 0 or more'],
    ['lastMile.costs.testingQa', Number.NaN, 'Testing & QA cost must be a number'],
    ['complianceRegimes', ['SOC 2', 'SOC 2'], 'Each compliance regime may be listed once'],
    ['runCost.modelApi.cacheHitShare', 1.2, 'Cache-hit share must be between 0% and 100%'],
    ['runCost.seats.count', 1.5, 'Seats must be a whole number'],
    ['runCost.infrastructurePerMonth', -1, 'Infrastructure per month must be a number of 0 or more'],
    ['benefits.hoursSavedPerMonth', -200, 'Hours saved per month must be a number of 0 or more'],
    ['benefits.rampUpMonths', 61, 'Ramp-up must be at most 60 months'],
    ['readiness.data.score', 0, 'Readiness: Data ready must be a score from 1 to 5'],
    ['readiness.organisation.score', 3.5, 'Readiness: Organisation ready must be a whole score from 1 to 5'],
    ['startMonth', 0, 'Planned start month must be 1 or more months'],
  ];
  it.each(cases)('refuses %s = %j with “%s”', (...c) => expectRefused(useCaseInputSchema, valid, c));

  const rubric = { existingTask: false, timeOrCostSaving: false, newRevenueOrCapability: true, changesDecisionOrExperience: true };
  it('refuses a classification against the rubric suggestion without a rationale, at the rationale field', () => {
    const against = { ...valid, classification: { kind: 'automation' as const, rubric, rationale: '' } };
    const r = validate(useCaseInputSchema, against);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual([{ path: 'classification.rationale', message: 'The rubric suggests value creation; write a rationale to classify it otherwise' }]);
    expect(validate(useCaseInputSchema, { ...against, classification: { ...against.classification, rationale: 'Only the saving is funded' } }).ok).toBe(true);
    expect(validate(useCaseInputSchema, { ...valid, classification: { kind: 'value-creation' as const, rubric, rationale: '' } }).ok).toBe(true);
  });

  it('accepts readiness not assessed and a candidate not classified (what a new candidate starts with)', () => {
    expect(valid.classification.kind).toBeNull();
    expect(Object.values(valid.readiness).every((d) => d.score === null)).toBe(true);
  });
});

describe('workspace settings', () => {
  const valid = defaultWorkspaceSettings('Acme', '2027-01');
  it('accepts the defaults', () => {
    expect(validate(workspaceSettingsSchema, valid).ok).toBe(true);
  });
  const cases: Case[] = [
    ['name', '', 'Workspace name is required'],
    ['currency', 'dollars', 'Currency must be a three-letter ISO 4217 code such as USD'],
    ['planningStartMonth', '2027-13', 'Planning start month must be a month like 2027-01'],
    ['horizonMonths', 3, 'Horizon must be 6 or more months'],
    ['discountRate', 1.5, 'Discount rate must be between 0% and 100%'],
    ['labourRate', -75, 'Labour rate per hour must be a number of 0 or more'],
    ['defaults.lastMileMultiplier', -1, 'Last-mile multiplier must be 0 or more'],
    ['defaults.pilotMonths', 0, 'Default pilot duration must be 1 or more months'],
    ['readinessMapping.blockerCap', 2, 'Probability with a blocker must be between 0% and 100%'],
  ];
  it.each(cases)('refuses %s = %j with “%s”', (...c) => expectRefused(workspaceSettingsSchema, valid, c));

  it('refuses shares that do not add up to 100% and probabilities that fall as readiness rises', () => {
    const shares = validate(workspaceSettingsSchema, setIn(valid, 'defaults.lastMileShares.integration', 0.5));
    expect(shares.ok === false && shares.errors.map((e) => e.message)).toContain('Last-mile shares must add up to 100%');
    const anchors = validate(workspaceSettingsSchema, setIn(valid, 'readinessMapping.anchors', [0.5, 0.4, 0.6, 0.7, 0.8]));
    expect(anchors.ok === false && anchors.errors).toContainEqual({ path: 'readinessMapping.anchors', message: 'Probabilities must not fall as readiness rises' });
  });
});
