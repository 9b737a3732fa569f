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

/** A money figure as the risk page shows it in the workspace's number format (en-US in the demo): "−$1,234,567" → −1234567. */
const amount = (shown: string): number => Number(shown.replace(/[−–]/, '-').replace(/[$,\s]/g, ''));

/** The funded set's figures on screen, by the first word of their label (P10, P50, P90). */
async function fundedFigures(page: Page): Promise<Record<string, number>> {
  const pairs = await page.locator('.risk-figures div').evaluateAll((divs) => divs.map((d) => [d.querySelector('dt')?.textContent ?? '', d.querySelector('dd')?.textContent ?? '']));
  return Object.fromEntries(pairs.filter(([label]) => /^P\d0 /.test(label!)).map(([label, shown]) => [label!.split(' ')[0]!, amount(shown!)]));
}

describe('risk: the portfolio simulated in the worker', () => {
  it('runs the demo’s funded set, shows P10 ≤ P50 ≤ P90 with its seed and charts, and is accessible', async () => {
    const ctx = await app.newContext();
    const page = await app.open(ctx);
    await page.getByRole('heading', { name: 'Business problems' }).waitFor();
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Risk' }).click();
    await page.getByRole('heading', { name: 'Risk', level: 1 }).waitFor();
    const run = page.getByRole('button', { name: 'Run the simulation' });
    await expect.poll(() => run.isEnabled(), { timeout: 30_000 }).toBe(true);
    await run.click();
    await page.locator('.risk-figures').waitFor({ timeout: 60_000 });
    const figures = await fundedFigures(page);
    expect(figures.P10).toBeLessThanOrEqual(figures.P50!);
    expect(figures.P50).toBeLessThanOrEqual(figures.P90!);
    expect(figures.P10).toBeLessThan(figures.P90!);
    await page.getByText(/^Seed [\d,]+, 10,000 trials: the same seed gives the same answer\./).waitFor();
    await page.getByRole('img', { name: /^The funded set’s NPV/ }).waitFor();
    await page.getByRole('img', { name: /^The funded set’s cumulative cash from today/ }).waitFor();
    await page.getByRole('table', { name: /Each use case, NPV from today/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // The same seed gives the same answer.
    await page.getByRole('button', { name: 'Run again' }).click();
    await page.getByRole('button', { name: 'Run again' }).waitFor();
    await expect.poll(() => fundedFigures(page)).toEqual(figures);
    expect(errorsOf(page)).toEqual([]);
  });
});
