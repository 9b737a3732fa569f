import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, errorsOf, startApp, type AppHarness } from './harness';

/**
 * The first screen prepared at build time (renderer/firstScreen, scripts/first-screen): on a first start at the start
 * address the demo's problem list is drawn from the page's HTML before the app's script has loaded, inert, and the
 * app then draws the same screen, live, in its place. A later start, or a start at another address, never shows it.
 * The app's script is held back here (1.5 s) so that the moment before it can be looked at.
 */
let app: AppHarness;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

const HOLD_MS = 1_500;

/** Holds back the app's own script (the module the page loads first) for HOLD_MS on every load of this profile. */
async function slowScript(context: BrowserContext): Promise<void> {
  await context.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
    await new Promise((r) => setTimeout(r, HOLD_MS));
    await route.continue();
  });
}

const prepared = (page: Page) => page.locator('#first-screen');
const heading = (page: Page) => page.locator('h1', { hasText: 'Business problems' });

describe('the first screen before the app has loaded', () => {
  it('a first start shows the demo problem list at once, inert, and the app then draws it live in its place', async () => {
    const context = await app.newContext();
    await slowScript(context);
    const page = await context.newPage();
    await page.goto(app.url, { waitUntil: 'commit' });
    await heading(page).waitFor({ state: 'visible' });
    expect(await prepared(page).count()).toBe(1);
    expect(await page.locator('[role="status"]', { hasText: /^Showing \d+ of \d+ problems/ }).count()).toBe(1);
    // Inert and hidden from assistive technology: nothing in it can be focused, clicked or reached by role until the app is up.
    expect(await prepared(page).getAttribute('inert')).toBe('');
    expect(await page.getByRole('heading', { name: 'Business problems' }).count()).toBe(0);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);

    // The app's script arrives: its own screen replaces the prepared one, and it is the same screen.
    await page.getByRole('heading', { name: 'Business problems' }).waitFor();
    expect(await prepared(page).count()).toBe(0);
    await page.getByRole('complementary', { name: 'Demo workspace' }).waitFor();
    expect(await page.locator('[role="status"]', { hasText: /^Showing \d+ of \d+ problems/ }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(errorsOf(page)).toEqual([]);

    // A later start of the same profile draws nothing before the app: the prepared screen is removed at once.
    await page.reload({ waitUntil: 'commit' });
    await page.locator('#root').waitFor({ state: 'attached' });
    expect(await prepared(page).count()).toBe(0);
    expect(await heading(page).count()).toBe(0);
    await page.getByRole('heading', { name: 'Business problems' }).waitFor();
    await context.close();
  });

  it('a first start at another address does not show the demo problem list before the app', async () => {
    const context = await app.newContext();
    await slowScript(context);
    const page = await context.newPage();
    await page.goto(`${app.url}#/workspaces`, { waitUntil: 'commit' });
    await page.locator('#root').waitFor({ state: 'attached' });
    expect(await prepared(page).count()).toBe(0);
    expect(await heading(page).count()).toBe(0);
    await page.getByRole('heading', { name: 'Workspaces' }).waitFor();
    await context.close();
  });
});
