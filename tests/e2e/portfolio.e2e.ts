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

async function openPortfolio(page: Page): Promise<void> {
  await page.getByRole('heading', { name: 'Business problems' }).waitFor();
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Portfolio' }).click();
  await page.getByRole('heading', { name: 'Ranked candidates' }).waitFor();
  await page.getByText(/^Optimal: /).waitFor();
}

/** Candidate names in rank order, as the table shows them. */
async function rankedNames(page: Page): Promise<string[]> {
  return page.locator('.pt-row th[scope="row"] .pt-name').allTextContents();
}

async function fundedCount(page: Page): Promise<number> {
  const text = await page.getByRole('definition').first().textContent();
  return Number(text);
}

describe('portfolio: ranking and funding', () => {
  it('a budget change changes the funded set, and the answer says it is optimal', async () => {
    const ctx = await app.newContext();
    const page = await app.open(ctx);
    await openPortfolio(page);
    expect(await axeViolations(page)).toEqual([]);
    const budget = page.getByLabel('Budget (total investment)');
    await budget.fill('0');
    await budget.press('Enter');
    await page.getByText(/^Optimal: /).waitFor();
    await expect.poll(() => fundedCount(page)).toBe(0);
    await budget.fill('2,000,000');
    await budget.press('Enter');
    await expect.poll(() => fundedCount(page)).toBeGreaterThan(0);
    const funded = await fundedCount(page);
    await budget.fill('-5');
    await budget.press('Enter');
    await page.getByText('Budget must be a number of 0 or more').waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Ranked candidates' }).waitFor();
    expect(await page.getByLabel('Budget (total investment)').inputValue()).toBe('2000000');
    await expect.poll(() => fundedCount(page)).toBe(funded);
  });

  it('moving a weight moves the ranks and the explanation follows; weights survive a reload', async () => {
    const ctx = await app.newContext();
    const page = await app.open(ctx);
    await openPortfolio(page);
    const before = await rankedNames(page);
    await page.getByLabel('Preset').selectOption('strategic-bets');
    await expect.poll(async () => (await rankedNames(page)).join('|')).not.toBe(before.join('|'));
    const top = (await rankedNames(page))[0]!;
    await page.getByRole('button', { name: `— explain the score of ${top}` }).click();
    const explanation = page.getByRole('table', { name: `How the score of ${top} adds up` });
    await explanation.waitFor();
    const weightCell = explanation.getByRole('row', { name: /Strategic importance/ });
    expect(await weightCell.textContent()).toContain('35');
    const slider = page.locator('#weight-valueCreation');
    await slider.focus();
    await slider.press('Home');
    await expect.poll(async () => (await explanation.getByRole('row', { name: /Value creation/ }).textContent()) ?? '').toMatch(/\b0\b/);
    expect(await axeViolations(page)).toEqual([]);
    await page.waitForTimeout(800);
    await page.reload();
    await page.getByRole('heading', { name: 'Ranked candidates' }).waitFor();
    expect(await page.locator('#weight-valueCreation').inputValue()).toBe('0');
    expect(await page.locator('#weight-strategicImportance').inputValue()).toBe('35');
  });

  it('a budget typed just before a slider moves survives the slider\'s save', async () => {
    const ctx = await app.newContext();
    const page = await app.open(ctx);
    await openPortfolio(page);
    await page.getByLabel('Budget (total investment)').fill('1,234,000');
    const slider = page.locator('#weight-readiness');
    await slider.focus(); // leaving the budget field applies it
    await slider.press('End');
    await page.waitForTimeout(900);
    await page.reload();
    await page.getByRole('heading', { name: 'Ranked candidates' }).waitFor();
    expect(await page.getByLabel('Budget (total investment)').inputValue()).toBe('1234000');
    expect(await page.locator('#weight-readiness').inputValue()).toBe('100');
  });

  it('a bubble of the matrix opens its use case', async () => {
    const ctx = await app.newContext();
    const page = await app.open(ctx);
    await openPortfolio(page);
    const views = page.getByRole('tablist', { name: 'Portfolio views' });
    await views.getByRole('tab', { name: 'Value vs feasibility' }).click();
    const bubble = page.locator('svg [role="button"]').first();
    const label = (await bubble.getAttribute('aria-label')) ?? '';
    await bubble.click();
    await page.waitForURL(/#\/w\/[^/]+\/use-cases\//);
    const name = label.split(':')[0]!.trim();
    await page.getByRole('heading', { level: 1 }).filter({ hasText: name }).waitFor();
  });

  it('every view renders and the view tabs work from the keyboard', async () => {
    const ctx = await app.newContext();
    const page = await app.open(ctx);
    await openPortfolio(page);
    const views = page.getByRole('tablist', { name: 'Portfolio views' });
    await views.getByRole('tab', { name: 'Value vs feasibility' }).focus();
    for (const name of ['ROI timeline', 'Pilot vs last mile', 'Roadmap', 'Portfolio mix', 'Efficient frontier']) {
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => views.getByRole('tab', { name }).getAttribute('aria-selected')).toBe('true');
      await page.locator('[role="tabpanel"] svg').first().waitFor();
    }
    expect(await axeViolations(page)).toEqual([]);
  });
});
