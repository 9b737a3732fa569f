import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, errorsOf, startApp, type AppHarness } from './harness';

/**
 * Issue 13 from end to end, as a person does it: a range on a use case's last mile, the portfolio simulated (P10 / P50 /
 * P90 and the tornado), two scenarios created and compared, the board pack with both; a reload keeps everything and the
 * same seed gives the same answer.
 */
let app: AppHarness;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

const PROBLEM = 'Order-status calls swamp the service desk';
const USE_CASE = 'Proactive delay alerts to customers';
const CUT = 'Board asks for a quarter less';
const SLOW = 'Adoption at 70%';

const openSection = (page: Page, name: string) => page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name }).click();
/** A money figure as shown in the demo's number format (en-US): "−$1,234,567" → −1234567. */
const amount = (shown: string): number => Number(shown.replace(/[−–]/, '-').replace(/[$,\s]/g, ''));

async function openUseCase(page: Page): Promise<void> {
  await openSection(page, 'Problems');
  await page.getByRole('link', { name: PROBLEM }).click();
  await page.getByRole('heading', { level: 1, name: PROBLEM }).waitFor();
  await page.getByRole('link', { name: USE_CASE }).first().click();
  await page.getByRole('heading', { level: 1, name: new RegExp(USE_CASE) }).waitFor();
}

/** Runs the simulation on the Risk page and reads the funded set's P10 / P50 / P90. */
async function simulate(page: Page): Promise<Record<string, number>> {
  await openSection(page, 'Risk');
  await page.getByRole('heading', { name: 'Risk', level: 1 }).waitFor();
  const run = page.getByRole('button', { name: /^(Run the simulation|Run again)$/ });
  await expect.poll(() => run.isEnabled(), { timeout: 30_000 }).toBe(true);
  await run.click();
  await page.locator('.risk-figures').waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Run again' }).waitFor({ timeout: 60_000 });
  const pairs = await page.locator('.risk-figures div').evaluateAll((divs) => divs.map((d) => [d.querySelector('dt')?.textContent ?? '', d.querySelector('dd')?.textContent ?? '']));
  return Object.fromEntries(pairs.filter(([label]) => /^P\d0 /.test(label!)).map(([label, shown]) => [label!.split(' ')[0]!, amount(shown!)]));
}

async function createScenario(page: Page, name: string): Promise<void> {
  await page.getByLabel('New scenario').fill(name);
  await page.getByRole('button', { name: 'Create scenario' }).click();
  await page.getByRole('heading', { name: `Edit “${name}”` }).waitFor();
}

/** Types a figure into a scenario field and applies it the way a person does (Enter). */
async function commit(page: Page, label: string, value: string): Promise<void> {
  const field = page.getByLabel(label, { exact: true });
  await field.fill(value);
  await field.press('Enter');
}

describe('uncertainty from end to end', () => {
  it('sets a range, simulates, compares two new scenarios and puts both in the board pack; a reload keeps everything', async () => {
    const page = await app.open(await app.newContext());
    await page.getByRole('heading', { name: 'Business problems' }).waitFor();

    // 1. A range of its own on the last mile: from 10% under the plan to twice the plan.
    await openUseCase(page);
    const lastMile = page.getByRole('group', { name: 'Last-mile cost', exact: true });
    const planned = amount((await lastMile.locator('.uc-range__plan strong').textContent()) ?? '');
    expect(planned).toBeGreaterThan(0);
    await lastMile.getByRole('checkbox', { name: /^Follow / }).uncheck();
    await page.getByLabel('Last-mile cost, low').fill(String(Math.round(planned * 0.9)));
    await page.getByLabel('Last-mile cost, high').fill(String(planned * 2));
    await page.keyboard.press('Control+s');
    await page.getByText('All changes saved').waitFor();
    // The use case's tornado names the last mile among what moves its NPV.
    const tornado = page.getByRole('img', { name: /^What moves / });
    await tornado.waitFor();
    expect(await page.locator('.uc-tornado').textContent()).toContain('Last-mile cost');
    expect(await axeViolations(page)).toEqual([]);

    // 2. The portfolio simulated: P10 ≤ P50 ≤ P90, with the funded set's tornado.
    const first = await simulate(page);
    expect(first.P10).toBeLessThanOrEqual(first.P50!);
    expect(first.P50).toBeLessThanOrEqual(first.P90!);
    await page.locator('.risk-tornado').getByRole('img').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // 3. Two scenarios of our own, compared side by side with the base plan.
    await openSection(page, 'Scenarios');
    await page.getByRole('heading', { level: 1, name: 'Scenarios' }).waitFor();
    await createScenario(page, CUT);
    await commit(page, 'Budget (total investment)', '1000000');
    await createScenario(page, SLOW);
    await commit(page, 'Adoption multiplier', '0.7');
    for (const other of await page.locator('.scenario-list tbody th').allTextContents()) {
      if (other === 'Base plan') continue;
      const box = page.getByLabel(`Compare ${other}`);
      if ([CUT, SLOW].includes(other)) await box.check();
      else await box.uncheck();
    }
    const compared = () => page.locator('.scenario-totals thead th').allTextContents();
    await expect.poll(compared, { timeout: 30_000 }).toEqual(['Figure', 'Base plan', CUT, SLOW]);
    await page.locator('.scenario-funded tbody tr').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // 4. The board pack with both on its options page, after its risk page.
    await openSection(page, 'Export');
    await page.getByRole('link', { name: 'Open the board pack (PDF)' }).click();
    await page.locator('.board-pack[data-ready="true"]').waitFor({ timeout: 60_000 });
    const picker = page.getByRole('group', { name: /Options page: scenarios beside the plan/ });
    for (const name of [CUT, SLOW]) await picker.getByRole('checkbox', { name }).check();
    const options = page.locator('.bp-options');
    await options.waitFor({ timeout: 60_000 });
    await expect.poll(() => options.textContent(), { timeout: 60_000 }).toMatch(new RegExp(`${CUT}[\\s\\S]*${SLOW}`));
    expect(await page.locator('.board-pack').textContent()).toContain('Risk');

    // 5. A reload keeps the range, the scenarios, the pack's choice, and the same seed gives the same answer.
    await page.reload();
    await page.locator('.board-pack[data-ready="true"]').waitFor({ timeout: 60_000 });
    for (const name of [CUT, SLOW]) expect(await picker.getByRole('checkbox', { name }).isChecked()).toBe(true);
    await openSection(page, 'Scenarios');
    await expect.poll(() => page.locator('.scenario-list tbody th').allTextContents()).toEqual(expect.arrayContaining(['Base plan', CUT, SLOW]));
    await openUseCase(page);
    expect(amount(await page.getByLabel('Last-mile cost, high').inputValue())).toBe(planned * 2);
    expect(await simulate(page)).toEqual(first);
    expect(errorsOf(page)).toEqual([]);
  });
});
