import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppHarness } from './harness';

let app: AppHarness;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

/** A profile whose IndexedDB refuses every write with the browser's quota error while `window.__fullDisk` is true. */
async function fullDiskContext(): Promise<BrowserContext> {
  const ctx = await app.newContext();
  await ctx.addInitScript(() => {
    for (const method of ['put', 'add', 'delete'] as const) {
      const original = IDBObjectStore.prototype[method] as (...args: unknown[]) => IDBRequest;
      (IDBObjectStore.prototype as unknown as Record<string, unknown>)[method] = function refuseWhenFull(this: IDBObjectStore, ...args: unknown[]) {
        if ((window as { __fullDisk?: boolean }).__fullDisk) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return original.apply(this, args);
      };
    }
  });
  return ctx;
}

const setFullDisk = (page: Page, on: boolean) => page.evaluate((v) => ((window as { __fullDisk?: boolean }).__fullDisk = v), on);

/**
 * The first start draws the demo from memory and stores it just after it is painted; a disk that fills before then
 * takes the demo off the screen (tests/dom/app/startupDemo.test.tsx). Tests of later writes wait until it is stored.
 */
async function demoStored(page: Page): Promise<void> {
  // Polled with evaluate, which awaits the answer (waitForFunction takes the promise itself as a truthy answer).
  const stored = () =>
    page.evaluate(async () => {
      if (!(await indexedDB.databases()).some((d) => d.name === 'lastmile')) return false;
      return new Promise<boolean>((resolve) => {
        const open = indexedDB.open('lastmile');
        open.onerror = () => resolve(false);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('workspaces')) return (db.close(), resolve(false));
          const count = db.transaction('workspaces').objectStore('workspaces').count();
          count.onsuccess = () => (db.close(), resolve(count.result > 0));
          count.onerror = () => (db.close(), resolve(false));
        };
      });
    });
  await expect.poll(stored, { interval: 100, timeout: 30_000 }).toBe(true);
}

describe('a full disk (IndexedDB over quota)', () => {
  it('use-case save says so, keeps the typed text, can be pressed again, and saves once there is space', async () => {
    const page = await app.open(await fullDiskContext());
    await page.getByRole('heading', { name: 'Business problems' }).waitFor();
    await page.getByRole('link', { name: 'Order-status calls swamp the service desk' }).click();
    await page.getByRole('button', { name: 'Add candidate' }).click();
    await page.getByRole('dialog', { name: 'Add a candidate' }).getByLabel('Candidate name').fill('Saved on a full disk');
    await page.getByRole('dialog', { name: 'Add a candidate' }).getByRole('button', { name: 'Add and open' }).click();
    await page.getByText('All changes saved').waitFor();

    await setFullDisk(page, true);
    await page.getByLabel('Description').fill('Typed while the disk was full');
    const save = page.getByRole('button', { name: 'Save changes' });
    await save.click();
    await page.getByText(/The disk is full/).first().waitFor();
    expect(await page.getByText('Saving…').count()).toBe(0);
    expect(await page.getByLabel('Description').inputValue()).toBe('Typed while the disk was full');
    expect(await save.isEnabled()).toBe(true);
    await save.click(); // still full: refused again, still kept
    await page.getByText(/The disk is full/).first().waitFor();
    expect(await page.getByLabel('Description').inputValue()).toBe('Typed while the disk was full');

    await setFullDisk(page, false);
    await save.click();
    await page.getByText('All changes saved').waitFor();
    await page.reload();
    await page.getByText('All changes saved').waitFor();
    expect(await page.getByLabel('Description').inputValue()).toBe('Typed while the disk was full');
  });

  it('quick capture keeps the title and says why; Enter retries once there is space, and the problem survives a reload', async () => {
    const page = await app.open(await fullDiskContext());
    await page.getByRole('heading', { name: 'Business problems' }).waitFor();
    const input = page.getByLabel('Quick capture: type a business problem and press Enter');
    await demoStored(page);
    await setFullDisk(page, true);
    await input.fill('Captured on a full disk');
    await input.press('Enter');
    await page.getByRole('alert').filter({ hasText: 'The disk is full' }).waitFor();
    expect(await input.inputValue()).toBe('Captured on a full disk');
    expect(await page.getByRole('link', { name: 'Captured on a full disk' }).count()).toBe(0);

    await setFullDisk(page, false);
    await input.press('Enter');
    await page.getByRole('link', { name: 'Captured on a full disk' }).waitFor();
    expect(await input.inputValue()).toBe('');
    await page.reload();
    await page.getByRole('link', { name: 'Captured on a full disk' }).waitFor();
  });
});
