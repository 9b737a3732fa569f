import { describe, expect, it } from 'vitest';
import { candidateCases, initialPortfolioPlan } from '@shared/analysis';
import { buildDemoWorkspace } from '@shared/demo';
import { blankScenarioInput, LAST_MILE_CATEGORIES, totalLastMileCost, type Scenario, type ScenarioInput } from '@shared/domain';
import { modelApiMonthlyCost, monthlyBenefitAtFull, monthlyRunCost } from '@shared/finance';
import { presetWeights } from '@shared/portfolio';
import { applyScenario, isEmptyScenario } from '@shared/scenarios';

let n = 0;
const demo = () => buildDemoWorkspace({ newId: () => `id-${n++}`, nowIso: '2027-01-01T00:00:00.000Z', todayMonth: '2027-07' });
const scenario = (change: (s: ScenarioInput) => void = () => undefined): Scenario => {
  const input = blankScenarioInput('What if');
  change(input);
  return { ...input, id: 'sc1', workspaceId: 'w', createdAt: '2027-01-01T00:00:00.000Z', updatedAt: '2027-01-01T00:00:00.000Z' };
};

describe('applying a scenario', () => {
  it('gives back the base exactly when it overrides nothing', () => {
    const { workspace, useCases } = demo();
    const plan = initialPortfolioPlan(useCases);
    const copy = structuredClone({ workspace, plan, useCases });
    const view = applyScenario(workspace, plan, useCases, scenario());
    expect(view).toEqual(copy);
    expect(view.useCases).toBe(useCases);
    expect(isEmptyScenario(scenario())).toBe(true);
    expect(applyScenario(workspace, plan, useCases, null)).toEqual(copy);
  });

  it('applies the assumptions to every use case and leaves the base untouched', () => {
    const { workspace, useCases } = demo();
    const plan = initialPortfolioPlan(useCases);
    const before = structuredClone({ workspace, plan, useCases });
    const s = scenario((x) => (x.assumptions = { discountRate: 0.15, tokenPriceFactor: 1.5, adoptionFactor: 0.8, lastMileFactor: 1.25 }));
    const view = applyScenario(workspace, plan, useCases, s);
    expect({ workspace, plan, useCases }).toEqual(before);
    expect(view.workspace.discountRate).toBe(0.15);
    expect(isEmptyScenario(s)).toBe(false);
    view.useCases.forEach((uc, i) => {
      const base = useCases[i]!;
      expect(uc.runCost.modelApi.pricePer1kTokens).toBeCloseTo(base.runCost.modelApi.pricePer1kTokens * 1.5, 12);
      expect(modelApiMonthlyCost(uc.runCost.modelApi)).toBeCloseTo(modelApiMonthlyCost(base.runCost.modelApi) * 1.5, 6);
      expect(monthlyBenefitAtFull(uc.benefits, workspace.labourRate)).toBeCloseTo(monthlyBenefitAtFull(base.benefits, workspace.labourRate) * 0.8, 6);
      for (const c of LAST_MILE_CATEGORIES) expect(uc.lastMile.costs[c]).toBeCloseTo(base.lastMile.costs[c] * 1.25, 9);
      expect(uc.pilot).toEqual(base.pilot);
      // The life so far is never rewritten by a what-if.
      expect(uc.lifecycle).toBe(base.lifecycle);
      expect(uc.actuals).toBe(base.actuals);
    });
  });

  it('replaces the plan figures, sets custom weights and merges forced choices ("none" lifts the plan\'s)', () => {
    const { workspace, useCases } = demo();
    const [a, b, c] = useCases.map((u) => u.id);
    const plan = { ...initialPortfolioPlan(useCases), forced: { [a!]: { mode: 'in' as const, reason: 'CEO' }, [b!]: { mode: 'out' as const, reason: 'Legal' } } };
    const s = scenario((x) => {
      x.plan = {
        budget: 400_000,
        yearCaps: [250_000, null],
        minValueCreationShare: 0.3,
        weights: { readiness: 60 },
        forced: { [a!]: { mode: 'none', reason: '' }, [c!]: { mode: 'out', reason: 'Paused' } },
        costBasis: 'p90',
      };
    });
    const view = applyScenario(workspace, plan, useCases, s);
    expect(view.plan).toEqual({
      ...plan,
      budget: 400_000,
      yearCaps: [250_000, null],
      minValueCreationShare: 0.3,
      weights: { ...presetWeights('balanced'), readiness: 60 },
      preset: 'custom',
      costBasis: 'p90',
      forced: { [b!]: { mode: 'out', reason: 'Legal' }, [c!]: { mode: 'out', reason: 'Paused' } },
    });
    expect(view.useCases).toBe(useCases);
    expect(view.workspace).toBe(workspace);
    // Weights that would leave every criterion at 0 are not applied: the plan's weights stay.
    const zero = applyScenario(workspace, plan, useCases, scenario((x) => (x.plan.weights = { expectedValue: 0, paybackSpeed: 0, strategicImportance: 0, readiness: 0, valueCreation: 0 })));
    expect(zero.plan.weights).toEqual(plan.weights);
    expect(zero.plan.preset).toBe(plan.preset);
  });

  it('applies a chosen use case\'s own factors and months on top of the assumptions', () => {
    const { workspace, useCases } = demo();
    const plan = initialPortfolioPlan(useCases);
    const target = useCases.find((u) => totalLastMileCost(u.lastMile.costs) > 0 && monthlyRunCost(u.runCost) > 0)!;
    const s = scenario((x) => {
      x.assumptions.lastMileFactor = 2;
      x.useCases[target.id] = { pilotCostFactor: 1.5, lastMileCostFactor: 1.1, runCostFactor: 0.5, benefitFactor: 1.2, pilotMonths: 6, lastMileMonths: 9, startMonth: 12 };
    });
    const view = applyScenario(workspace, plan, useCases, s);
    const uc = view.useCases.find((u) => u.id === target.id)!;
    expect(uc.pilot).toEqual({ cost: target.pilot.cost * 1.5, months: 6 });
    expect(totalLastMileCost(uc.lastMile.costs)).toBeCloseTo(totalLastMileCost(target.lastMile.costs) * 2.2, 6);
    expect(uc.lastMile.months).toBe(9);
    expect(monthlyRunCost(uc.runCost)).toBeCloseTo(monthlyRunCost(target.runCost) * 0.5, 6);
    expect(monthlyBenefitAtFull(uc.benefits, workspace.labourRate)).toBeCloseTo(monthlyBenefitAtFull(target.benefits, workspace.labourRate) * 1.2, 6);
    expect(uc.startMonth).toBe(12);
    const other = view.useCases.find((u) => u.id !== target.id)!;
    expect(other.pilot).toEqual(useCases.find((u) => u.id === other.id)!.pilot);
  });

  it('moves the business cases the way the overrides say (a dearer last mile lowers expected NPV)', () => {
    const { workspace, problems, useCases } = demo();
    const plan = initialPortfolioPlan(useCases);
    const view = applyScenario(workspace, plan, useCases, scenario((x) => (x.assumptions.lastMileFactor = 1.5)));
    const base = candidateCases(workspace, problems, useCases, '2027-07');
    const dearer = candidateCases(view.workspace, problems, view.useCases, '2027-07');
    const ideas = base.filter((c) => c.metrics.living.stage === 'idea' && c.metrics.living.fundingCost > 0);
    expect(ideas.length).toBeGreaterThan(0);
    for (const c of ideas) {
      const d = dearer.find((x) => x.useCase.id === c.useCase.id)!;
      expect(d.metrics.living.fundingCost).toBeGreaterThan(c.metrics.living.fundingCost);
      expect(d.metrics.npv).toBeLessThan(c.metrics.npv);
      // Sunk money stays what it was.
      expect(d.metrics.living.sunk.total).toBeCloseTo(c.metrics.living.sunk.total, 6);
    }
  });
});
