import 'fake-indexeddb/auto';
import axe from 'axe-core';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repositories } from '@renderer/db';
import { useHistory } from '@renderer/state/history';
import { zeroLastMileCosts } from '@shared/domain';
import { button, control, group, pressSave, radio, render, seed, text, type, unmount, waitFor } from './editorHarness';

beforeEach(() => useHistory.setState({ past: [], future: [] }));
afterEach(unmount);

/** The range box of a field (its fieldset in the Uncertainty section). */
function rangeBox(legend: string): HTMLFieldSetElement {
  const section = document.querySelector('section[aria-labelledby="uc-ranges"]');
  const found = [...(section?.querySelectorAll('fieldset') ?? [])].find((f) => f.querySelector('legend')?.textContent === legend);
  if (!found) throw new Error(`No range “${legend}”`);
  return found;
}

async function ownRange(legend: string): Promise<void> {
  const follow = rangeBox(legend).querySelector<HTMLInputElement>('input[type="checkbox"]')!;
  expect(follow.checked).toBe(true);
  await act(async () => follow.click());
}

const estimate = {
  pilot: { cost: 40_000, months: 3 },
  lastMile: { costs: { ...zeroLastMileCosts(), integration: 100_000, dataPipelines: 20_000 }, months: 6 },
  benefits: { hoursSavedPerMonth: 0, costAvoidedPerMonth: 25_000, newRevenuePerMonth: 0, rampUpMonths: 2 },
};

describe('the use case’s Uncertainty section', () => {
  it('takes low and high as amounts and months, stores them as factors of the plan and months added, and saves them', async () => {
    const uc = await seed(estimate);
    await render(uc);
    expect(rangeBox('Last-mile cost').textContent).toContain('Plan: $120,000');
    expect(rangeBox('Last-mile cost').textContent).toContain('$108,000 to $192,000 (−10% / +60%)');

    await ownRange('Last-mile cost');
    // A range of its own starts from the policy's, in amounts.
    expect(control('Last-mile cost, low').value).toBe('108,000');
    expect(control('Last-mile cost, high').value).toBe('192,000');
    await type('Last-mile cost, high', '$300k');
    await ownRange('Last-mile duration');
    await type('Last-mile duration, high', '12');
    await pressSave();
    await waitFor(() => text().includes('All changes saved'), 'the save');

    const stored = await repositories().useCases.get(uc.id);
    expect(stored!.ranges.lastMileCost).toEqual({ low: 0.9, likely: 1, high: 2.5 });
    expect(stored!.ranges.lastMileMonths).toEqual({ low: 0, likely: 0, high: 6 });
    expect(stored!.ranges.pilotCost).toBeNull();
    // The tornado follows: the last mile is now the largest cost driver, with its break-even in words.
    expect(text()).toContain('What moves NPV most');
    expect(text()).toMatch(/Last-mile cost above \$[\d.]+K turns NPV negative \(likely \$120K\)\./);
  });

  it('says exactly what is wrong with a bad range and does not save it', async () => {
    const uc = await seed(estimate);
    await render(uc);
    await ownRange('Pilot cost');
    await type('Pilot cost, low', '50000');
    expect(text()).toContain('Pilot cost: the low ($50,000) must not be above the likely figure ($40,000)');
    expect(control('Pilot cost, low').getAttribute('aria-invalid')).toBe('true');
    await pressSave();
    await waitFor(() => text().includes('Unsaved changes'), 'the refused save');
    expect((await repositories().useCases.get(uc.id))!.ranges.pilotCost).toBeNull();

    await type('Pilot cost, low', '30000');
    await ownRange('Ramp-up');
    await type('Ramp-up, high', '1');
    expect(text()).toContain('Ramp-up: the high (1 month) must not be below the likely figure (2 months)');
    await type('Ramp-up, high', '4');
    await act(async () => button('Save changes').click());
    await waitFor(() => text().includes('All changes saved'), 'the save');
    const stored = (await repositories().useCases.get(uc.id))!;
    expect(stored.ranges.pilotCost).toEqual({ low: 0.75, likely: 1, high: 1.3 });
    expect(stored.ranges.rampUpMonths).toEqual({ low: 0, likely: 0, high: 2 });
  });

  it('has no accessibility violations axe can find in the section, with ranges of its own open', { timeout: 60_000 }, async () => {
    const uc = await seed(estimate);
    await render(uc);
    await ownRange('Last-mile cost');
    await ownRange('Benefit');
    const section = document.querySelector('section[aria-labelledby="uc-ranges"]')!;
    let result: axe.AxeResults | undefined;
    await act(async () => {
      result = await axe.run(section, { rules: { 'color-contrast': { enabled: false } } });
    });
    expect(result!.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  it('gives a last-mile category a range of its own, and follows the policy again when asked', async () => {
    const uc = await seed({ ...estimate, ranges: { distribution: null, pilotCost: { low: 0.9, likely: 1, high: 2 }, pilotMonths: null, lastMileCost: null, lastMileByCategory: {}, lastMileMonths: null, runCost: null, benefit: null, rampUpMonths: null } });
    await render(uc);
    await ownRange('Last mile: Data pipelines & quality');
    await type('Last mile: Data pipelines & quality, high', '60000');
    const follow = rangeBox('Pilot cost').querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    expect(follow.checked).toBe(false);
    await act(async () => follow.click());
    await pressSave();
    await waitFor(() => text().includes('All changes saved'), 'the save');
    const stored = (await repositories().useCases.get(uc.id))!;
    expect(stored.ranges.lastMileByCategory).toEqual({ dataPipelines: { low: 0.9, likely: 1, high: 3 } });
    expect(stored.ranges.pilotCost).toBeNull();
  });

  it('merges a range as one field when another window saved ranges meanwhile', async () => {
    const uc = await seed(estimate);
    await render(uc);
    await ownRange('Last-mile cost');
    await type('Last-mile cost, high', '240000');
    // Another window gives the benefit a range and the last mile another one.
    await act(async () => {
      const { id: _i, workspaceId: _w, createdAt: _c, updatedAt: _u, revision, ...input } = (await repositories().useCases.get(uc.id))!;
      const ranges = { ...input.ranges, benefit: { low: 0.5, likely: 1, high: 1.2 }, lastMileCost: { low: 1, likely: 1, high: 1.5 } };
      const r = await repositories().useCases.update(uc.id, { ...input, ranges }, revision);
      if (!r.ok) throw new Error(r.errors[0]?.message);
    });
    await waitFor(() => text().includes('was changed in another window'), 'the conflict view');
    // One choice per range (low, likely and high together), worded as a change from the plan.
    expect(group(/^Last-mile cost range/).textContent).toContain('−10% / +100%');
    expect(group(/^Last-mile cost range/).textContent).toContain('+0% / +50%');
    expect(radio(/^Last-mile cost range/, /Keep mine/).checked).toBe(true);
    expect(group(/^Benefit range/).textContent).toContain('Follows the workspace policy');
    expect(radio(/^Benefit range/, /Take theirs/).checked).toBe(true);
    await act(async () => button('Apply and save (1 of yours kept)').click());
    await waitFor(() => text().includes('All changes saved'), 'the merged save');
    const stored = (await repositories().useCases.get(uc.id))!;
    expect(stored.ranges.lastMileCost).toEqual({ low: 0.9, likely: 1, high: 2 });
    expect(stored.ranges.benefit).toEqual({ low: 0.5, likely: 1, high: 1.2 });
  });

  it('undoes a saved range with the rest of the form: the field follows the policy again', async () => {
    const uc = await seed(estimate);
    await render(uc);
    await ownRange('Benefit');
    await type('Benefit, low', '10000');
    await pressSave();
    await waitFor(() => text().includes('All changes saved'), 'the save');
    expect((await repositories().useCases.get(uc.id))!.ranges.benefit).toEqual({ low: 0.4, likely: 1, high: 1.1 });
    await act(async () => {
      await useHistory.getState().undo();
    });
    await waitFor(() => rangeBox('Benefit').querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked, 'the form to follow the undo');
    expect((await repositories().useCases.get(uc.id))!.ranges.benefit).toBeNull();
    expect(rangeBox('Benefit').textContent).toContain('The workspace policy: $15,000 a month to $27,500 a month (−40% / +10%)');
  });
});
