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

/** The "Funded" figure of the summary ("5 of 14 candidates"): how many are funded. */
async function fundedCount(page: Page): Promise<number> {
  const text = (await page.getByRole('definition').first().textContent()) ?? '';
  return Number(/^\d+/.exec(text)?.[0] ?? NaN);
}

/** The score weights are folded away under the answer's rules: open them. */
async function openWeights(page: Page): Promise<void> {
  const details = page.locator('details.weights-panel');
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
}

/** Each rendered row of the ranked table: name, funded or not, its status and trade-off lines. */
async function tableRows(page: Page) {
  // The ranked table is drawn just after the answer is painted: wait for a funded row before reading it.
  await page.locator('.pt-row .pt-badge--funded').first().waitFor();
  return page.locator('.pt-row').evaluateAll((rows) =>
    rows.map((r) => ({
      name: r.querySelector('.pt-name')?.textContent ?? '',
      funded: r.querySelector('.pt-badge--funded') !== null,
      status: r.querySelector('.pt-status')?.textContent ?? '',
      tradeOff: r.querySelector('.pt-trade-off')?.textContent ?? '',
    })),
  );
}

/** True when the element lies wholly inside the first screen (the page not scrolled). */
async function onFirstScreen(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const els = [...document.querySelectorAll(sel)];
    return els.length > 0 && window.scrollY === 0 && els.every((el) => {
      const box = el.getBoundingClientRect();
      return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight && box.right <= window.innerWidth;
    });
  }, selector);
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
    // The demo is in mid-flight: its last mile under way and the one in production stay funded at no cost to the budget.
    await expect.poll(() => fundedCount(page)).toBe(2);
    await budget.fill('2,000,000');
    await budget.press('Enter');
    await expect.poll(() => fundedCount(page)).toBeGreaterThan(2);
    const funded = await fundedCount(page);
    await budget.fill('-5');
    await budget.press('Enter');
    await page.getByText('Budget must be a number of 0 or more').waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Ranked candidates' }).waitFor();
    expect(await page.getByLabel('Budget (total investment)').inputValue()).toBe('2,000,000');
    await expect.poll(() => fundedCount(page)).toBe(funded);
  });

  it('moving a weight moves the ranks and the explanation follows; weights survive a reload', async () => {
    const ctx = await app.newContext();
    const page = await app.open(ctx);
    await openPortfolio(page);
    const before = await rankedNames(page);
    await openWeights(page);
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
    await openWeights(page);
    expect(await page.locator('#weight-valueCreation').inputValue()).toBe('0');
    expect(await page.locator('#weight-strategicImportance').inputValue()).toBe('35');
  });

  it('a budget typed just before a slider moves survives the slider\'s save', async () => {
    const ctx = await app.newContext();
    const page = await app.open(ctx);
    await openPortfolio(page);
    await openWeights(page);
    await page.getByLabel('Budget (total investment)').fill('1,234,000');
    const slider = page.locator('#weight-readiness');
    await slider.focus(); // leaving the budget field applies it
    await slider.press('End');
    await page.waitForTimeout(900);
    await page.reload();
    await page.getByRole('heading', { name: 'Ranked candidates' }).waitFor();
    expect(await page.getByLabel('Budget (total investment)').inputValue()).toBe('1,234,000');
    await openWeights(page);
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

describe('portfolio: the answer first, rank and fund tell one story', () => {
  it('at 1280×720 the funded set, its totals and its years show without scrolling; every higher scorer left out says why', async () => {
    const ctx = await app.newContext();
    const page = await app.open(ctx);
    await page.setViewportSize({ width: 1280, height: 720 });
    await openPortfolio(page);
    const rows = await tableRows(page);
    const funded = rows.filter((r) => r.funded).map((r) => r.name);
    expect(funded.length).toBeGreaterThan(0);
    expect(await page.locator('.funded-set__list li').allTextContents()).toEqual(funded);

    // The answer leads: names, totals and the year view on the first screen; the rules beside it.
    expect(await onFirstScreen(page, '.funded-set__list li')).toBe(true);
    expect(await onFirstScreen(page, 'dl[aria-label="Funded portfolio summary"]')).toBe(true);
    expect(await onFirstScreen(page, '.year-view__table')).toBe(true);
    expect(await onFirstScreen(page, '#funding-title')).toBe(true);
    const summary = page.getByRole('definition');
    const labels = await page.locator('dl[aria-label="Funded portfolio summary"] dt').allTextContents();
    // The demo's plan has started: the budget line is what is left to fund, the expected NPV looks forward from today.
    expect(labels).toEqual(expect.arrayContaining(['Funded', 'To fund', 'Value creation', 'Automation', 'Not classified', 'Run cost once live', 'Payback, whole life']));
    expect(labels.filter((l) => /^Expected NPV from [A-Z][a-z]{2} \d{4}$/.test(l))).toHaveLength(1);
    expect(await summary.first().textContent()).toMatch(new RegExp(`^${funded.length} of ${rows.length}`));
    const years = await page.locator('.year-view__table tbody tr').count();
    expect(years).toBeGreaterThanOrEqual(3);

    // The table: no sideways scrolling; funded or not with the reason inline; the trade-off under a higher scorer that lost.
    expect(await page.locator('.pt-scroll').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    const lastFunded = rows.map((r) => r.funded).lastIndexOf(true);
    const losers = rows.slice(0, lastFunded).filter((r) => !r.funded);
    for (const r of rows.filter((x) => !x.funded)) expect(r.status, r.name).toMatch(/^Not funded: \S/);
    // A candidate of a parked problem (in the demo in mid-flight, one ranks above the last funded) has no trade-off to explain.
    for (const r of losers.filter((x) => !/^Not funded: (Blocked|Readiness not assessed|Forced out|Its problem is parked)/.test(x.status))) {
      expect(r.tradeOff, r.name).toMatch(/^Why it lost: Scores higher than /);
    }
    expect(losers.some((r) => r.tradeOff !== '')).toBe(true);

    // Rank by what funding maximises: the funded set comes up to the top.
    await page.getByLabel('Rank by').selectOption('expectedNpv');
    await expect.poll(async () => (await rankedNames(page)).join('|')).not.toBe(rows.map((r) => r.name).join('|'));
    expect(await axeViolations(page)).toEqual([]);
  });

  it('a new candidate whose readiness is not assessed is not funded, and says so', async () => {
    const ctx = await app.newContext();
    const page = await app.open(ctx);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.getByRole('heading', { name: 'Business problems' }).waitFor();
    await page.getByRole('link', { name: 'Order-status calls swamp the service desk' }).click();
    await page.getByRole('button', { name: 'Add candidate' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a candidate' });
    const name = 'Order tracking by text message';
    await dialog.getByLabel('Candidate name').fill(name);
    await dialog.getByRole('button', { name: 'Add and open' }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(name) }).waitFor();
    await page.getByLabel('Pilot cost').fill('40,000');
    await page.getByRole('button', { name: 'Propose last mile from pilot' }).click();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('All changes saved').waitFor();

    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Portfolio' }).click();
    await page.getByRole('heading', { name: 'Ranked candidates' }).waitFor();
    await page.getByText(/^Optimal: /).waitFor();
    const row = page.locator('.pt-row').filter({ has: page.locator('.pt-name', { hasText: name }) });
    await expect.poll(() => row.locator('.pt-status').textContent()).toBe('Not funded: Readiness not assessed');
    expect(await row.locator('.pt-cell--expectedNpv').textContent()).toBe('readiness not assessed');
    expect(await row.locator('.pt-cell--readiness').textContent()).toBe('readiness not assessed');
    expect(await page.locator('.funded-set__list li').allTextContents()).not.toContain(name);
    expect(await axeViolations(page)).toEqual([]);
  });
});
