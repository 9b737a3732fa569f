import { describe, expect, it } from 'vitest';
import { READINESS_QUESTIONS } from '@renderer/features/useCases/readinessGuide';
import { WARNING_SPOTS } from '@renderer/features/useCases/sections/sectionProps';
import {
  formatRatio,
  liveCase,
  paybackLabel,
  phasesOf,
  placeWarnings,
  samePlain,
  visibleErrors,
} from '@renderer/features/useCases/useCaseModel';
import {
  READINESS_DIMENSIONS,
  blankUseCaseInput,
  defaultWorkspaceSettings,
  quickProblemInput,
  type Problem,
  type UseCaseInput,
  type Workspace,
} from '@shared/domain';
import { proposeLastMile, type Warning } from '@shared/finance';

const settings = defaultWorkspaceSettings('Acme', '2027-01');
const workspace: Workspace = { ...settings, id: 'w1', createdAt: '2027-01-01T00:00:00Z', updatedAt: '2027-01-01T00:00:00Z' };
const problem: Problem = {
  ...quickProblemInput('Invoices keyed by hand'),
  monthlyHours: 1000,
  id: 'p1',
  workspaceId: 'w1',
  createdAt: '2027-01-01T00:00:00Z',
  updatedAt: '2027-01-01T00:00:00Z',
};

/** The published example (docs/sources.md): $75K pilot over 4 months, $280K last mile over 8, 200 hours saved a month; automation, every readiness dimension at 3. */
function seedExample(): UseCaseInput {
  const uc = blankUseCaseInput('p1', settings.defaults);
  return {
    ...uc,
    name: 'Invoice reader',
    classification: {
      kind: 'automation',
      rubric: { existingTask: true, timeOrCostSaving: true, newRevenueOrCapability: false, changesDecisionOrExperience: false },
      rationale: '',
    },
    readiness: Object.fromEntries(READINESS_DIMENSIONS.map((d) => [d, { score: 3, note: '' }])) as UseCaseInput['readiness'],
    pilot: { cost: 75_000, months: 4 },
    lastMile: { costs: proposeLastMile(75_000, settings.defaults, []), months: 8 },
    benefits: { ...uc.benefits, hoursSavedPerMonth: 200, rampUpMonths: 0 },
  };
}

describe('the live business case of the form', () => {
  it('computes the seed example only from valid values: investment, ratio and the stage-gated NPV', () => {
    const live = liveCase(seedExample(), workspace, [problem]);
    expect(live.ok).toBe(true);
    if (!live.ok) return;
    const m = live.metrics;
    expect(m.totalInvestment).toBe(355_000);
    expect(formatRatio(m.lastMileRatio)).toBe('3.7×');
    // Independent check of the NPV split: pilot = 75K/4 per month in months 1–4, discounted monthly at 10%/yr.
    const r = Math.pow(1.1, 1 / 12) - 1;
    let npvPilot = 0;
    for (let t = 1; t <= 4; t++) npvPilot -= 18_750 / Math.pow(1 + r, t);
    expect(m.npvPilot).toBeCloseTo(npvPilot, 6);
    expect(m.probability).toBeCloseTo(0.4, 12); // all readiness at 3 → the 3rd anchor
    expect(m.expectedNpv).toBeCloseTo(npvPilot + 0.4 * (m.npv - npvPilot), 6);
    expect(phasesOf(live.schedule)).toEqual({ pilot: [1, 4], lastMile: [5, 12], run: [13, 36] });
  });

  it('reports plain messages, with category labels, instead of figures when a field is invalid', () => {
    const uc = seedExample();
    uc.pilot.cost = -5;
    uc.lastMile.costs.testingQa = Number.NaN;
    const live = liveCase(uc, workspace, [problem]);
    expect(live.ok).toBe(false);
    if (live.ok) return;
    expect(live.byPath['pilot.cost']).toBe('Pilot cost must be a number of 0 or more');
    expect(live.byPath['lastMile.costs.testingQa']).toBe('Testing & QA cost must be a number');
  });

  it('flags automation savings above what the problem costs, against the problem the form points at', () => {
    const uc = seedExample();
    uc.benefits.hoursSavedPerMonth = 1200; // the problem loses 1,000 hours a month
    const live = liveCase(uc, workspace, [problem]);
    expect(live.ok && live.warnings.some((w) => w.code === 'savings-above-problem-cost')).toBe(true);
  });
});

describe('where warnings and errors are shown', () => {
  const w = (field: string): Warning => ({ code: field, field, message: field, severity: 'warning' });

  it('puts each warning at its field, else at the nearest enclosing spot, else under the summary', () => {
    const placed = placeWarnings([w('lastMile.costs.testingQa'), w('runCost'), w('benefits.costAvoidedPerMonth'), w('somethingNew')], ['lastMile.costs.testingQa', 'runCost', 'benefits']);
    expect(Object.fromEntries(Object.entries(placed).map(([k, v]) => [k, v.map((x) => x.field)]))).toEqual({
      'lastMile.costs.testingQa': ['lastMile.costs.testingQa'],
      runCost: ['runCost'],
      benefits: ['benefits.costAvoidedPerMonth'],
      other: ['somethingNew'],
    });
  });

  it('has a spot on the page for every field the finance warnings name', () => {
    const uc = seedExample();
    uc.complianceRegimes = ['HIPAA'];
    uc.lastMile.costs = { ...uc.lastMile.costs, securityCompliance: 0, integration: 0 };
    uc.aiPattern = 'Document processing';
    uc.lastMile.months = 0;
    uc.startMonth = 30;
    uc.readiness.data.score = 1;
    uc.benefits.hoursSavedPerMonth = 5000;
    const live = liveCase(uc, workspace, [problem]);
    if (!live.ok) throw new Error('expected valid input');
    expect(live.warnings.length).toBeGreaterThan(5);
    expect(placeWarnings(live.warnings, WARNING_SPOTS).other).toBeUndefined();
  });

  it('flags a new candidate on the page itself: not classified at its classification, not assessed at the first open readiness score', () => {
    const live = liveCase({ ...blankUseCaseInput('p1', settings.defaults), name: 'New one' }, workspace, [problem]);
    if (!live.ok) throw new Error('expected valid input');
    const placed = placeWarnings(live.warnings, WARNING_SPOTS);
    expect(placed.other).toBeUndefined();
    expect(placed['classification.kind']?.map((w) => w.code)).toEqual(['unclassified']);
    expect(placed['readiness.data.score']?.map((w) => w.code)).toEqual(['readiness-not-assessed']);
    expect(live.metrics.probability).toBeNull();
    expect(live.metrics.expectedNpv).toBeNull();
  });

  it('shows errors of touched fields while typing, and all of them after a save attempt', () => {
    const errors = { 'pilot.cost': 'a', 'lastMile.costs.integration': 'b', name: 'c' };
    expect(visibleErrors(errors, new Set(['pilot.cost', 'lastMile.costs']), false)).toEqual({ 'pilot.cost': 'a', 'lastMile.costs.integration': 'b' });
    expect(visibleErrors(errors, new Set(), true)).toEqual(errors);
  });

  it('names fields by their on-screen labels in messages', () => {
    const uc = seedExample();
    const live = liveCase({ ...uc, readiness: { ...uc.readiness, organisation: { score: 0, note: '' } } }, workspace, [problem]);
    expect(live.ok ? null : live.byPath['readiness.organisation.score']).toBe('Readiness: Organisation ready must be a score from 1 to 5');
  });
});

describe('unsaved changes, payback and the readiness guide', () => {
  it('compares inputs regardless of key order and treats junk (NaN) as a change', () => {
    expect(samePlain({ a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1 })).toBe(true);
    expect(samePlain({ a: Number.NaN }, { a: Number.NaN })).toBe(false);
    expect(samePlain({ a: [1] }, { a: { 0: 1 } })).toBe(false);
  });

  it('labels payback by calendar month, beyond the horizon, or with nothing at risk', () => {
    expect(paybackLabel(14, '2027-01')).toMatch(/Feb 2028 \(month 14\)$/);
    expect(paybackLabel(null, '2027-01')).toBe('beyond horizon');
    expect(paybackLabel(0, '2027-01')).toBe('nothing at risk');
  });

  it('asks the eight questions of the seed, each under one of the five killers', () => {
    const all = READINESS_DIMENSIONS.flatMap((d) => READINESS_QUESTIONS[d].map((q) => q.topic));
    expect(all).toHaveLength(8);
    expect(new Set(all)).toEqual(
      new Set(['Data', 'Compliance', 'User interaction', 'Integrations', 'Failure mode', 'Long-term ownership', 'Training and adoption', 'Realistic timeline and budget']),
    );
    for (const d of READINESS_DIMENSIONS) expect(READINESS_QUESTIONS[d].length).toBeGreaterThan(0);
  });
});
