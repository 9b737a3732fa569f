import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repositories } from '@renderer/db';
import { useHistory } from '@renderer/state/history';
import { READINESS_DIMENSIONS, READINESS_LABELS } from '@shared/domain';
import { NOT_ASSESSED } from '@shared/presentation';
import { choose, click, control, group, input, openDialog, pressSave, radio, render, seed, text, type, unmount, waitFor } from './editorHarness';

beforeEach(() => {
  useHistory.setState({ past: [], future: [] });
});
afterEach(unmount);

const summary = () => document.querySelector('.uc-summary')?.textContent ?? '';
const metric = (label: string) =>
  [...document.querySelectorAll('.uc-summary .metric')].find((m) => m.querySelector('dt')?.textContent === label)?.querySelector('dd')?.textContent;
const kindChecked = () => ['Automation', 'Value creation', 'Not classified'].find((k) => radio('Your classification', k).checked);
const stance = () => document.querySelector('.uc-suggestion__stance')?.textContent ?? '';
const RUBRIC = {
  existing: /^Does it do a task people already do today/,
  saving: /^Is the main benefit time or cost saved/,
  newValue: /^Does it create new revenue/,
  changes: /^Does it change a decision/,
};

describe('readiness starts not assessed', () => {
  it('offers "Not assessed" plus 1–5 per dimension, and the summary says which are open and that it is not funded until assessed', async () => {
    await render(await seed());
    for (const d of READINESS_DIMENSIONS) {
      const g = group(`Score for ${READINESS_LABELS[d]}`);
      expect([...g.querySelectorAll('label')].map((l) => l.textContent)).toEqual([
        'Not assessed',
        '1 Not in place, no plan (blocker)',
        '2 Weak',
        '3 Partly in place',
        '4 Mostly in place',
        '5 Ready',
      ]);
      expect(radio(`Score for ${READINESS_LABELS[d]}`, 'Not assessed').checked).toBe(true);
      // One radio group per dimension: Tab reaches it, arrows move within it.
      expect(new Set([...g.querySelectorAll('input')].map((i) => (i as HTMLInputElement).name)).size).toBe(1);
    }
    expect(metric('Expected NPV')).toBe(NOT_ASSESSED);
    expect(summary()).not.toMatch(/p = \d/);
    expect(summary()).toContain('Data ready, UX & human fallback, Security & compliance, Costs under control and Organisation ready have no score yet');
    expect(summary()).toContain('This candidate is not funded until all five readiness dimensions are assessed.');

    for (const d of READINESS_DIMENSIONS.slice(0, 4)) await choose(`Score for ${READINESS_LABELS[d]}`, /^4 /);
    expect(metric('Expected NPV')).toBe(NOT_ASSESSED);
    expect(summary()).toContain('Organisation ready has no score yet');
    expect(text()).toContain('Readiness not assessed: Organisation ready has no score yet.');

    await choose('Score for Organisation ready', /^4 /);
    await waitFor(() => metric('Expected NPV') !== NOT_ASSESSED, 'the expected NPV');
    expect(summary()).toMatch(/p = \d+%/);
    expect(summary()).not.toContain('not funded until');
    expect(text()).toMatch(/Average readiness 4 → chance of reaching production \d+%/);

    // Back to "Not assessed": nothing looks assessed again, and that is what is saved.
    await choose('Score for Data ready', 'Not assessed');
    expect(metric('Expected NPV')).toBe(NOT_ASSESSED);
    await pressSave();
    await waitFor(() => text().includes('All changes saved'), 'the save');
  });
});

describe('classification from the rubric', () => {
  it('stays not classified until all four answers are given, then applies the suggestion and follows it when it changes', async () => {
    const uc = await seed();
    await render(uc);
    expect(kindChecked()).toBe('Not classified');
    expect(document.querySelector('h1')?.textContent).toContain('Not classified');
    expect(text()).toContain('Not classified yet: answer the four rubric questions');

    await choose(RUBRIC.existing, 'Yes');
    await choose(RUBRIC.saving, 'Yes');
    await choose(RUBRIC.newValue, 'No');
    // A suggestion already shows, but it is applied only once all four are answered.
    expect(document.querySelector('.uc-suggestion')?.textContent).toContain('Suggested: Automation');
    expect(kindChecked()).toBe('Not classified');

    await choose(RUBRIC.changes, 'No');
    expect(kindChecked()).toBe('Automation');
    expect(document.querySelector('h1')?.textContent).toContain('Automation');
    expect(stance()).toBe('Your classification follows the suggestion.');

    // The answers change the suggestion: the classification follows.
    await choose(RUBRIC.newValue, 'Yes');
    expect(kindChecked()).toBe('Value creation');
    expect(stance()).toBe('Your classification follows the suggestion.');

    await pressSave();
    await waitFor(() => text().includes('All changes saved'), 'the save');
    const stored = await repositories().useCases.get(uc.id);
    expect(stored?.classification.kind).toBe('value-creation');
    expect(stored?.classification.rubric).toEqual({ existingTask: true, timeOrCostSaving: true, newRevenueOrCapability: true, changesDecisionOrExperience: false });
  });

  it('choosing the other kind needs a rationale: the save is refused with the message at the rationale, then saves with one', async () => {
    const uc = await seed();
    await render(uc);
    await choose(RUBRIC.existing, 'Yes');
    await choose(RUBRIC.saving, 'Yes');
    await choose(RUBRIC.newValue, 'No');
    await choose(RUBRIC.changes, 'No');
    await pressSave();
    await waitFor(() => text().includes('All changes saved'), 'the first save');

    await choose('Your classification', 'Value creation');
    expect(stance()).toBe('Your classification overrides the suggestion (Automation): a rationale is required.');
    // An answer that leaves the suggestion as it was keeps the user's choice.
    await choose(RUBRIC.existing, 'No');
    expect(kindChecked()).toBe('Value creation');

    await pressSave();
    await waitFor(() => text().includes('Nothing was saved'), 'the refusal');
    const rationale = control('Rationale');
    const field = rationale.closest('.field');
    expect(field?.querySelector('.field__error')?.textContent).toBe('The rubric suggests automation; write a rationale to classify it otherwise');
    expect(rationale.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(rationale);
    expect((await repositories().useCases.get(uc.id))?.classification.kind).toBe('automation');

    await type('Rationale', 'The dispatch desk decides differently with it: that is the point.');
    expect(field?.querySelector('.field__error')).toBeNull();
    await pressSave();
    await waitFor(() => text().includes('All changes saved'), 'the save');
    const stored = await repositories().useCases.get(uc.id);
    expect(stored?.classification.kind).toBe('value-creation');
    expect(stored?.classification.rationale).toContain('dispatch desk');
  });
});

describe('"Propose last mile from pilot" asks before replacing typed figures', () => {
  it('applies at once over empty categories; over typed ones it lists yours vs proposed, keeps them or replaces them as one undoable step', async () => {
    await render(await seed());
    await type('Pilot cost', '75000');
    await click('Propose last mile from pilot');
    expect(document.querySelector('dialog[open]')).toBeNull();
    expect(input('Integration engineering').value).toBe('61,600');

    await type('Integration engineering', '70000');
    await click('Propose last mile from pilot');
    let dialog = openDialog();
    expect(dialog.querySelector('h2')?.textContent).toBe('Replace your last-mile figures?');
    const row = [...dialog.querySelectorAll('tbody tr')].find((r) => r.querySelector('th')?.textContent === 'Integration engineering');
    expect([...(row?.querySelectorAll('td') ?? [])].map((c) => c.textContent)).toEqual(['$70,000', '$61,600']);
    await click('Keep mine', dialog);
    expect(document.querySelector('dialog[open]')).toBeNull();
    expect(input('Integration engineering').value).toBe('70000');
    expect(text()).toContain('Your figures were kept.');

    await type('Testing & QA', '1234');
    // the figures as numbers: a field shows a figure it did not type with its separators ("70,000")
    const figures = () => ({ integration: input('Integration engineering').value.replace(/,/g, ''), testing: input('Testing & QA').value.replace(/,/g, '') });
    const before = figures();
    await click('Propose last mile from pilot');
    dialog = openDialog();
    await click('Replace', dialog);
    expect(input('Integration engineering').value).toBe('61,600');
    expect(input('Testing & QA').value).not.toBe('1234');

    await click('Undo proposal');
    expect(figures()).toEqual(before);
    expect([...document.querySelectorAll('button')].some((b) => b.textContent === 'Undo proposal')).toBe(false);

    // After a replacement, editing a figure ends the undo: it would otherwise throw the edit away.
    await click('Propose last mile from pilot');
    await click('Replace', openDialog());
    expect([...document.querySelectorAll('button')].some((b) => b.textContent === 'Undo proposal')).toBe(true);
    await type('Monitoring & MLOps', '5');
    expect([...document.querySelectorAll('button')].some((b) => b.textContent === 'Undo proposal')).toBe(false);
  });
});
