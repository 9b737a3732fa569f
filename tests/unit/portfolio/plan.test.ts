import { describe, expect, it } from 'vitest';
import { validate } from '@shared/domain';
import { defaultPortfolioPlan, fundingConstraintsFromPlan, portfolioPlanSchema, presetWeights } from '@shared/portfolio';

describe('portfolio plan', () => {
  it('a new plan is valid, balanced, with no caps, no minimum share and nothing forced', () => {
    const plan = defaultPortfolioPlan(2_000_000);
    expect(validate(portfolioPlanSchema, plan)).toEqual({ ok: true, value: plan });
    expect(plan).toMatchObject({ budget: 2_000_000, yearCaps: [], objective: 'expectedNpv', minValueCreationShare: 0, forced: {}, preset: 'balanced' });
    expect(plan.weights).toEqual(presetWeights('balanced'));
    expect(defaultPortfolioPlan().budget).toBe(0);
  });

  it('survives a JSON round trip unchanged (it travels in the workspace file)', () => {
    const plan = {
      ...defaultPortfolioPlan(1_500_000),
      yearCaps: [600_000, null, 400_000],
      minValueCreationShare: 0.3,
      forced: { 'uc-1': { mode: 'in' as const, reason: 'Board commitment' }, 'uc-2': { mode: 'out' as const, reason: '' } },
      objective: 'score' as const,
      preset: 'custom' as const,
    };
    const again = JSON.parse(JSON.stringify(plan)) as unknown;
    expect(validate(portfolioPlanSchema, again)).toEqual({ ok: true, value: plan });
  });

  it('a plan saved before the minimum share existed reads as no minimum', () => {
    const { minValueCreationShare: _omitted, ...older } = defaultPortfolioPlan(10);
    const r = validate(portfolioPlanSchema, older);
    expect(r.ok && r.value.minValueCreationShare).toBe(0);
  });

  it('refuses bad input with plain-language messages at the right place', () => {
    const base = defaultPortfolioPlan(100);
    const errors = (input: unknown) => {
      const r = validate(portfolioPlanSchema, input);
      return r.ok ? [] : r.errors;
    };
    expect(errors({ ...base, budget: -1 })).toEqual([{ path: 'budget', message: 'Budget must be a number of 0 or more' }]);
    expect(errors({ ...base, yearCaps: [100, -5] })).toEqual([{ path: 'yearCaps[1]', message: 'Yearly cap must be a number of 0 or more' }]);
    expect(errors({ ...base, yearCaps: new Array(11).fill(null) })).toEqual([{ path: 'yearCaps', message: 'Caps can be set for at most 10 plan years' }]);
    expect(errors({ ...base, minValueCreationShare: 1.2 })).toEqual([
      { path: 'minValueCreationShare', message: 'Minimum value-creation share must be between 0% and 100%' },
    ]);
    expect(errors({ ...base, weights: { ...base.weights, readiness: 120 } })).toEqual([
      { path: 'weights.readiness', message: 'Weight for readiness must be at most 100' },
    ]);
    expect(errors({ ...base, weights: { expectedValue: 0, paybackSpeed: 0, strategicImportance: 0, readiness: 0, valueCreation: 0 } })).toEqual([
      { path: 'weights', message: 'Give at least one criterion a weight above 0' },
    ]);
    expect(errors({ ...base, forced: { 'uc-1': { mode: 'maybe', reason: '' } } })).toEqual([
      { path: 'forced.uc-1.mode', message: 'Choose whether the candidate is forced in or out' },
    ]);
    expect(errors({ ...base, objective: 'profit' })).toEqual([{ path: 'objective', message: 'Objective must be total expected NPV or total score' }]);
  });

  it('gives the optimiser its rules', () => {
    const plan = { ...defaultPortfolioPlan(900), yearCaps: [null, 300], minValueCreationShare: 0.25, forced: { a: { mode: 'out' as const, reason: 'Vendor risk' } } };
    expect(fundingConstraintsFromPlan(plan)).toEqual({ budget: 900, yearCaps: [null, 300], minValueCreationShare: 0.25, forced: plan.forced });
  });
});
