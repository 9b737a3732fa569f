import { describe, expect, it } from 'vitest';
import { LAST_MILE_CATEGORIES, quickProblemInput, type LastMileCosts, type Problem, type UseCaseInput } from '@shared/domain';
import { formatMoney, useCaseWarnings } from '@shared/finance';
import { HAND_SETTINGS, handExample } from './builders';

/** The hand example with its 12,000 last mile spread over all eight categories: nothing to question. */
function clean(): UseCaseInput {
  const costs = Object.fromEntries(LAST_MILE_CATEGORIES.map((c) => [c, 1_500])) as LastMileCosts;
  const uc = handExample();
  return { ...uc, lastMile: { ...uc.lastMile, costs } };
}
const withCosts = (uc: UseCaseInput, costs: Partial<LastMileCosts>): UseCaseInput => ({ ...uc, lastMile: { ...uc.lastMile, costs: { ...uc.lastMile.costs, ...costs } } });
const codes = (uc: UseCaseInput, problem?: Problem) => useCaseWarnings(uc, HAND_SETTINGS, problem).map((w) => `${w.code}@${w.field}`);

const problem = (monthlyHours: number, monthlyCost: number): Problem => ({
  ...quickProblemInput('Slow invoices'),
  monthlyHours,
  monthlyCost,
  id: 'p1',
  workspaceId: 'w1',
  createdAt: '2027-01-01T00:00:00.000Z',
  updatedAt: '2027-01-01T00:00:00.000Z',
});

describe('use-case warnings', () => {
  it('has nothing to say about a complete, balanced case', () => {
    expect(useCaseWarnings(clean(), HAND_SETTINGS, problem(100, 0))).toEqual([]);
  });

  it('asks whether integration, data, security and change management are in a last mile under 2× the pilot', () => {
    const uc = withCosts(clean(), { integration: 0 }); // 10,500 < 2 × 6,000
    const w = useCaseWarnings({ ...uc, aiPattern: 'Other' }, HAND_SETTINGS).find((x) => x.code === 'last-mile-under-2x-pilot');
    expect(w).toEqual({
      code: 'last-mile-under-2x-pilot',
      field: 'lastMile.costs',
      severity: 'warning',
      message: 'The last mile ($10,500) is under 2× the pilot ($6,000): is integration, data, security and change management in here?',
    });
  });

  it('flags a case with no pilot or last-mile cost yet', () => {
    const uc = clean();
    const free = { ...uc, pilot: { ...uc.pilot, cost: 0 }, lastMile: { ...uc.lastMile, costs: Object.fromEntries(LAST_MILE_CATEGORIES.map((c) => [c, 0])) as LastMileCosts } };
    expect(codes(free)).toEqual(['no-investment@pilot.cost']);
  });

  it('flags a last mile with costs but no months', () => {
    expect(codes({ ...clean(), lastMile: { ...clean().lastMile, months: 0 } })).toEqual(['last-mile-without-duration@lastMile.months']);
  });

  it('flags a missing run cost', () => {
    const uc = clean();
    const none = { ...uc.runCost, modelApi: { ...uc.runCost.modelApi, requestsPerMonth: 0 }, seats: { count: 0, pricePerMonth: 0 }, infrastructurePerMonth: 0, supportPerMonth: 0 };
    expect(codes({ ...uc, runCost: none })).toEqual(['no-run-cost@runCost']);
  });

  it('flags no benefit, and a run cost above the benefit', () => {
    const uc = clean();
    expect(codes({ ...uc, benefits: { ...uc.benefits, hoursSavedPerMonth: 0, costAvoidedPerMonth: 0, newRevenuePerMonth: 0 } })).toContain('no-benefit@benefits');
    expect(codes({ ...uc, runCost: { ...uc.runCost, supportPerMonth: 5_000 } })).toEqual(['run-cost-above-benefit@runCost']);
  });

  it('flags a compliance regime with no security & compliance cost, and one below the $8K-per-regime low end', () => {
    const uc = { ...clean(), complianceRegimes: ['SOC 2' as const, 'HIPAA' as const] };
    const none = useCaseWarnings(withCosts(uc, { securityCompliance: 0, integration: 3_000 }), HAND_SETTINGS);
    expect(none.map((w) => w.code)).toEqual(['compliance-without-security-cost']);
    expect(none[0]?.field).toBe('lastMile.costs.securityCompliance');
    expect(none[0]?.message).toBe('SOC 2, HIPAA chosen but security & compliance costs nothing: each regime typically adds $8,000–$25,000.');
    expect(codes(withCosts(uc, { securityCompliance: 15_000 }))).toEqual(['security-cost-below-range@lastMile.costs.securityCompliance']);
    expect(codes(withCosts(uc, { securityCompliance: 16_000 }))).toEqual([]);
  });

  it('flags a category at 0 when its work is clearly needed', () => {
    const uc = { ...clean(), aiPattern: 'Document processing' as const };
    const zeroed = withCosts(uc, { integration: 0, dataPipelines: 0, uxHumanReview: 0, testingQa: 0, monitoringMlops: 0, infrastructure: 0, changeManagement: 0, securityCompliance: 30_000 });
    expect(codes(zeroed)).toEqual([
      'category-zero@lastMile.costs.integration',
      'category-zero@lastMile.costs.dataPipelines',
      'category-zero@lastMile.costs.uxHumanReview',
      'category-zero@lastMile.costs.testingQa',
      'category-zero@lastMile.costs.monitoringMlops',
      'category-zero@lastMile.costs.infrastructure',
      'category-zero@lastMile.costs.changeManagement',
    ]);
    const msg = useCaseWarnings(zeroed, HAND_SETTINGS).find((w) => w.field === 'lastMile.costs.changeManagement')?.message;
    expect(msg).toBe('Change management & training is at 0, but people have to learn to work differently for the benefit to appear.');
  });

  it('does not ask for integration or data work on a pattern that may not need it', () => {
    expect(codes(withCosts({ ...clean(), aiPattern: 'Content generation' }, { integration: 0, dataPipelines: 0, changeManagement: 4_500 }))).toEqual([]);
  });

  it('flags automation savings above what the problem itself costs, only for automation', () => {
    // savings: 10 h × 50 + 300 = 800 a month; the problem costs 10 h × 50 + 200 = 700
    const w = useCaseWarnings(clean(), HAND_SETTINGS, problem(10, 200));
    expect(w.map((x) => x.code)).toEqual(['savings-above-problem-cost']);
    expect(w[0]?.field).toBe('benefits.hoursSavedPerMonth');
    expect(w[0]?.message).toContain('$800 a month');
    expect(w[0]?.message).toContain('($700 a month)');
    expect(codes(clean(), problem(10, 300))).toEqual([]);
    const valueCreation = { ...clean(), classification: { ...clean().classification, kind: 'value-creation' as const } };
    expect(codes(valueCreation, problem(10, 200))).toEqual([]);
  });

  it('lists readiness blockers first, one per dimension scored 1, with severity blocker', () => {
    const uc = clean();
    const r = { ...uc.readiness, data: { score: 1, note: '' }, organisation: { score: 1, note: '' } };
    const w = useCaseWarnings({ ...uc, readiness: r, runCost: { ...uc.runCost, supportPerMonth: 5_000 } }, HAND_SETTINGS);
    expect(w.map((x) => [x.code, x.field, x.severity])).toEqual([
      ['readiness-blocker', 'readiness.data.score', 'blocker'],
      ['readiness-blocker', 'readiness.organisation.score', 'blocker'],
      ['run-cost-above-benefit', 'runCost', 'warning'],
    ]);
    expect(w[0]?.message).toBe('Data ready is scored 1: a blocker. The chance of reaching production is capped at 10% until it is fixed.');
  });

  it('flags a go-live, or a start, beyond the horizon', () => {
    const late = useCaseWarnings({ ...clean(), startMonth: 32 }, HAND_SETTINGS);
    expect(late.map((w) => w.code)).toEqual(['go-live-beyond-horizon']);
    expect(late[0]?.message).toBe('Goes live in plan month 37, after the 36-month horizon: its costs within the horizon are in the NPV but none of its benefit is; its whole investment counts against the budget.');
    expect(codes({ ...clean(), startMonth: 31 })).toEqual([]); // go-live in month 36, the last month of the horizon
    expect(useCaseWarnings({ ...clean(), startMonth: 40 }, HAND_SETTINGS)[0]?.message).toBe("Starts in plan month 40, after the 36-month horizon: none of its cash is in the NPV or payback, though its investment still counts against the budget and its plan year's cap.");
  });
});

describe('money in messages', () => {
  it('uses the workspace currency, whole units', () => {
    expect(formatMoney(280_000, 'USD')).toBe('$280,000');
    expect(formatMoney(1_234.6, 'EUR')).toBe('€1,235');
  });
});
