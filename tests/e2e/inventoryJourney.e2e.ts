import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, errorsOf, startApp, type AppHarness } from './harness';
import { BLANK_NAME_INDEX, inventoryCsv, inventoryRows } from './support/inventoryCsv';

/**
 * Issue 15's whole journey, as a consultant runs it on the first day of an engagement: the client's 500-row register in,
 * what it reveals, first estimates for every imported candidate from a reference class, the funding answer over the
 * larger portfolio, and a seat licence recorded against an imported use case, every dollar of it accounted for.
 */

let app: AppHarness;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

const CLASS = 'Document processing — small';
const section = (page: Page, name: string) => page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name, exact: true });
const filterButton = (page: Page, label: string) => page.getByRole('group', { name: 'Filter by flag' }).getByRole('button', { name: new RegExp(`^${label}: `) });

async function filterCount(page: Page, label: string): Promise<number> {
  const shown = (await filterButton(page, label).textContent()) ?? '';
  return Number(shown.slice(shown.lastIndexOf(':') + 1).replace(/[,\s]/g, ''));
}

/** "$1,017,200" → cents. */
const cents = (shown: string): number => Math.round(Number(shown.replace(/[−–]/, '-').replace(/[$,\s]/g, '')) * 100);

async function accounted(page: Page) {
  const cell = async (id: string) => cents((await page.getByTestId(id).locator('td').first().textContent()) ?? '');
  return { total: cents((await page.getByTestId('spend-total').textContent()) ?? ''), funded: await cell('spend-funded'), unfunded: await cell('spend-unfunded'), none: await cell('spend-none') };
}

describe('the client’s inventory, from import to accountable spend', () => {
  it('imports 500 rows, shows what they reveal, estimates them from a reference class, funds, and accounts for a seat licence', { timeout: 300_000 }, async () => {
    const rows = inventoryRows(500);
    const page = await app.open(await app.newContext());
    await page.getByRole('heading', { name: 'Business problems' }).waitFor();
    await section(page, 'Inventory').click();
    await page.getByRole('heading', { name: 'Inventory', level: 1 }).waitFor();
    await page.getByRole('group', { name: 'Filter by flag' }).waitFor();
    const before = { all: await filterCount(page, 'All use cases'), notEstimated: await filterCount(page, 'Not estimated') };

    // The register in: a third of its rows name no problem; over-long names shortened, the one blank name skipped.
    await page.getByLabel('The inventory file').setInputFiles({ name: 'register.csv', mimeType: 'text/csv', buffer: Buffer.from(inventoryCsv(rows)) });
    await page.getByText('register.csv: 500 rows, 8 columns.').waitFor({ timeout: 30_000 });
    await page.getByRole('table', { name: 'What the stages in the file mean' }).getByLabel('On hold').selectOption({ label: 'Stopped' });
    await page.getByLabel('Shorten over-long text (the full text is kept in the description)').check();
    await page.getByLabel(/^Skip the faulty rows/).check();
    const importButton = page.getByRole('button', { name: 'Import', exact: true });
    await expect.poll(() => importButton.isEnabled(), { timeout: 30_000 }).toBe(true);
    await importButton.click();

    // What the import reveals, in the summary and in the flag counts.
    const summary = page.getByTestId('inventory-import-summary');
    await summary.getByText('499 use cases created').waitFor({ timeout: 60_000 });
    const aiFirst = rows.filter((r, i) => r.problem === '' && i !== BLANK_NAME_INDEX).length;
    const flags = summary.getByRole('list', { name: 'Flags of the imported use cases' });
    await flags.getByText(`${aiFirst} AI first — no problem stated`).waitFor({ timeout: 30_000 });
    await flags.getByText('499 Not estimated').waitFor();
    await expect.poll(() => filterCount(page, 'Not estimated'), { timeout: 30_000 }).toBe(before.notEstimated + 499);

    // First estimates for every candidate not estimated yet, in one step.
    await filterButton(page, 'Not estimated').click();
    await page.getByRole('checkbox', { name: /^Select all [\d,]+ use cases listed$/ }).check();
    await page.getByLabel('Reference class', { exact: true }).selectOption({ label: CLASS });
    const apply = page.getByRole('button', { name: /^Apply to [\d,]+ selected$/ });
    const selected = Number(((await apply.textContent()) ?? '').replace(/\D/g, ''));
    expect(selected).toBe(before.notEstimated + 499);
    await apply.click();
    await expect.poll(() => filterCount(page, 'Not estimated'), { timeout: 60_000 }).toBe(0);
    expect(await filterCount(page, 'Reference-class estimate')).toBeGreaterThanOrEqual(499);
    expect(await filterCount(page, 'All use cases')).toBe(before.all + 499);
    expect(await axeViolations(page)).toEqual([]);

    // The funding answer over the larger portfolio is proven, though the register has several systems live for one
    // problem (committed work is a fact, not a choice that makes the answer impossible).
    await section(page, 'Portfolio').click();
    await page.getByRole('heading', { name: 'Ranked candidates' }).waitFor();
    await page.getByText(/^Optimal: /).waitFor({ timeout: 120_000 });

    // A seat licence for one imported idea (not funded: its readiness is not assessed), half of it; every dollar is accounted for.
    await section(page, 'Spend').click();
    await page.getByRole('heading', { name: 'AI spend', level: 1 }).waitFor();
    await page.getByTestId('spend-total').waitFor({ timeout: 30_000 });
    const spendBefore = await accounted(page);
    const target = rows[0]!.name;
    expect(rows[0]!.stage).toBe('Idea');
    await page.getByRole('button', { name: 'Record AI spend' }).click();
    const form = page.getByRole('form', { name: 'Record AI spend' });
    await form.getByLabel('Name').fill('Claims assistant seats');
    await form.getByLabel('Seats').fill('40');
    await form.getByLabel('Price per seat per month').fill('30');
    await form.getByLabel('Link a use case').selectOption({ label: target });
    await form.getByLabel(`Share for “${target}”`).fill('50');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(async () => (await accounted(page)).total).toBe(spendBefore.total + 120_000);
    const spendAfter = await accounted(page);
    expect(spendAfter.unfunded).toBe(spendBefore.unfunded + 60_000);
    expect(spendAfter.none).toBe(spendBefore.none + 60_000);
    expect(spendAfter.funded).toBe(spendBefore.funded);
    expect(spendAfter.funded + spendAfter.unfunded + spendAfter.none).toBe(spendAfter.total);

    // A reload keeps it all.
    await page.reload();
    await page.getByTestId('spend-total').waitFor({ timeout: 30_000 });
    await expect.poll(() => accounted(page)).toEqual(spendAfter);
    await section(page, 'Inventory').click();
    await page.getByRole('group', { name: 'Filter by flag' }).waitFor({ timeout: 30_000 });
    expect(await filterCount(page, 'All use cases')).toBe(before.all + 499);
    expect(await filterCount(page, 'Not estimated')).toBe(0);
    expect(errorsOf(page)).toEqual([]);
  });
});
