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

const openSection = (page: Page, name: string) => page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name }).click();
const comparedNames = (page: Page) => page.locator('.scenario-totals thead th').allTextContents();

describe('scenarios', () => {
  it("compares the demo's two scenarios with the base plan (the cut forces a trade-off), adds a third, funds against the P90 cost in it; a reload keeps everything", async () => {
    const page = await app.open(await app.newContext());
    await page.getByRole('heading', { name: 'Business problems' }).waitFor();
    await openSection(page, 'Scenarios');
    await page.getByRole('heading', { level: 1, name: 'Scenarios' }).waitFor();
    // The demo's scenarios beside the base plan, funded in the funding worker.
    await page.locator('.scenario-funded tbody tr').first().waitFor();
    expect(await comparedNames(page)).toEqual(['Figure', 'Base plan', 'Budget cut by 30%', 'Token price +50%']);
    // The cut forces a trade-off: some candidates are funded in only some of the three.
    expect(await page.locator('.scenario-funded').textContent()).toMatch(/In all/);
    expect(await page.locator('.scenario-funded .scenario-funded--differs').count()).toBeGreaterThan(0);

    // A third scenario, funding against the P90 cost, compared instead of the token price.
    await page.getByLabel('New scenario').fill('Budget that holds 9 times in 10');
    await page.getByRole('button', { name: 'Create scenario' }).click();
    await page.getByRole('heading', { name: 'Edit “Budget that holds 9 times in 10”' }).waitFor();
    await page.getByLabel('Fund against').selectOption('p90');
    await page.getByText('Funds against the P90 cost.').waitFor();
    await page.getByLabel('Compare Token price +50%').uncheck();
    await page.getByLabel('Compare Budget that holds 9 times in 10').check();
    await expect.poll(() => comparedNames(page)).toEqual(['Figure', 'Base plan', 'Budget cut by 30%', 'Budget that holds 9 times in 10']);
    await page.locator('.scenario-totals').getByText('(P90 cost)').waitFor();
    await page.locator('.lm-scenario-lines').nth(1).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Scenarios' }).waitFor();
    await expect.poll(() => page.locator('.scenario-list tbody th').allTextContents()).toEqual(['Base plan', 'Budget cut by 30%', 'Token price +50%', 'Budget that holds 9 times in 10']);
    expect(await page.locator('.scenario-list').textContent()).toContain('Funds against the P90 cost.');
    expect(errorsOf(page)).toEqual([]);
  });

  it('the portfolio funds against the P90 cost when asked, says what it counts and what changes, and keeps the choice after a reload', async () => {
    const page = await app.open(await app.newContext());
    await page.getByRole('heading', { name: 'Business problems' }).waitFor();
    await openSection(page, 'Portfolio');
    await page.getByRole('heading', { level: 1, name: 'Portfolio' }).waitFor();
    const basis = page.getByRole('region', { name: 'Risk in the funding choice' });
    await basis.getByRole('button', { name: 'What changes against the P90 cost?' }).click();
    await basis.getByText(/^Against the P90 cost/).waitFor();
    await basis.getByLabel('Fund against').selectOption('p90');
    await basis.getByText(/The funded set counts \$[\d,]+ at its P90 cost against the budget/).waitFor();
    await basis.getByText(/^Against the likely cost/).waitFor();
    // The choice is shown at once and stored a moment later: the header's Undo names it once it is stored.
    await page.getByRole('button', { name: /^Undo: Fund against the P90 cost/ }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Portfolio' }).waitFor();
    expect(await page.getByRole('region', { name: 'Risk in the funding choice' }).getByLabel('Fund against').inputValue()).toBe('p90');
    expect(await axeViolations(page)).toEqual([]);
    expect(errorsOf(page)).toEqual([]);
  });
});
