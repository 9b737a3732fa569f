import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, startApp, type AppHarness } from './harness';

let app: AppHarness;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

describe('no blank screens, storage kept', () => {
  it('a malformed address shows "cannot be read" with the header; the way out leads to the workspaces page', async () => {
    const ctx = await app.newContext();
    const page = await app.open(ctx);
    await page.getByRole('heading', { name: 'Business problems' }).waitFor();
    await page.goto(`${app.url}#/w/%E0%A4%A/problems`);
    await page.getByRole('heading', { name: 'This address cannot be read' }).waitFor();
    expect(await page.locator('header.app-header a.brand').textContent()).toBe('Lastmile');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Go to the workspaces page' }).click();
    await page.getByRole('heading', { name: 'Workspaces' }).waitFor();

    await page.goto(`${app.url}#/w/anything/reports`);
    await page.getByRole('heading', { name: 'There is no page at this address' }).waitFor();
  });

  it('asks for persistent storage once at start (not again on moving between pages)', async () => {
    const ctx = await app.newContext();
    await ctx.addInitScript(() => {
      const w = window as unknown as { persistCalls: number };
      w.persistCalls = 0;
      const original = navigator.storage.persist.bind(navigator.storage);
      navigator.storage.persist = () => {
        w.persistCalls++;
        return original();
      };
    });
    const page = await app.open(ctx);
    await page.getByRole('heading', { name: 'Business problems' }).waitFor();
    await page.getByRole('link', { name: 'Portfolio' }).click();
    await page.getByRole('link', { name: 'Problems' }).click();
    await page.getByRole('heading', { name: 'Business problems' }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { persistCalls: number }).persistCalls)).toBe(1);
  });
});
