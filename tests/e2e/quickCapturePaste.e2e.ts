import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, errorsOf, startApp, type AppHarness } from './harness';

let app: AppHarness;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

const FIELD = 'Quick capture: type a business problem and press Enter';
const DEMO_PROBLEM = 'Order-status calls swamp the service desk';
const PASTED = [
  'Month-end close takes nine days',
  'Too many order-status calls to the service desk',
  'Field reps re-key orders into the ERP',
  'Supplier onboarding stalls in legal',
];
/** As copied from a document: bullets and numbers, Windows line ends, a blank line. */
const CLIPBOARD = `- ${PASTED[0]}\r\n• ${PASTED[1]}\r\n\r\n3. ${PASTED[2]}\r\n4) ${PASTED[3]}\r\n`;

/** Pastes as the browser does on Ctrl+V: a ClipboardEvent carrying the text in its DataTransfer. */
async function paste(field: Locator, text: string): Promise<void> {
  await field.focus();
  await field.evaluate((el, t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

/** The text of the elements an input's aria-describedby names (what a screen reader reads after its label). */
function description(input: Locator): Promise<string> {
  return input.evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' '),
  );
}

async function problemLinks(page: Page, title: string): Promise<number> {
  return page.getByRole('link', { name: title, exact: true }).count();
}

describe('pasting a list into quick capture', () => {
  it('offers four problems, flags the one that repeats a demo problem, adds them by Enter, keeps them, and one undo takes them all back', async () => {
    const ctx = await app.newContext();
    const page = await app.open(ctx);
    await page.getByRole('heading', { name: 'Business problems' }).waitFor();
    await page.getByRole('link', { name: DEMO_PROBLEM, exact: true }).waitFor();
    const field = page.getByLabel(FIELD);

    await paste(field, CLIPBOARD);
    const review = page.getByRole('group', { name: /4 problems from the pasted list/ });
    await review.waitFor();
    expect(await field.inputValue()).toBe('');
    const lines = [1, 2, 3, 4].map((n) => review.getByLabel(`Problem ${n} of 4`, { exact: true }));
    expect(await Promise.all(lines.map((l) => l.inputValue()))).toEqual(PASTED);
    expect(await description(lines[1]!)).toContain(`Looks like “${DEMO_PROBLEM}”, already in this workspace`);
    for (const n of [0, 2, 3]) expect(await description(lines[n]!)).not.toContain('Looks like');
    expect(await review.getByText('Possible repeat').count()).toBe(1);
    expect(await page.getByRole('status').filter({ hasText: 'from the pasted list' }).textContent()).toContain('1 may repeat a problem');
    expect(await axeViolations(page)).toEqual([]);

    // Keyboard only: Down into the list and back up, then Enter adds all four (the flagged one too).
    await field.press('ArrowDown');
    expect(await lines[0]!.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowUp');
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await review.waitFor({ state: 'detached' });
    for (const t of PASTED) await page.getByRole('link', { name: t, exact: true }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Added 4 problems from the pasted list' }).waitFor();

    // One undo step takes all four back; redo brings them again.
    const undo = page.getByRole('button', { name: 'Undo: Add 4 problems from a pasted list' });
    await undo.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: /^Redo: Add 4 problems from a pasted list/ }).waitFor();
    for (const t of PASTED) expect(await problemLinks(page, t)).toBe(0);
    expect(await problemLinks(page, DEMO_PROBLEM)).toBe(1);
    await page.getByRole('button', { name: /^Redo: Add 4 problems from a pasted list/ }).click();
    for (const t of PASTED) await page.getByRole('link', { name: t, exact: true }).waitFor();

    // Stored: after a reload all four are there, once each.
    await page.getByRole('button', { name: /^Undo: Add 4 problems from a pasted list/ }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Business problems' }).waitFor();
    for (const t of PASTED) await page.getByRole('link', { name: t, exact: true }).waitFor();
    for (const t of PASTED) expect(await problemLinks(page, t)).toBe(1);
    expect(errorsOf(page)).toEqual([]);
  });

  it('Esc puts a pasted list away without adding anything', async () => {
    const ctx = await app.newContext();
    const page = await app.open(ctx);
    await page.getByRole('link', { name: DEMO_PROBLEM, exact: true }).waitFor();
    const field = page.getByLabel(FIELD);
    const before = await page.locator('table tbody tr').count();
    await paste(field, 'Quotes take a week\nBoard packs take a week to assemble');
    const review = page.getByRole('group', { name: /2 problems from the pasted list/ });
    await review.waitFor();
    await field.press('ArrowDown');
    await page.keyboard.press('Escape');
    await review.waitFor({ state: 'detached' });
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.getByRole('status').filter({ hasText: 'nothing was added' }).waitFor();
    expect(await page.locator('table tbody tr').count()).toBe(before);
  });
});
