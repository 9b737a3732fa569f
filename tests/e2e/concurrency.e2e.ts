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

const DEMO_PROBLEM = 'Order-status calls swamp the service desk';

/** The conflict view: both versions of every differing field, with a choice each. */
const conflictView = (page: Page) => page.getByRole('region', { name: /was changed in another window while you were editing/ });
const choice = (page: Page, field: RegExp, name: RegExp) => conflictView(page).getByRole('group', { name: field }).getByRole('radio', { name });

describe('two windows on one profile edit the same record', () => {
  it('use case: B keeps its unsaved description, the name follows A, B saves, and both changes survive a reload', async () => {
    const ctx = await app.newContext();
    const a = await app.open(ctx);
    await a.getByRole('heading', { name: 'Business problems' }).waitFor();
    await a.getByRole('link', { name: DEMO_PROBLEM }).click();
    await a.getByRole('button', { name: 'Add candidate' }).click();
    await a.getByRole('dialog', { name: 'Add a candidate' }).getByLabel('Candidate name').fill('Shared candidate');
    await a.getByRole('dialog', { name: 'Add a candidate' }).getByRole('button', { name: 'Add and open' }).click();
    await a.getByText('All changes saved').waitFor();
    const b = await app.open(ctx, new URL(a.url()).hash);
    await b.getByText('All changes saved').waitFor();

    await b.getByLabel('Description').fill('Typed in window B, not saved yet');
    await b.getByText('Unsaved changes').waitFor();
    await a.getByLabel('Name', { exact: true }).fill('Renamed in window A');
    await a.getByRole('button', { name: 'Save changes' }).click();
    await a.getByText('All changes saved').waitFor();

    await conflictView(b).waitFor();
    expect(await b.getByRole('button', { name: 'Save changes' }).isDisabled()).toBe(true);
    expect(await conflictView(b).getByRole('group', { name: /^Name/ }).textContent()).toContain('Renamed in window A');
    expect(await choice(b, /^Name/, /Take theirs/).isChecked()).toBe(true);
    expect(await choice(b, /^Description/, /Keep mine/).isChecked()).toBe(true);
    expect(await b.getByLabel('Description').inputValue()).toBe('Typed in window B, not saved yet');
    expect(await axeViolations(b)).toEqual([]);

    // Keyboard only: the choices are radios, Apply is a button.
    await choice(b, /^Description/, /Keep mine/).focus();
    await b.keyboard.press('ArrowRight');
    expect(await choice(b, /^Description/, /Take theirs/).isChecked()).toBe(true);
    await b.keyboard.press('ArrowLeft');
    expect(await choice(b, /^Description/, /Keep mine/).isChecked()).toBe(true);
    await conflictView(b).getByRole('button', { name: /Apply and save/ }).focus();
    await b.keyboard.press('Enter');
    await b.getByText('All changes saved').waitFor();
    expect(await conflictView(b).count()).toBe(0);
    expect(await b.getByLabel('Name', { exact: true }).inputValue()).toBe('Renamed in window A');

    for (const page of [b, a]) {
      await page.reload();
      await page.getByText('All changes saved').waitFor();
      expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe('Renamed in window A');
      expect(await page.getByLabel('Description').inputValue()).toBe('Typed in window B, not saved yet');
    }
  });

  it('problem: B keeps its unsaved statement, the title follows A, B saves, and both changes survive a reload', async () => {
    const ctx = await app.newContext();
    const a = await app.open(ctx);
    await a.getByRole('heading', { name: 'Business problems' }).waitFor();
    const capture = a.getByLabel('Quick capture: type a business problem and press Enter');
    await capture.fill('Shared problem');
    await capture.press('Enter');
    await a.getByRole('link', { name: 'Shared problem' }).click();
    await a.getByRole('heading', { level: 1, name: 'Shared problem' }).waitFor();
    const b = await app.open(ctx, new URL(a.url()).hash);
    await b.getByRole('heading', { level: 1, name: 'Shared problem' }).waitFor();

    await b.getByRole('button', { name: 'Edit problem' }).click();
    const bDialog = b.getByRole('dialog', { name: 'Edit problem' });
    await bDialog.getByLabel('Problem statement').fill('Statement typed in window B');
    await a.getByRole('button', { name: 'Edit problem' }).click();
    const aDialog = a.getByRole('dialog', { name: 'Edit problem' });
    await aDialog.getByLabel('Title').fill('Shared problem, renamed in A');
    await aDialog.getByRole('button', { name: 'Save problem' }).click();
    await a.getByRole('heading', { level: 1, name: 'Shared problem, renamed in A' }).waitFor();

    await conflictView(b).waitFor();
    expect(await bDialog.getByRole('button', { name: 'Save problem' }).isDisabled()).toBe(true);
    expect(await choice(b, /^Title/, /Take theirs/).isChecked()).toBe(true);
    expect(await choice(b, /^Problem statement/, /Keep mine/).isChecked()).toBe(true);
    expect(await bDialog.getByLabel('Problem statement').inputValue()).toBe('Statement typed in window B');
    expect(await axeViolations(b)).toEqual([]);
    await conflictView(b).getByRole('button', { name: /Apply and save/ }).click();
    await b.getByRole('heading', { level: 1, name: 'Shared problem, renamed in A' }).waitFor();
    await bDialog.waitFor({ state: 'hidden' });

    for (const page of [b, a]) {
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Shared problem, renamed in A' }).waitFor();
      await page.getByText('Statement typed in window B').waitFor();
    }
  });
});
