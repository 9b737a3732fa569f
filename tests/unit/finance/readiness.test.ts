import { describe, expect, it } from 'vitest';
import { blankUseCaseInput, DEFAULT_READINESS_MAPPING } from '@shared/domain';
import { probabilityAtAverage, readinessSummary, useCaseMetrics } from '@shared/finance';
import { readinessAll, settings } from './builders';

const anchors = DEFAULT_READINESS_MAPPING.anchors; // [0.05, 0.2, 0.4, 0.65, 0.85], blocker cap 0.1

describe('readiness → probability of reaching production', () => {
  it('hits the anchors at whole averages 1 to 5', () => {
    expect([1, 2, 3, 4, 5].map((a) => probabilityAtAverage(a, anchors))).toEqual(anchors);
  });

  it('is linear between anchors', () => {
    expect(probabilityAtAverage(3.6, anchors)).toBeCloseTo(0.4 + 0.6 * 0.25, 12);
    expect(probabilityAtAverage(1.5, anchors)).toBeCloseTo(0.125, 12);
  });

  it('averages the five scores', () => {
    const r = readinessAll(4);
    r.data.score = 2;
    const s = readinessSummary(r, DEFAULT_READINESS_MAPPING);
    expect(s.average).toBeCloseTo(3.6, 12);
    expect(s.probability).toBeCloseTo(0.55, 12);
    expect(s.blockers).toEqual([]);
  });

  it('flags every dimension scored 1 as a blocker and caps p at the blocker cap', () => {
    const r = readinessAll(5);
    r.organisation.score = 1;
    r.security.score = 1;
    const s = readinessSummary(r, DEFAULT_READINESS_MAPPING);
    expect(s.average).toBeCloseTo(3.4, 12);
    expect(s.blockers).toEqual(['security', 'organisation']);
    expect(s.probability).toBe(0.1);
  });

  it('keeps a probability already below the cap', () => {
    const s = readinessSummary(readinessAll(1), DEFAULT_READINESS_MAPPING);
    expect(s.probability).toBe(0.05);
    expect(s.blockers).toHaveLength(5);
  });

  it('follows a custom mapping', () => {
    const s = readinessSummary(readinessAll(3), { anchors: [0, 0.25, 0.5, 0.75, 1], blockerCap: 0 });
    expect(s.probability).toBe(0.5);
  });
});

describe('nothing looks assessed until someone assessed it', () => {
  it('a new candidate starts with every dimension not assessed: no average, no probability, no expected NPV', () => {
    const uc = blankUseCaseInput('p1', { pilotMonths: 4, lastMileMonths: 8, rampUpMonths: 6 });
    const summary = readinessSummary(uc.readiness, DEFAULT_READINESS_MAPPING);
    expect(summary).toEqual({ average: null, probability: null, blockers: [], notAssessed: ['data', 'ux', 'security', 'cost', 'organisation'] });
    const m = useCaseMetrics(uc, settings());
    expect(m.probability).toBeNull();
    expect(m.expectedNpv).toBeNull();
    expect(uc.classification.kind).toBeNull();
  });

  it('one dimension left open is enough to withhold the probability; a blocker among the rest is still named', () => {
    const r = { ...readinessAll(4), ux: { score: null, note: '' }, data: { score: 1, note: '' } };
    expect(readinessSummary(r, DEFAULT_READINESS_MAPPING)).toEqual({ average: null, probability: null, blockers: ['data'], notAssessed: ['ux'] });
  });
});
