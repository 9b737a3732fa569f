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

/** A money figure as the page shows it (en-US in the demo): "$1,017,200" → 101720000 cents. */
const cents = (shown: string): number => Math.round(Number(shown.replace(/[−–]/, '-').replace(/[$,\s]/g, '')) * 100);

async function accounted(page: Page) {
  const cell = async (id: string) => cents((await page.getByTestId(id).locator('td').first().textContent()) ?? '');
  return { total: cents((await page.getByTestId('spend-total').textContent()) ?? ''), funded: await cell('spend-funded'), unfunded: await cell('spend-unfunded'), none: await cell('spend-none') };
}

async function record(page: Page, name: string, seats: string, price: string, linkTo: string | null): Promise<void> {
  await page.getByRole('button', { name: 'Record AI spend' }).click();
  const form = page.getByRole('form', { name: 'Record AI spend' });
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Seats').fill(seats);
  await form.getByLabel('Price per seat per month').fill(price);
  if (linkTo) {
    await form.getByLabel('Link a use case').selectOption({ label: linkTo });
    await form.getByLabel(`Share for “${linkTo}”`).fill('100');
  }
  await form.getByRole('button', { name: 'Save' }).click();
  await form.waitFor({ state: 'detached' });
}

describe('AI spend: every dollar accounted for', () => {
  it('records a seat licence for a funded use case and one for nothing; the page accounts for every dollar, and a reload keeps it', async () => {
    const ctx = await app.newContext();
    const page = await app.open(ctx);
    await page.getByRole('heading', { name: 'Business problems' }).waitFor();
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Spend' }).click();
    await page.getByRole('heading', { name: 'AI spend', level: 1 }).waitFor();
    await page.getByTestId('spend-total').waitFor({ timeout: 30_000 });
    expect(page.url()).toMatch(/#\/w\/[^/]+\/spend$/);
    // The demo carries the published example, cited.
    await page.getByText(/5,000 seats at \$200 a month is \$1,000,000 a month with no use case behind it \(Caxy/).waitFor();
    const before = await accounted(page);
    expect(before.funded + before.unfunded + before.none).toBe(before.total);
    // A funded use case: one the funding answer funds, as the page lists it.
    const fundedRow = page.getByRole('table', { name: 'Spend linked to each use case' }).locator('tbody tr').filter({ has: page.getByRole('cell', { name: 'Funded', exact: true }) }).first();
    const funded = ((await fundedRow.locator('th').textContent()) ?? '').trim();
    expect(funded).not.toBe('');

    await record(page, 'Analyst assistant seats', '10', '50', funded);
    await record(page, 'Trial seats for everyone else', '20', '25', null);
    await expect.poll(async () => (await accounted(page)).total).toBe(before.total + 100_000);
    const after = await accounted(page);
    expect(after.funded).toBe(before.funded + 50_000);
    expect(after.none).toBe(before.none + 50_000);
    expect(after.unfunded).toBe(before.unfunded);
    expect(after.funded + after.unfunded + after.none).toBe(after.total);
    await page.getByText(/^5,020 of 5,070 seats have no use case behind them/).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.reload();
    await page.getByTestId('spend-total').waitFor({ timeout: 30_000 });
    await expect.poll(() => accounted(page)).toEqual(after);
    await page.getByRole('rowheader', { name: /Analyst assistant seats/ }).waitFor();
    expect(errorsOf(page)).toEqual([]);
  });
});
