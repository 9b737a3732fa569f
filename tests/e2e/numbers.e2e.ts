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

/** What the live summary says under "Investment" ("pilot $75,000 + last mile $0"). */
function investmentDetail(page: Page) {
  return page
    .locator('.uc-summary .metric')
    .filter({ has: page.locator('dt', { hasText: /^Investment$/ }) })
    .locator('.metric__detail');
}

async function newCandidate(page: Page, name: string): Promise<void> {
  await page.getByRole('heading', { name: 'Business problems' }).waitFor();
  await page.getByRole('link', { name: DEMO_PROBLEM }).click();
  await page.getByRole('heading', { level: 1, name: DEMO_PROBLEM }).waitFor();
  await page.getByRole('button', { name: 'Add candidate' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a candidate' });
  await dialog.getByLabel('Candidate name').fill(name);
  await dialog.getByRole('button', { name: 'Add and open' }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(name) }).waitFor();
  await page.getByText('All changes saved').waitFor();
}

describe('numbers as people type them, written in the workspace number format', () => {
  it('"75k" is $75,000 and survives save and reload; "abc" is explained and blocks the save; de-DE and a currency conversion show everywhere on the page', async () => {
    const page = await app.open(await app.newContext());
    await newCandidate(page, 'Night-shift call summaries');

    await page.getByLabel('Pilot cost').fill('75k');
    await expect.poll(() => investmentDetail(page).textContent()).toBe('pilot $75,000 + last mile $0');
    expect(await page.getByLabel('Pilot cost').inputValue()).toBe('75k');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('All changes saved').waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /Night-shift call summaries/ }).waitFor();
    expect(await page.getByLabel('Pilot cost').inputValue()).toBe('75,000');
    await expect.poll(() => investmentDetail(page).textContent()).toBe('pilot $75,000 + last mile $0');

    // Text that is not a number stays, is explained at the field, and nothing computes or saves with a made-up 0.
    const pilot = page.getByLabel('Pilot cost');
    await pilot.fill('abc');
    const message = '"abc" is not a number; expected an amount of money such as 3500, 3,500 or 75k';
    const pilotField = page.locator('.field', { has: pilot });
    await pilotField.getByRole('alert').filter({ hasText: message }).waitFor();
    expect(await pilot.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await pilot.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy.split(' ').at(-1)}"]`).textContent()).toBe(message);
    expect(await pilot.inputValue()).toBe('abc');
    await page.locator('.uc-summary').getByText('The figures wait for valid input.').waitFor();
    // No live figure made up from bad input (the saved record as it stands today, shown once the demo's plan has started, is not the form's).
    expect(await page.locator('.uc-summary > :not(.uc-tracked)').getByText('$0', { exact: true }).count()).toBe(0);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Nothing was saved: correct the fields marked in the form.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Discard changes' }).click();
    await page.getByText('All changes saved').waitFor();
    const useCaseUrl = page.url();

    // The workspace switches to de-DE: the same figures are written 75.000 $ on the use-case page.
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Settings' }).click();
    await page.getByLabel('Number format').selectOption('de-DE');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Settings saved').waitFor();
    await page.goto(useCaseUrl);
    await page.getByRole('heading', { level: 1, name: /Night-shift call summaries/ }).waitFor();
    await expect.poll(() => investmentDetail(page).textContent()).toBe('pilot 75.000\u00A0$ + last mile 0\u00A0$');
    // Typing follows the format too: 1.200,5 is twelve hundred and a half; 1.5 is refused with what to write instead.
    await page.getByLabel('Pilot cost').fill('80.000,5');
    await expect.poll(() => investmentDetail(page).textContent()).toBe('pilot 80.001\u00A0$ + last mile 0\u00A0$');
    await page.getByLabel('Pilot cost').fill('1.5');
    await page.locator('.field', { has: page.getByLabel('Pilot cost') }).getByText('uses a dot for decimals').waitFor();
    await page.getByRole('button', { name: 'Discard changes' }).click();

    // A new currency asks: converting multiplies every amount by the rate (typed in the workspace's format).
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Settings' }).click();
    await page.getByLabel('Currency').selectOption('EUR');
    await page.getByRole('button', { name: 'Save settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Change the currency from USD to EUR?' });
    await dialog.getByLabel(/Convert at a rate/).check();
    await dialog.getByLabel('Rate: 1 USD = ? EUR').fill('0,9');
    await dialog.getByRole('button', { name: 'Convert at this rate' }).click();
    await page.getByText('Converted every amount to EUR at 0.9').waitFor();
    await page.goto(useCaseUrl);
    await page.getByRole('heading', { level: 1, name: /Night-shift call summaries/ }).waitFor();
    await expect.poll(() => investmentDetail(page).textContent()).toBe('pilot 67.500\u00A0€ + last mile 0\u00A0€');
  });
});
