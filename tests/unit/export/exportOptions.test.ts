/**
 * The board documents' options: the export's own plan and funded set beside the scenarios chosen for the pack, each
 * funded under its own budget and rules, with the funded sets' differences marked and each scenario's changes in words.
 */
import { describe, expect, it } from 'vitest';
import { blankScenarioInput, type Scenario } from '@shared/domain';
import { chosenScenarios, exportOptions, scenarioChanges } from '@shared/export/exportOptions';
import { exportModelOf, fixedBundle, WS_ID } from './fixtures';

const GENERATED_AT = '2027-02-01T09:30:00.000Z';
const bundle = fixedBundle();
const model = exportModelOf({ bundle, generatedAt: GENERATED_AT });

function scenario(id: string, name: string, change: (s: Scenario) => void): Scenario {
  const s: Scenario = { ...blankScenarioInput(name), id, workspaceId: WS_ID, createdAt: GENERATED_AT, updatedAt: GENERATED_AT };
  change(s);
  return s;
}

const cut = scenario('sc-cut', 'Budget cut by half', (s) => (s.plan.budget = model.plan.budget / 2));
const slow = scenario('sc-slow', 'Slow adoption', (s) => {
  s.assumptions.adoptionFactor = 0.8;
  s.assumptions.lastMileFactor = 1.3;
});

describe('options side by side (exportOptions)', () => {
  it('puts the base plan first with the export’s own funded set, then the chosen scenarios in the order chosen', () => {
    const options = exportOptions(model, bundle, [cut, slow])!;
    expect(options.columns.map((c) => c.name)).toEqual(['Base plan', 'Budget cut by half', 'Slow adoption']);
    const [base, half] = options.comparison.columns;
    expect(base!.fundedCount).toBe(model.fundedSummary.fundedCount);
    expect(base!.expectedNpv).toBeCloseTo(model.fundedSummary.expectedNpv, 6);
    expect(base!.budget).toBe(model.plan.budget);
    expect(half!.budget).toBe(model.plan.budget / 2);
    expect(half!.countedInvestment).toBeLessThanOrEqual(model.plan.budget / 2 + 1e-6);
    // Every candidate funded somewhere is listed, with a mark per option; the base marks are the export's funded set.
    for (const c of options.comparison.candidates) expect(c.funded[0]).toBe(model.funding.selectedIds.includes(c.id));
    expect(options.comparison.candidates.filter((c) => c.funded[0]).length).toBe(model.funding.selectedIds.length);
    expect(options.comparison.differenceCount).toBe(options.comparison.candidates.filter((c) => !c.inAll).length);
  });

  it('says what each scenario changes, with the base figure beside a plan change', () => {
    const lines = scenarioChanges(cut, model);
    expect(lines).toEqual([`Budget ${model.present.money(model.plan.budget / 2)} (base ${model.present.money(model.plan.budget)})`]);
    const slowLines = scenarioChanges(slow, model);
    expect(slowLines).toHaveLength(2);
    expect(slowLines[0]).toMatch(/^Adoption \(every benefit\) × 0\.8 \(−20%\)$/);
    expect(slowLines[1]).toMatch(/^Every last-mile cost × 1\.3 \(\+30%\)$/);
  });

  it('keeps the chosen scenarios that still exist, at most four, and none chosen gives no options', () => {
    const all = [cut, slow, ...['a', 'b', 'c'].map((k) => scenario(`sc-${k}`, k, () => undefined))];
    expect(chosenScenarios(all, ['sc-slow', 'gone', 'sc-cut']).map((s) => s.id)).toEqual(['sc-slow', 'sc-cut']);
    expect(chosenScenarios(all, all.map((s) => s.id))).toHaveLength(4);
    expect(chosenScenarios(undefined, ['sc-cut'])).toEqual([]);
    expect(exportOptions(model, bundle, [])).toBeNull();
  });
});
