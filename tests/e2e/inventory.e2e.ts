/**
 * The inventory on the demo workspace: a candidate added without costs is flagged "Not estimated" and left out of
 * funding with that reason on the Portfolio page; on the Inventory page a reference class applied to it makes it a
 * reference-class estimate; the CSV export carries it so; the page is axe clean in light and dark; a reload keeps it.
 */
import { readFileSync } from 'node:fs';
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

const PROBLEM = 'Order-status calls swamp the service desk';
const NAME = 'Delivery-slot chatbot from the register';
const CLASS = 'Document processing — medium';

const section = (page: Page, name: string) => page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name, exact: true });
const inventoryRow = (page: Page) => page.getByRole('table', { name: 'Inventory' }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: NAME }) });

describe('the inventory: flags, reference-class estimates and the export', () => {
  it('flags a candidate without costs, leaves it out of funding, estimates it with a reference class, exports it, and keeps it after a reload', async () => {
    const page = await app.open(await app.newContext());
    await page.getByRole('heading', { name: 'Business problems' }).waitFor();
    await page.getByRole('link', { name: PROBLEM }).click();
    await page.getByRole('button', { name: 'Add candidate' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a candidate' });
    await dialog.getByLabel('Candidate name').fill(NAME);
    await dialog.getByRole('button', { name: 'Add and open' }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(NAME) }).waitFor();
    const flags = page.getByRole('region', { name: 'What the inventory flags' });
    await flags.getByText('Not estimated', { exact: true }).waitFor();
    await flags.getByText(/left out of funding until someone estimates it/).waitFor();

    // Not funded, and the Portfolio page says why.
    await section(page, 'Portfolio').click();
    await page.getByRole('heading', { name: 'Ranked candidates' }).waitFor();
    await page.getByText(/^Optimal: /).waitFor({ timeout: 60_000 });
    const ranked = page.locator('.pt-row').filter({ has: page.locator('.pt-name', { hasText: NAME }) });
    await expect.poll(() => ranked.locator('.pt-status').textContent()).toBe('Not funded: Not estimated');
    expect(await page.locator('.funded-set__list li').allTextContents()).not.toContain(NAME);

    // The Inventory page counts it among the not estimated and estimates it with a reference class.
    await section(page, 'Inventory').click();
    await page.getByRole('heading', { level: 1, name: 'Inventory' }).waitFor();
    expect(page.url()).toMatch(/#\/w\/[^/]+\/inventory$/);
    const notEstimated = page.getByRole('group', { name: 'Filter by flag' }).getByRole('button', { name: /^Not estimated: \d+$/ });
    expect(await notEstimated.textContent()).toMatch(/^Not estimated: [1-9]/);
    await notEstimated.click();
    await expect.poll(() => notEstimated.getAttribute('aria-pressed')).toBe('true');
    await inventoryRow(page).getByText('Not estimated', { exact: true }).first().waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('checkbox', { name: `Select “${NAME}”` }).check();
    await page.getByLabel('Reference class', { exact: true }).selectOption({ label: CLASS });
    await page.getByText(/^Sets a pilot of \$75,000 over 4 months, a last mile of \$280,000/).waitFor();
    await page.getByRole('button', { name: 'Apply to 1 selected' }).click();
    await page.getByText(`“${CLASS}” applied to “${NAME}”.`).waitFor();
    await page.getByRole('group', { name: 'Filter by flag' }).getByRole('button', { name: /^All use cases: / }).click();
    await inventoryRowOnAnyPage(page);
    expect(await inventoryRow(page).locator('.inv-table__estimate').textContent()).toBe(`Reference class: ${CLASS}`);

    // The export carries it as a reference-class estimate.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export inventory (CSV)' }).click();
    const file = await (await download).path();
    const csv = readFileSync(file, 'utf8');
    const line = csv.split('\r\n').find((l) => l.startsWith(NAME));
    expect(line).toContain(`Reference class: ${CLASS}`);
    expect(line).toContain('75000');
    expect(line).not.toContain('Not estimated');
    expect(csv.split('\r\n')[0]).toContain('Use case name');

    // Dark as well as light.
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });

    // A reload keeps it: reference-class estimate on the inventory, no longer "Not estimated" in the portfolio.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Inventory' }).waitFor();
    await inventoryRowOnAnyPage(page);
    expect(await inventoryRow(page).locator('.inv-table__estimate').textContent()).toBe(`Reference class: ${CLASS}`);
    await section(page, 'Portfolio').click();
    await page.getByText(/^Optimal: /).waitFor({ timeout: 60_000 });
    await expect.poll(() => ranked.locator('.pt-status').textContent()).not.toContain('Not estimated');
    expect(errorsOf(page)).toEqual([]);
  });
});

/** Pages through the inventory until the row of NAME shows (the demo fits on one page, but the list is paged). */
async function inventoryRowOnAnyPage(page: Page): Promise<void> {
  for (let i = 0; i < 60; i++) {
    if ((await inventoryRow(page).count()) > 0) return;
    const next = page.getByRole('button', { name: 'Next page' });
    if ((await next.count()) === 0 || (await next.isDisabled())) break;
    await next.click();
  }
  await inventoryRow(page).waitFor();
}
