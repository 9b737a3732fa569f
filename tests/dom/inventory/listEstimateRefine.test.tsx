/**
 * The use case page for an inventory's use case: its flags with their advice, the Register section (owner, vendor,
 * register id, personal data) saved with the rest, and the estimate refined by an edit — a reference-class estimate
 * becomes the team's own once a cost changes, a not-estimated one once a cost is above zero; other edits keep it.
 */
import 'fake-indexeddb/auto';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { repositories } from '@renderer/db';
import { INVENTORY_FLAG_ADVICE } from '@shared/inventory';
import { choose, pressSave, render, seed, text, type, unmount, waitFor } from '../useCases/editorHarness';

afterEach(unmount);

const stored = async (id: string) => (await repositories().useCases.get(id))!;
const saved = () => waitFor(() => text().includes('All changes saved'), 'the save');

describe('the use case page of an inventory’s use case', () => {
  it('shows its flags with their advice and makes a reference-class estimate the team’s own once a cost changes', async () => {
    const uc = await seed({
      pilot: { cost: 75_000, months: 4 },
      estimate: { source: 'reference-class', referenceClass: 'Document processing — medium' },
      register: { externalId: 'AI-12', owner: '', vendor: 'Acme AI', personalData: true, problemStated: true, importedFrom: 'register.xlsx' },
    });
    const page = await render(uc);
    const flags = page.querySelector('[aria-labelledby="uc-flags-title"]')!;
    expect(flags.textContent).toContain('Reference-class estimate');
    expect(flags.textContent).toContain(INVENTORY_FLAG_ADVICE['reference-class']);
    expect(flags.textContent).toContain('Personal data, no compliance regime');
    expect(text()).toContain('These costs are a first estimate from the reference class “Document processing — medium”');
    expect(text()).toContain('imported from register.xlsx');

    // An edit that changes no cost keeps the class's estimate; the register fields are saved with it.
    await type('Owner', 'Dana Ruiz, COO');
    await choose('Personal data', 'No');
    await pressSave();
    await saved();
    let after = await stored(uc.id);
    expect(after.register).toMatchObject({ owner: 'Dana Ruiz, COO', personalData: false, externalId: 'AI-12', vendor: 'Acme AI' });
    expect(after.estimate.source).toBe('reference-class');
    await waitFor(() => !page.querySelector('[aria-labelledby="uc-flags-title"]')?.textContent?.includes('Personal data'), 'the flag to clear');

    await type('Pilot cost', '60k');
    await pressSave();
    await saved();
    after = await stored(uc.id);
    expect(after.pilot.cost).toBe(60_000);
    expect(after.estimate).toEqual({ source: 'own', referenceClass: '' });
    expect(text()).not.toContain('first estimate from the reference class');
    expect(text()).toContain('All changes saved');

    const results = await axe.run(page, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  it('keeps a use case without costs "not estimated" until a cost above zero is saved', async () => {
    const uc = await seed({
      estimate: { source: 'none', referenceClass: '' },
      register: { externalId: '', owner: '', vendor: '', personalData: null, problemStated: false, importedFrom: 'register.csv' },
    });
    const page = await render(uc);
    const flags = page.querySelector('[aria-labelledby="uc-flags-title"]')!;
    expect(flags.textContent).toContain('Not estimated');
    // "AI first" leads to the problem page, where its statement is written.
    expect(flags.textContent).toContain('AI first — no problem stated');
    expect(flags.querySelector('a[href$="/problems/' + uc.problemId + '"]')?.textContent).toBe('Open “Invoices keyed by hand”');
    expect(text()).toContain('Not estimated yet: this candidate is left out of funding until it has costs.');

    await type('Pilot duration', '5');
    await pressSave();
    await saved();
    expect((await stored(uc.id)).estimate.source).toBe('none');

    await type('Integration engineering', '20,000');
    await pressSave();
    await saved();
    expect((await stored(uc.id)).estimate).toEqual({ source: 'own', referenceClass: '' });
    await waitFor(() => !page.querySelector('[aria-labelledby="uc-flags-title"]')?.textContent?.includes('Not estimated'), 'the flag to clear');
  });
});
