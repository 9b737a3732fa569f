import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_WORKSPACE_NAME } from '@shared/demo';
import { axeViolations, errorsOf, startApp, type AppHarness } from './harness';

let app: AppHarness;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

/** The names listed on the workspaces page, each with whether it carries the "Demo" label. */
async function listedWorkspaces(page: Page): Promise<{ name: string; demo: boolean }[]> {
  await page.goto(`${new URL(page.url()).origin}/#/workspaces`);
  await page.getByRole('heading', { name: 'Workspaces' }).waitFor();
  await page.locator('table tbody tr').first().waitFor();
  return page.locator('table tbody th').evaluateAll((cells) =>
    cells.map((c) => ({ name: c.querySelector('button')?.textContent ?? '', demo: c.querySelector('.badge--demo')?.textContent === 'Demo' })),
  );
}

describe('first start: exactly one demo, labelled, and one click to a workspace of your own', () => {
  it('two tabs of a fresh profile opened at once, then a reload, list one demo workspace', async () => {
    const ctx = await app.newContext();
    const [tab1, tab2] = await Promise.all([app.open(ctx), app.open(ctx)]);
    for (const tab of [tab1, tab2]) await tab.getByRole('heading', { name: 'Business problems' }).waitFor();
    await tab2.reload();
    await tab2.getByRole('heading', { name: 'Business problems' }).waitFor();

    const banner = tab1.getByRole('complementary', { name: 'Demo workspace' });
    await banner.waitFor();
    expect(await banner.textContent()).toContain('Demo');
    expect(await axeViolations(tab1)).toEqual([]);

    expect(await listedWorkspaces(tab2)).toEqual([{ name: DEMO_WORKSPACE_NAME, demo: true }]);
    expect(await listedWorkspaces(tab1)).toEqual([{ name: DEMO_WORKSPACE_NAME, demo: true }]);
    expect(await axeViolations(tab1)).toEqual([]);
    expect([...errorsOf(tab1), ...errorsOf(tab2)]).toEqual([]);
  });

  it('"Start your own workspace" on the demo opens a new workspace of your own in one click', async () => {
    const page = await app.open(await app.newContext());
    await page.getByRole('heading', { name: 'Business problems' }).waitFor();
    await page.getByRole('complementary', { name: 'Demo workspace' }).getByRole('button', { name: 'Start your own workspace' }).click();

    await page.getByRole('heading', { name: 'Workspace settings' }).waitFor();
    expect(await page.getByLabel('Workspace name').inputValue()).toBe('My workspace');
    expect(await page.getByRole('complementary', { name: 'Demo workspace' }).count()).toBe(0);
    const switcher = page.getByRole('combobox', { name: 'Workspace', exact: true });
    expect(await switcher.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent)).toBe('My workspace');

    await page.getByLabel('Workspace name').fill('Northwind Health');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Settings saved').waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Workspace settings' }).waitFor();
    expect(await listedWorkspaces(page)).toEqual([
      { name: DEMO_WORKSPACE_NAME, demo: true },
      { name: 'Northwind Health', demo: false },
    ]);
  });

  it('the workspaces page offers the same one click while only the demo is there', async () => {
    const page = await app.open(await app.newContext());
    await page.getByRole('heading', { name: 'Business problems' }).waitFor();
    await listedWorkspaces(page);
    await page.getByRole('button', { name: 'Start your own workspace' }).click();
    await page.getByRole('heading', { name: 'Workspace settings' }).waitFor();
    await listedWorkspaces(page);
    expect(await page.getByRole('button', { name: 'Start your own workspace' }).count()).toBe(0);
  });
});
