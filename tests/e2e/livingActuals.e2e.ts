import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planMonthToCalendar } from '@shared/finance';
import { formatCalendarMonth } from '@shared/presentation';
import { currentMonth } from '@renderer/features/living/today';
import { axeViolations, errorsOf, startApp, type AppHarness } from './harness';

let app: AppHarness;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

const DEMO_PROBLEM = 'Order-status calls swamp the service desk';
const NAME = 'Carrier claims assistant';
/** The plan starts nine months before today: the pilot (months 1–4) is over and the last mile (months 5–12) under way. */
const START = planMonthToCalendar(currentMonth(), -8);
/** Plan months 5, 6 and 7: the first three months of the last mile. */
const MONTHS = [5, 6, 7].map((m) => planMonthToCalendar(START, m));

async function planFromMonthsAgo(page: Page): Promise<void> {
  await page.getByRole('heading', { name: 'Business problems' }).waitFor();
  const workspace = /#\/w\/([^/]+)/.exec(page.url())?.[1];
  expect(workspace).toBeTruthy();
  await page.goto(`${app.url}#/w/${workspace}/settings`);
  await page.getByLabel('Planning start month').fill(START);
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.getByText('Settings saved').waitFor();
  await page.goto(`${app.url}#/w/${workspace}/problems`);
}

/** A candidate whose pilot costs $75,000 over four months and whose last mile ($280,000, proposed) runs eight: $35,000 a month. */
async function newCandidate(page: Page): Promise<void> {
  await page.getByRole('heading', { name: 'Business problems' }).waitFor();
  await page.getByRole('link', { name: DEMO_PROBLEM }).click();
  await page.getByRole('heading', { level: 1, name: DEMO_PROBLEM }).waitFor();
  await page.getByRole('button', { name: 'Add candidate' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a candidate' });
  await dialog.getByLabel('Candidate name').fill(NAME);
  await dialog.getByRole('button', { name: 'Add and open' }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(NAME) }).waitFor();
  await page.getByLabel('Pilot cost').fill('75,000');
  await page.getByLabel('Pilot duration').fill('4');
  await page.getByLabel('Last-mile duration').fill('8');
  await page.getByRole('button', { name: 'Propose last mile from pilot' }).click();
  await page.getByLabel('Cost avoided per month').fill('40,000');
  await page.keyboard.press('Control+s');
  await page.getByText('All changes saved').waitFor();
}

const actualsSection = (page: Page) => page.getByRole('region', { name: 'Actuals against plan' });

async function enterLastMile(page: Page, month: string, amount: string): Promise<void> {
  await actualsSection(page).getByRole('button', { name: 'Enter actuals for a month…' }).click();
  const dialog = page.getByRole('dialog', { name: `Actuals of “${NAME}”` });
  await dialog.getByLabel('Month').selectOption(month);
  await dialog.getByLabel('Last-mile spend').fill(amount);
  await dialog.getByRole('button', { name: 'Save actuals' }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** The cells of the variance table's row for a phase. */
async function varianceRow(page: Page, phase: string): Promise<string[]> {
  const row = actualsSection(page).locator('table.actuals__variance tbody tr').filter({ has: page.getByRole('rowheader', { name: phase, exact: true }) });
  // The page may still be opening (its code and records loading): wait for the row before reading it.
  await row.first().waitFor();
  return row.locator('td').allTextContents();
}

describe('actuals against plan: a last mile over plan, flagged and re-forecast', () => {
  it('enters three months of last-mile actuals over plan, shows the flag and the estimate at completion, and keeps them after a reload', async () => {
    const page = await app.open(await app.newContext());
    await planFromMonthsAgo(page);
    await newCandidate(page);
    const section = actualsSection(page);
    await section.getByText(/No actuals entered for the months before/).waitFor();

    // A month from today on cannot be chosen; a split that does not add up is refused with the schema's words.
    await section.getByRole('button', { name: 'Enter actuals for a month…' }).click();
    const dialog = page.getByRole('dialog', { name: `Actuals of “${NAME}”` });
    const offered = await dialog.getByLabel('Month').locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    expect(offered).not.toContain(currentMonth());
    expect(offered[0]).toBe(planMonthToCalendar(currentMonth(), 0));
    await dialog.getByLabel('Month').selectOption(MONTHS[0]!);
    await dialog.getByLabel('Last-mile spend').fill('42,000');
    await dialog.getByLabel(/Split the last mile by category/).check();
    await dialog.getByLabel('Integration engineering').fill('10,000');
    await dialog.getByRole('button', { name: 'Save actuals' }).click();
    await dialog.getByText('The last-mile categories must add up to the actual last-mile spend').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByLabel(/Split the last mile by category/).uncheck();
    await dialog.getByRole('button', { name: 'Save actuals' }).click();
    await dialog.waitFor({ state: 'detached' });

    // Two more months at $42,000 against $35,000 planned: 20% over, above the 10% threshold.
    await enterLastMile(page, MONTHS[1]!, '42000');
    await enterLastMile(page, MONTHS[2]!, '42k');
    await section.getByText('Last mile 20% over plan (threshold 10%)').waitFor();
    // Plan $105,000 to date, actual $126,000; EAC = $126,000 + five months of plan ($175,000); trend = $280,000 × 1.2.
    expect(await varianceRow(page, 'Last mile')).toEqual(['$105,000', '$126,000', '$21,000 over plan (20.0%)', '$280,000', '$301,000', '$336,000']);
    const chart = section.locator('svg[role="img"]');
    const description = await chart.evaluate((svg) => svg.querySelector('desc')?.textContent ?? '');
    expect(description).toContain(`Solid line: months with actuals entered (3 months, ${formatCalendarMonth(MONTHS[0]!)} to ${formatCalendarMonth(MONTHS[2]!)})`);
    expect(await chart.locator('.lm-roi__line--actual').count()).toBe(1);
    await section.getByRole('cell', { name: '$42,000' }).first().waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Kept after a reload, and named on the portfolio page.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: new RegExp(NAME) }).waitFor();
    await actualsSection(page).getByText('Last mile 20% over plan (threshold 10%)').waitFor();
    expect(await varianceRow(page, 'Last mile')).toEqual(['$105,000', '$126,000', '$21,000 over plan (20.0%)', '$280,000', '$301,000', '$336,000']);
    const workspace = /#\/w\/([^/]+)/.exec(page.url())?.[1];
    await page.goto(`${app.url}#/w/${workspace}/portfolio`);
    const summary = page.getByRole('region', { name: 'Actuals against plan' });
    await summary.getByRole('listitem').filter({ hasText: NAME }).getByText('Last mile 20% over plan (threshold 10%)').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(errorsOf(page)).toEqual([]);
  });

  it('imports actuals from a CSV on the portfolio page: a faulty file is refused row by row with nothing written, the corrected one is imported', async () => {
    const page = await app.open(await app.newContext());
    await planFromMonthsAgo(page);
    await newCandidate(page);
    const workspace = /#\/w\/([^/]+)/.exec(page.url())?.[1];
    await page.goto(`${app.url}#/w/${workspace}/portfolio`);
    const summary = page.getByRole('region', { name: 'Actuals against plan' });
    const csv = (rows: string[]) => ({ name: 'actuals.csv', mimeType: 'text/csv', buffer: Buffer.from(['Project,Period,Last mile ($)', ...rows].join('\r\n')) });
    const choose = async (file: ReturnType<typeof csv>) => {
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('dialog', { name: 'Import actuals' }).getByRole('button', { name: 'Choose a CSV file…' }).click();
      await (await chooser).setFiles(file);
    };
    await summary.getByRole('button', { name: 'Import actuals from CSV…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import actuals' });
    await choose(csv([`${NAME},${MONTHS[0]},42000`, `Nobody,${MONTHS[1]},42000`, `${NAME},${currentMonth()},42000`]));
    // The suggested mapping, and the preview naming each row's fault.
    expect(await dialog.getByLabel('Use case (name or id)').locator('option:checked').textContent()).toBe('Project');
    expect(await dialog.getByLabel('Last-mile spend').locator('option:checked').textContent()).toBe('Last mile ($)');
    await dialog.getByRole('cell', { name: 'Row 3, Use case (name or id): no use case of this workspace is called “Nobody”' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Import actuals' }).click();
    const faults = dialog.getByRole('alert');
    await faults.getByText('Nothing was imported. Correct the file or the mapping:').waitFor();
    expect(await faults.getByRole('listitem').allTextContents()).toEqual([
      'Row 3, Use case (name or id): no use case of this workspace is called “Nobody”',
      `Row 4, Month: ${formatCalendarMonth(currentMonth())} is this month: actuals are entered only for months that are over`,
    ]);
    await choose(csv(MONTHS.map((m) => `${NAME},${m},"42,000"`)));
    await dialog.getByRole('button', { name: 'Import actuals' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Imported 3 months of actuals of 1 use case from actuals.csv').waitFor();
    await summary.getByRole('listitem').filter({ hasText: NAME }).getByText('Last mile 20% over plan (threshold 10%)').waitFor();
    await summary.getByRole('listitem').filter({ hasText: NAME }).getByRole('link', { name: NAME }).click();
    expect(await varianceRow(page, 'Last mile')).toEqual(['$105,000', '$126,000', '$21,000 over plan (20.0%)', '$280,000', '$301,000', '$336,000']);
    expect(errorsOf(page)).toEqual([]);
  });
});
