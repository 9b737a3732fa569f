import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, errorsOf, startApp, type AppHarness } from './harness';

let app: AppHarness;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

const READER = 'Supplier lead-time risk alerts';
const ALERTS = 'Proactive delay alerts to customers';
const PASTED = ['Stock-outs found only when the customer calls', 'Quotes take two days to approve', 'Returns are keyed twice'];

const openSection = (page: Page, name: string) => page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name }).click();
const step = (page: Page) => page.locator('.workshop-step');
const problemCount = async (page: Page) => Number((await page.getByText(/^\d+ problems in the workspace\./).textContent())?.match(/^\d+/)?.[0]);

/** Scores one candidate on Value and Feasibility in the open ballot. */
async function scoreRow(page: Page, candidate: string, value: number, feasibility: number) {
  await page.getByRole('radiogroup', { name: `Value: ${candidate}` }).getByRole('radio', { name: String(value), exact: true }).check();
  await page.getByRole('radiogroup', { name: `Feasibility: ${candidate}` }).getByRole('radio', { name: String(feasibility), exact: true }).check();
}

/** axe in the light and the dark theme (the theme follows the system's setting unless chosen). */
async function axeBothThemes(page: Page): Promise<string[]> {
  const light = await axeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = (await axeViolations(page)).map((v) => `dark: ${v}`);
  await page.emulateMedia({ colorScheme: 'light' });
  return [...light, ...dark];
}

/** Pastes text into a field as a clipboard paste does. */
async function paste(page: Page, selector: string, text: string) {
  await page.locator(selector).focus();
  await page.locator(selector).evaluate((el, t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

describe('workshop', () => {
  it('runs a session end to end in the browser: agenda with timers, a pasted list, candidates, two people voting in turn with the votes hidden, the reveal with its spread flag, a decision, closing; a reload keeps it all', async () => {
    const page = await app.open(await app.newContext());
    await page.getByRole('heading', { name: 'Business problems' }).waitFor();
    await openSection(page, 'Workshop');
    await page.getByRole('heading', { level: 1, name: 'Workshop' }).waitFor();
    expect(await axeBothThemes(page)).toEqual([]);

    // Start: title, day, facilitator, two participants, on the default agenda.
    await page.getByLabel('Session title').fill('Q3 planning');
    await page.getByLabel('Facilitator').fill('Dana');
    await page.getByLabel('Participants, one name per line').fill('Ana\nBen\n');
    await page.getByRole('button', { name: 'Start the session' }).click();
    await page.getByRole('heading', { level: 1, name: 'Q3 planning' }).waitFor();
    const agenda = page.getByRole('navigation', { name: 'Agenda' });
    expect(await agenda.getByRole('listitem').allTextContents()).toEqual([
      '1. Capture problems20 min planned',
      '2. Pick candidates10 min planned',
      '3. Vote15 min planned',
      '4. Fund15 min planned',
    ]);

    // Capture: the step's countdown runs; a pasted list becomes one problem per line.
    await page.getByRole('button', { name: 'Start: Capture problems' }).click();
    await agenda.getByRole('timer').getByText(/^(20:00|19:5\d) left of 20 min$/).waitFor();
    const before = await problemCount(page);
    await paste(page, '#quick-capture-input', PASTED.join('\n'));
    await page.keyboard.press('Enter');
    await expect.poll(() => problemCount(page)).toBe(before + PASTED.length);

    // Pick: search, choose two candidates.
    await page.getByRole('button', { name: 'Next step: Pick candidates' }).click();
    await page.getByRole('heading', { level: 2, name: 'Pick candidates' }).waitFor();
    expect(await agenda.getByRole('listitem').first().textContent()).toMatch(/took 0 min of 20 min planned$/);
    await page.getByLabel('Find a use case').fill('alerts');
    await page.getByRole('checkbox', { name: new RegExp(`^${READER}`) }).check();
    await page.getByRole('checkbox', { name: new RegExp(`^${ALERTS}`) }).check();
    await page.getByText('2 of at most 60 candidates chosen.').waitFor();

    // Vote in turn: Ana, then Ben; nothing of the votes shows before the reveal.
    await page.getByRole('button', { name: 'Next step: Vote' }).click();
    await page.getByRole('heading', { level: 2, name: 'Vote' }).waitFor();
    await page.getByRole('button', { name: 'Pass the laptop to Ana' }).click();
    await page.getByRole('heading', { name: 'Ana’s ballot' }).waitFor();
    await scoreRow(page, READER, 5, 4);
    await scoreRow(page, ALERTS, 1, 3);
    expect(await axeBothThemes(page)).toEqual([]);
    await page.getByRole('button', { name: 'Done, hide my votes' }).click();
    await page.getByText('Thank you, Ana: your votes are in and hidden.').waitFor();
    expect(await page.getByRole('radio').count()).toBe(0);
    await page.getByRole('button', { name: 'Pass the laptop to Ben' }).click();
    await page.getByRole('heading', { name: 'Ben’s ballot' }).waitFor();
    expect(await page.getByRole('radio', { checked: true }).count()).toBe(0);
    await scoreRow(page, READER, 4, 4);
    await scoreRow(page, ALERTS, 4, 3);
    await page.getByRole('button', { name: 'Done, hide my votes' }).click();
    await page.getByText('Everyone has voted.').waitFor();
    const hidden = (await step(page).textContent()) ?? '';
    expect(hidden).toContain('2 of 2 have voted');
    expect(hidden).not.toMatch(/average|spread|Discuss first/i);
    expect(hidden).not.toContain(READER);
    expect(await step(page).locator('table').count()).toBe(0);
    expect(await axeBothThemes(page)).toEqual([]);

    // The reveal: average and spread per criterion; the candidate the room disagrees on is to be discussed first.
    await page.getByRole('button', { name: 'Reveal the votes' }).click();
    const table = page.locator('.workshop-reveal__table');
    await table.waitFor();
    const rows = async () => table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    expect(await rows()).toEqual([
      [READER, '4.5', '1 (4–5)', '4', '0 (4–4)', ''],
      [ALERTS, '2.5', '3 (1–4)', '3', '0 (3–3)', 'Discuss first'],
    ]);
    await page.getByRole('region', { name: 'Discuss first' }).getByText(`${ALERTS}: Value from 1 to 4`).waitFor();
    await table.getByRole('button', { name: 'Discuss first' }).click();
    expect((await rows()).map((r) => r[0])).toEqual([ALERTS, READER]);
    expect(await page.getByRole('link', { name: 'Use the room’s vote in the ranking' }).getAttribute('href')).toMatch(/\/portfolio$/);
    expect(await axeBothThemes(page)).toEqual([]);

    // Fund: a decision about one candidate, then close.
    await page.getByRole('button', { name: 'Next step: Fund' }).click();
    await page.getByRole('heading', { level: 2, name: 'Fund' }).waitFor();
    await page.getByLabel('Decision', { exact: true }).fill('Fund the supplier alerts pilot this quarter');
    await page.getByLabel('About the candidate (optional)').selectOption({ label: READER });
    await page.getByRole('button', { name: 'Record the decision' }).click();
    await page.getByText(`Fund the supplier alerts pilot this quarter — about ${READER}`).waitFor();
    await page.getByRole('button', { name: 'Close the session' }).click();
    await page.getByText(/· closed$/).waitFor();
    expect(await axeBothThemes(page)).toEqual([]);

    // A reload keeps the session: closed, the agenda as run, the reveal and the decision.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Workshop' }).waitFor();
    await page.getByText(/2 participants · 1 decision · closed$/).waitFor();
    await page.getByRole('button', { name: 'Open “Q3 planning”' }).click();
    await page.getByRole('heading', { level: 1, name: 'Q3 planning' }).waitFor();
    expect(await page.getByText(/facilitated by Dana · Ana, Ben · closed/).count()).toBe(1);
    const ran = await agenda.getByRole('listitem').allTextContents();
    expect(ran).toHaveLength(4);
    for (const s of ran) expect(s).toMatch(/took \d+ min of \d+ min planned$/);
    await agenda.getByRole('button', { name: '3. Vote' }).click();
    await table.waitFor();
    expect(await rows()).toEqual([
      [READER, '4.5', '1 (4–5)', '4', '0 (4–4)', ''],
      [ALERTS, '2.5', '3 (1–4)', '3', '0 (3–3)', 'Discuss first'],
    ]);
    await agenda.getByRole('button', { name: '4. Fund' }).click();
    await page.getByText(`Fund the supplier alerts pilot this quarter — about ${READER}`).waitFor();
    expect(await page.getByRole('button', { name: 'Close the session' }).count()).toBe(0);
    expect(await axeBothThemes(page)).toEqual([]);
    expect(errorsOf(page)).toEqual([]);
  });
});
