import { describe, expect, it } from 'vitest';
import { gateCaseOf, gateFigures, openRisks } from '@shared/analysis/gateCase';
import { blankUseCaseInput, defaultWorkspaceSettings, READINESS_DIMENSIONS, type Lifecycle, type Readiness, type UseCase, type WorkspaceSettings } from '@shared/domain';

/** The last-mile gate's case (shared/analysis/gateCase.ts) against hand-worked figures. */

const T0 = '2027-01-01T00:00:00.000Z';
const all = (score: number): Readiness => Object.fromEntries(READINESS_DIMENSIONS.map((d) => [d, { score, note: '' }])) as Readiness;
const change = (stage: Lifecycle['history'][number]['stage'], month: string, evidence: Readiness | null = null) => ({ stage, month, at: T0, by: 'COO', note: '', evidence });

function workspace(discountRate = 0): WorkspaceSettings {
  return { ...defaultWorkspaceSettings('Hand-worked', '2027-01'), horizonMonths: 12, discountRate };
}

/** Pilot $30K over months 1–3, last mile $40K (integration $30K, security & compliance $10K) over months 4–5, live from month 6: run $1K, saves $10K a month. */
function handWorked(lifecycle: Lifecycle, readiness: Readiness = all(4)): UseCase {
  const base = blankUseCaseInput('p1', { pilotMonths: 3, lastMileMonths: 2, rampUpMonths: 0 });
  return {
    ...base,
    name: 'Invoice triage',
    pilot: { cost: 30_000, months: 3 },
    lastMile: { costs: { ...base.lastMile.costs, integration: 30_000, securityCompliance: 10_000 }, months: 2 },
    runCost: { ...base.runCost, infrastructurePerMonth: 1_000 },
    benefits: { ...base.benefits, costAvoidedPerMonth: 10_000, rampUpMonths: 0 },
    readiness,
    startMonth: 1,
    lifecycle,
    actuals: [],
    id: 'uc1',
    workspaceId: 'ws',
    createdAt: T0,
    updatedAt: T0,
  };
}

const succeeded: Lifecycle = { history: [change('pilot', '2027-01'), change('pilot-succeeded', '2027-03', all(4))], decisions: [] };

describe('the case for funding the last mile', () => {
  it('today = April 2027: the whole last mile is ahead, the pilot is sunk, p comes from the pilot’s evidence', () => {
    const c = gateCaseOf(handWorked(succeeded), workspace(), '2027-04');
    expect(c.stage).toBe('pilot-succeeded');
    expect(c.today).toBe(4);
    expect(c.remaining.total).toBeCloseTo(40_000, 9);
    expect(c.remaining.byCategory.integration).toBeCloseTo(30_000, 9);
    expect(c.remaining.byCategory.securityCompliance).toBeCloseTo(10_000, 9);
    expect(c.remaining.byCategory.monitoringMlops).toBe(0);
    expect(c.remainingMonths).toBe(2);
    expect(c.lastMilePlannedBeforeToday).toBe(false);
    expect(c.monthlyRunCost).toBe(1_000);
    expect(c.monthlyBenefitAtFull).toBe(10_000);
    // Forward, undiscounted: −20K −20K + 7 × 9K = 23K; whole life adds the $30K pilot.
    expect(c.forward.npv).toBeCloseTo(23_000, 6);
    expect(c.wholeLife.npv).toBeCloseTo(-7_000, 6);
    expect(c.sunk).toBeCloseTo(30_000, 9);
    expect(c.probability).toBeCloseTo(0.65, 12);
    expect(c.probabilitySource).toBe('pilot-evidence');
    expect(c.evidenceMonth).toBe('2027-03');
    expect(c.forward.expectedNpv).toBeCloseTo(0.65 * 23_000, 6);
    // Cumulative from April: −20K, −40K, then +9K a month → back above zero in month 10.
    expect(c.forward.paybackMonth).toBe(10);
    expect(c.openRisks).toEqual([]);
  });

  it('today = May 2027: the last mile planned to start in April has one month left', () => {
    const c = gateCaseOf(handWorked(succeeded), workspace(), '2027-05');
    expect(c.remaining.total).toBeCloseTo(20_000, 9);
    expect(c.remaining.byCategory.integration).toBeCloseTo(15_000, 9);
    expect(c.remaining.byCategory.securityCompliance).toBeCloseTo(5_000, 9);
    expect(c.remainingMonths).toBe(1);
    expect(c.lastMilePlannedBeforeToday).toBe(true);
  });

  it('without a re-assessment after the pilot there is no probability and no expected NPV', () => {
    const noEvidence: Lifecycle = { history: [change('pilot', '2027-01'), change('pilot-succeeded', '2027-03')], decisions: [] };
    const c = gateCaseOf(handWorked(noEvidence), workspace(), '2027-04');
    expect(c.probability).toBeNull();
    expect(c.forward.expectedNpv).toBeNull();
    expect(c.needsEvidence).toBe(true);
    expect(c.evidenceMonth).toBeNull();
    expect(gateFigures(c).probability).toBeNull();
  });

  it('open risks are the dimensions scored 1–2, with their notes; the figures keep them as plain lines', () => {
    const readiness: Readiness = { ...all(4), data: { score: 2, note: '  Order data sits in two ERPs  ' }, cost: { score: 1, note: '' }, ux: { score: 3, note: 'fine' } };
    expect(openRisks({ readiness }).map((r) => [r.label, r.score, r.note])).toEqual([
      ['Data ready', 2, 'Order data sits in two ERPs'],
      ['Costs under control', 1, ''],
    ]);
    const figures = gateFigures(gateCaseOf(handWorked(succeeded, readiness), workspace(), '2027-04'));
    expect(figures.openRisks).toEqual(['Data ready scored 2: Order data sits in two ERPs', 'Costs under control scored 1']);
    expect(figures.remainingLastMileCost).toBeCloseTo(40_000, 9);
    expect(figures.remainingLastMileMonths).toBe(2);
    expect(figures.sunkCost).toBeCloseTo(30_000, 9);
    expect(figures.forwardNpv).toBeCloseTo(23_000, 6);
  });

  it('a long note is shortened to what a decision keeps (300 characters)', () => {
    const readiness: Readiness = { ...all(4), security: { score: 2, note: 'x'.repeat(2_000) } };
    const [line] = gateFigures(gateCaseOf(handWorked(succeeded, readiness), workspace(), '2027-04')).openRisks;
    expect(line).toHaveLength(300);
    expect(line!.endsWith('…')).toBe(true);
  });
});
