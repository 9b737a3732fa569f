import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, startApp, type AppHarness } from './harness';

let app: AppHarness;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

const DEMO_PROBLEM = 'Order-status calls swamp the service desk';

/** The value of one figure of the live summary ("Last-mile ratio", "NPV", …). */
function metric(page: Page, label: string) {
  return page
    .locator('.uc-summary .metric')
    .filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) })
    .locator('dd')
    .first();
}

async function openDemoProblem(page: Page, title = DEMO_PROBLEM): Promise<void> {
  await page.getByRole('heading', { name: 'Business problems' }).waitFor();
  await page.getByRole('link', { name: title }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

async function addCandidate(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Add candidate' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a candidate' });
  await dialog.getByLabel('Candidate name').fill(name);
  await dialog.getByRole('button', { name: 'Add and open' }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(name) }).waitFor();
}

describe('the use-case page: a business case that updates while editing', () => {
  it('from a problem: add a candidate, estimate, classify, score readiness, save and reload', async () => {
    const page = await app.open(await app.newContext());
    await openDemoProblem(page);
    const candidatesBefore = await page.locator('table tbody tr').count();
    expect(await axeViolations(page)).toEqual([]);

    await addCandidate(page, 'Order-status self-service bot');
    expect(page.url()).toContain('/use-cases/');
    await page.getByText('All changes saved').waitFor();

    // Pilot cost, then the quick path: the ratio and NPV follow before anything is saved.
    await page.getByLabel('Pilot cost').fill('75,000');
    await page.getByText('Unsaved changes').waitFor();
    await expect.poll(() => metric(page, 'Last-mile ratio').textContent()).toBe('0.0×');
    const npvBefore = await metric(page, 'NPV').textContent();
    const chart = page.locator('.uc-summary svg[role="img"]');
    const chartBefore = await chart.getAttribute('aria-label');
    expect(chartBefore).toContain('payback beyond the horizon');
    await page.getByRole('button', { name: 'Propose last mile from pilot' }).click();
    await expect.poll(() => metric(page, 'Last-mile ratio').textContent()).toBe('3.7×');
    await expect.poll(() => metric(page, 'NPV').textContent()).not.toBe(npvBefore);
    expect(await page.getByLabel('Integration engineering', { exact: true }).inputValue()).toBe('61,600');
    expect(await metric(page, 'Investment').textContent()).toBe('$355,000');

    // A compliance regime with the security cost cleared raises a warning next to that field.
    await page.getByLabel('HIPAA').check();
    await page.getByLabel('Security & compliance', { exact: true }).fill('0');
    await page.getByText(/HIPAA chosen but security & compliance costs nothing/).waitFor();
    // Proposing again only adds the regime to the cleared category: no typed figure is lost, so it does not ask.
    await page.getByRole('button', { name: 'Propose last mile from pilot' }).click();
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await page.getByLabel('Security & compliance', { exact: true }).inputValue()).toBe('53,000');
    await page.getByLabel('Integration engineering', { exact: true }).fill('70000');

    // Run cost: the seed's API bill, then caching.
    await page.getByLabel('Requests per month').fill('1,000,000');
    await page.getByLabel('Tokens per request').fill('2000');
    await page.getByLabel('Price per 1K tokens').fill('0.0235');
    const apiGroup = page.getByRole('group', { name: 'Model / API usage' });
    await apiGroup.getByText('$47,000', { exact: true }).waitFor();
    await expect.poll(() => metric(page, 'Run cost per month').textContent()).toBe('$47,000');
    await page.getByLabel('Cache-hit share').fill('73');
    await apiGroup.getByText('$12,690', { exact: true }).waitFor();
    await page.getByLabel('Support & maintenance per month').fill('2,000');

    // Benefits.
    await page.getByLabel('Hours saved per month').fill('200');
    await page.getByLabel('New revenue per month').fill('40,000');
    await expect.poll(() => metric(page, 'Monthly net at full adoption').textContent()).not.toBe('$0');
    await expect.poll(() => chart.getAttribute('aria-label')).toMatch(/payback in \w+ \d{4} \(month \d+\)/);

    // The rubric suggests; once all four questions are answered, the suggestion is the classification.
    await page.getByRole('heading', { level: 1 }).getByText('Not classified').waitFor();
    await page.getByRole('group', { name: /create new revenue, a new offer/ }).getByLabel('Yes').check();
    const suggestion = page.locator('.uc-suggestion');
    await suggestion.getByText('Value creation').waitFor();
    await suggestion.getByText('It creates new revenue, a new offer or a capability that was not possible before.').waitFor();
    await page.getByRole('group', { name: /task people already do today/ }).getByLabel('No').check();
    await page.getByRole('group', { name: /time or cost saved/ }).getByLabel('No').check();
    await page.getByRole('group', { name: /change a decision/ }).getByLabel('Yes').check();
    await page.getByRole('heading', { level: 1 }).getByText('Value creation').waitFor();
    await suggestion.getByText('Your classification follows the suggestion.').waitFor();
    await page.getByLabel('Rationale').fill('Customers get answers at night, which no one offers today.');

    // A readiness score of 1 is a blocker, and caps the probability.
    await page.getByRole('group', { name: 'Score for Data ready' }).getByLabel(/^1 /).check();
    await page.getByText('Data ready is scored 1: a blocker.', { exact: false }).waitFor();
    await page.locator('.uc-summary').getByText('Blocked:').waitFor();
    for (const d of ['UX & human fallback', 'Security & compliance', 'Costs under control']) await page.getByRole('group', { name: `Score for ${d}` }).getByLabel(/^3 /).check();
    await page.getByRole('group', { name: 'Score for Organisation ready' }).getByLabel(/^5 /).check();
    // The live figure of the form (the demo's plan has started, so the saved record's "Expected NPV from <month>" is there too).
    const liveExpected = page.locator('.uc-summary .metric').filter({ has: page.locator('dt', { hasText: /^Expected NPV$/ }) });
    await expect.poll(() => liveExpected.textContent()).toContain('p = 10%');
    await page.getByLabel('Note on Data ready').fill('Order data sits in two ERPs with no shared customer id.');

    expect(await axeViolations(page)).toEqual([]);

    // Ctrl+S saves; a reload shows everything.
    await page.keyboard.press('Control+s');
    await page.getByText('All changes saved').waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /Order-status self-service bot/ }).waitFor();
    expect(await page.getByLabel('Pilot cost').inputValue()).toBe('75,000');
    expect(await page.getByLabel('Integration engineering', { exact: true }).inputValue()).toBe('70,000');
    expect(await page.getByLabel('Security & compliance', { exact: true }).inputValue()).toBe('53,000');
    expect(await page.getByLabel('HIPAA').isChecked()).toBe(true);
    expect(await page.getByLabel('Cache-hit share').inputValue()).toBe('73');
    expect(await page.getByLabel('Hours saved per month').inputValue()).toBe('200');
    expect(await page.getByLabel('Rationale').inputValue()).toContain('answers at night');
    expect(await page.getByRole('group', { name: 'Score for Data ready' }).getByLabel(/^1 /).isChecked()).toBe(true);
    expect(await page.getByLabel('Note on Data ready').inputValue()).toContain('two ERPs');
    await page.getByRole('heading', { level: 1 }).getByText('Value creation').waitFor();
    await expect.poll(() => metric(page, 'Last-mile ratio').textContent()).toBe(`${((70_000 + 280_000 - 61_600 + 25_000) / 75_000).toFixed(1)}×`);

    // Back on the problem: the candidate competes with the others, with its badge and blocker.
    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: DEMO_PROBLEM }).click();
    const row = page.getByRole('row', { name: /Order-status self-service bot/ });
    await row.waitFor();
    expect(await page.locator('table tbody tr').count()).toBe(candidatesBefore + 1);
    expect(await row.textContent()).toContain('Value creation');
    expect(await row.textContent()).toContain('Data ready');
    await page.getByText('its benefit is counted once').waitFor();
  });

  it('refuses invalid input with a message next to the field and saves nothing', async () => {
    const page = await app.open(await app.newContext());
    await openDemoProblem(page);
    await addCandidate(page, 'Call summariser');
    await page.getByLabel('Pilot cost').fill('40000');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('All changes saved').waitFor();

    await page.getByLabel('Pilot cost').fill('-5');
    await page.getByLabel('Seats').fill('twelve');
    const pilotField = page.locator('.field', { has: page.getByLabel('Pilot cost') });
    await pilotField.getByText('Pilot cost must be a number of 0 or more').waitFor();
    await page.locator('.uc-summary').getByText('The figures wait for valid input.').waitFor();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Nothing was saved: correct the fields marked in the form.').waitFor();
    await page.locator('.field', { has: page.getByLabel('Seats', { exact: true }) }).getByText('"twelve" is not a number; expected a number such as 12 or 3.5').waitFor();
    await page.keyboard.press('Control+s');
    expect(await page.getByText('Unsaved changes').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: /Call summariser/ }).waitFor();
    expect(await page.getByLabel('Pilot cost').inputValue()).toBe('40,000');
    expect(await page.getByLabel('Seats', { exact: true }).inputValue()).toBe('0');
  });

  it('asks before leaving with unsaved changes; staying keeps them, leaving drops them', async () => {
    const page = await app.open(await app.newContext());
    await openDemoProblem(page);
    await addCandidate(page, 'Callback scheduler');
    await page.getByLabel('Pilot cost').fill('55,000');
    const questions: string[] = [];
    page.once('dialog', (d) => {
      questions.push(d.message());
      void d.dismiss();
    });
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Portfolio' }).click();
    await expect.poll(() => questions.length).toBe(1);
    expect(questions[0]).toContain('unsaved changes');
    await page.getByRole('heading', { level: 1, name: /Callback scheduler/ }).waitFor();
    expect(await page.getByLabel('Pilot cost').inputValue()).toBe('55,000');
    // Closing or reloading the window asks too: the page refuses a plain unload while edits are unsaved.
    const unloadRefused = () =>
      page.evaluate(() => {
        const e = new Event('beforeunload', { cancelable: true });
        window.dispatchEvent(e);
        return e.defaultPrevented;
      });
    expect(await unloadRefused()).toBe(true);
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Portfolio' }).click();
    await page.getByRole('heading', { name: 'Ranked candidates' }).waitFor();
    expect(await unloadRefused()).toBe(false);
  });

  it('moves a candidate to another problem, and deletes it with undo', async () => {
    const page = await app.open(await app.newContext());
    await openDemoProblem(page);
    await addCandidate(page, 'Delivery ETA notifier');
    await page.getByRole('button', { name: 'Move to another problem' }).click();
    const dialog = page.getByRole('dialog', { name: /Move/ });
    const target = 'Mis-picks and damaged pallets lead to credits and re-deliveries';
    await dialog.getByLabel('Problem').selectOption({ label: target });
    await dialog.getByRole('button', { name: 'Move' }).click();
    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: target }).waitFor();
    expect(await page.getByLabel('Problem it solves').locator('option:checked').textContent()).toBe(target);

    await page.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('heading', { level: 1, name: target }).waitFor();
    expect(await page.getByRole('link', { name: 'Delivery ETA notifier' }).count()).toBe(0);
    await page.locator('.toast', { hasText: 'Deleted' }).getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('link', { name: 'Delivery ETA notifier' }).waitFor();
  });

  it('the problem page edits its problem in a dialog and refuses a candidate without a name', async () => {
    const page = await app.open(await app.newContext());
    await openDemoProblem(page);
    await page.getByText(/This problem costs \$[\d,]+ a month today/).waitFor();
    await page.getByRole('button', { name: 'Edit problem' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit problem' });
    await dialog.getByLabel('Business owner').fill('Priya Raman, Head of Service');
    await dialog.getByRole('button', { name: 'Save problem' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.locator('.pp-facts').getByText('Priya Raman, Head of Service').waitFor();

    await page.getByRole('button', { name: 'Add candidate' }).click();
    const add = page.getByRole('dialog', { name: 'Add a candidate' });
    await add.getByRole('button', { name: 'Add and open' }).click();
    await add.getByText('Name is required').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('nothing looks assessed until it is: readiness, classification, the quick path', () => {
  it('a new candidate with untouched readiness shows "readiness not assessed" and is not funded until assessed', async () => {
    const page = await app.open(await app.newContext());
    await openDemoProblem(page);
    await addCandidate(page, 'Order-status voice agent');
    for (const d of ['Data ready', 'UX & human fallback', 'Security & compliance', 'Costs under control', 'Organisation ready']) {
      expect(await page.getByRole('group', { name: `Score for ${d}` }).getByLabel('Not assessed').isChecked()).toBe(true);
    }
    await expect.poll(() => metric(page, 'Expected NPV').textContent()).toBe('readiness not assessed');
    const summary = page.locator('.uc-summary');
    await summary.getByText('This candidate is not funded until all five readiness dimensions are assessed.').waitFor();
    expect(await summary.textContent()).toContain('Data ready, UX & human fallback, Security & compliance, Costs under control and Organisation ready have no score yet');
    expect(await summary.textContent()).not.toMatch(/p = \d/);
    await page.getByRole('heading', { level: 1 }).getByText('Not classified').waitFor();

    // The score groups are reachable by keyboard: arrows move from "Not assessed" to a score.
    const notAssessed = page.getByRole('group', { name: 'Score for Data ready' }).getByLabel('Not assessed');
    await notAssessed.focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('group', { name: 'Score for Data ready' }).getByLabel(/^1 /).isChecked()).toBe(true);
    await summary.getByText('Data ready', { exact: false }).first().waitFor();
    expect(await summary.textContent()).toContain('UX & human fallback, Security & compliance, Costs under control and Organisation ready have no score yet');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Control+s');
    await page.getByText('All changes saved').waitFor();

    // On the problem page the candidate says so too.
    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: DEMO_PROBLEM }).click();
    const row = page.getByRole('row', { name: /Order-status voice agent/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('readiness not assessed');
    expect(await row.textContent()).toContain('Not classified');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the rubric applies its suggestion; the other kind needs a rationale, and with one it saves and survives a reload', async () => {
    const page = await app.open(await app.newContext());
    await openDemoProblem(page);
    await addCandidate(page, 'Order-status email drafter');
    const kind = page.getByRole('group', { name: 'Your classification' });
    expect(await kind.getByLabel('Not classified').isChecked()).toBe(true);
    await page.getByRole('group', { name: /task people already do today/ }).getByLabel('Yes').check();
    await page.getByRole('group', { name: /time or cost saved/ }).getByLabel('Yes').check();
    await page.getByRole('group', { name: /create new revenue, a new offer/ }).getByLabel('No').check();
    expect(await kind.getByLabel('Not classified').isChecked()).toBe(true);
    await page.getByRole('group', { name: /change a decision/ }).getByLabel('No').check();
    expect(await kind.getByLabel('Automation').isChecked()).toBe(true);
    await page.getByRole('heading', { level: 1 }).getByText('Automation').waitFor();
    await page.locator('.uc-suggestion').getByText('Your classification follows the suggestion.').waitFor();

    await kind.getByLabel('Value creation').check();
    await page.locator('.uc-suggestion').getByText('Your classification overrides the suggestion (Automation): a rationale is required.').waitFor();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Nothing was saved: correct the fields marked in the form.').waitFor();
    const rationaleField = page.locator('.field', { has: page.getByLabel('Rationale') });
    await rationaleField.getByText('The rubric suggests automation; write a rationale to classify it otherwise').waitFor();
    expect(await page.getByLabel('Rationale').evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Rationale').fill('Drafts change what the customer hears from us, not just how fast.');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('All changes saved').waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /Order-status email drafter/ }).waitFor();
    expect(await page.getByRole('group', { name: 'Your classification' }).getByLabel('Value creation').isChecked()).toBe(true);
    expect(await page.getByLabel('Rationale').inputValue()).toContain('what the customer hears');
    await page.locator('.uc-suggestion').getByText('Your classification overrides the suggestion (Automation): a rationale is required.').waitFor();
  });

  it('"Propose last mile" after typing a figure asks first: Keep mine keeps it, Replace replaces and can be undone', async () => {
    const page = await app.open(await app.newContext());
    await openDemoProblem(page);
    await addCandidate(page, 'Order-status SMS replies');
    await page.getByLabel('Pilot cost').fill('75,000');
    await page.getByLabel('Integration engineering', { exact: true }).fill('70,000');
    await page.getByRole('button', { name: 'Propose last mile from pilot' }).click();
    const dialog = page.getByRole('dialog', { name: 'Replace your last-mile figures?' });
    const row = dialog.getByRole('row', { name: /Integration engineering/ });
    expect((await row.locator('td').allTextContents()).map((t) => t.trim())).toEqual(['$70,000', '$61,600']);
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Keep mine' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.getByLabel('Integration engineering', { exact: true }).inputValue()).toBe('70,000');

    await page.getByRole('button', { name: 'Propose last mile from pilot' }).click();
    await dialog.getByRole('button', { name: 'Replace' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.getByLabel('Integration engineering', { exact: true }).inputValue()).toBe('61,600');
    await expect.poll(() => metric(page, 'Last-mile ratio').textContent()).toBe('3.7×');
    await page.getByRole('button', { name: 'Undo proposal' }).click();
    await expect.poll(() => page.getByLabel('Integration engineering', { exact: true }).inputValue()).toBe('70,000');
    await expect.poll(() => metric(page, 'Last-mile ratio').textContent()).toBe('0.9×');
    expect(await page.getByRole('button', { name: 'Undo proposal' }).count()).toBe(0);

    // Saved, the edit is undone app-wide as before.
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('All changes saved').waitFor();
    await page.locator('.toast', { hasText: 'Saved' }).getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.getByLabel('Integration engineering', { exact: true }).inputValue()).toBe('0');
  });
});
