/**
 * Presentation mode on the demo workspace: entered from the header's Present button, moved through every screen by the
 * keys a keyboard and a clicker send, each screen fitting a 1920×1080 and a 1280×720 projector without scrolling and
 * with nothing running off the side or cut off, axe clean (light at one size, dark at the other); Esc leaves. The funded
 * set shown is the portfolio page's; the presenter view in a second tab follows the presentation and moves it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, errorsOf, startApp, type AppHarness } from './harness';
import { tiedWorkspaceFile } from './tiedWorkspace';

let app: AppHarness;
const shots = resolve(import.meta.dirname, '../../out/e2e-present');
beforeAll(async () => {
  app = await startApp();
  mkdirSync(shots, { recursive: true });
});
afterAll(async () => {
  await app?.close();
});

const SIZES = [
  { width: 1920, height: 1080, colorScheme: 'light' as const },
  { width: 1280, height: 720, colorScheme: 'dark' as const },
];

/** "3 / 9" → [3, 9]. */
async function counter(page: Page): Promise<[number, number]> {
  const text = (await page.locator('.present__counter').textContent()) ?? '';
  const m = /^(\d+) \/ (\d+)$/.exec(text.trim());
  if (!m) throw new Error(`No screen counter: "${text}"`);
  return [Number(m[1]), Number(m[2])];
}

/** Waits for the deck: the screen counter shown (and, given, the number of screens the funding answer makes). */
async function waitForDeck(page: Page, screens?: number): Promise<number> {
  await page.locator('.present__counter').filter({ hasText: /\d+ \/ \d+/ }).waitFor({ timeout: 30_000 });
  if (screens !== undefined) await expect.poll(async () => (await counter(page))[1], { timeout: 30_000 }).toBe(screens);
  return (await counter(page))[1];
}

/** What does not fit: the page scrolls, an element runs past the screen's sides, or a box cuts its content off. */
async function misfits(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const se = document.scrollingElement as Element;
    if (se.scrollHeight > window.innerHeight) out.push(`the page scrolls: ${se.scrollHeight} > ${window.innerHeight}`);
    if (se.scrollWidth > window.innerWidth) out.push(`the page scrolls sideways: ${se.scrollWidth} > ${window.innerWidth}`);
    const stage = document.querySelector('.present__stage');
    if (!stage) return [...out, 'no stage'];
    const frame = stage.getBoundingClientRect();
    if (frame.right > window.innerWidth + 1 || frame.bottom > window.innerHeight + 1) out.push('the screen is larger than the window');
    const name = (el: Element) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    for (const el of stage.querySelectorAll('*')) {
      if (el.closest('.lm-visually-hidden, .visually-hidden')) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.left < frame.left - 1 || box.right > frame.right + 1) out.push(`runs off the side: ${name(el)} (${Math.round(box.left)}–${Math.round(box.right)})`);
      if (box.bottom > frame.bottom + 1) out.push(`runs off the bottom: ${name(el)}`);
      // A chart's wrapper hides the overflow of its screen-reader table (visually hidden, absolutely placed): its graphic is checked instead.
      if (el.classList.contains('lm-chart')) continue;
      if (el.classList.contains('lm-chart__svg')) {
        const room = (el.closest('.present-chart') as Element).getBoundingClientRect();
        if (box.bottom > room.bottom + 1 || box.right > room.right + 1) out.push(`chart larger than its room: ${name(el)}`);
      }
      const style = getComputedStyle(el);
      const clamped = style.getPropertyValue('-webkit-line-clamp') !== 'none' && style.getPropertyValue('-webkit-line-clamp') !== '';
      if (el instanceof HTMLElement && el.scrollWidth > el.clientWidth + 1 && style.overflowX !== 'visible') out.push(`cut off at the side: ${name(el)}`);
      if (el instanceof HTMLElement && !clamped && el.scrollHeight > el.clientHeight + 1 && style.overflowY !== 'visible') out.push(`cut off at the foot: ${name(el)} (${el.scrollHeight} > ${el.clientHeight})`);
    }
    return out;
  });
}

describe('presentation mode', () => {
  it('moves through every screen by keyboard; each fits 1920×1080 and 1280×720 without scrolling and is axe clean; Esc leaves', async () => {
    const context = await app.newContext();
    const page = await app.open(context);
    await page.getByRole('heading', { name: 'Business problems' }).waitFor({ timeout: 30_000 });

    // The portfolio page's funded set: the presentation must show the very same one.
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Portfolio' }).click();
    const pageList = page.getByRole('list', { name: 'What we fund' });
    await pageList.waitFor({ timeout: 30_000 });
    const pageFunded = (await pageList.getByRole('listitem').allTextContents()).map((t) => t.trim());
    expect(pageFunded.length).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'The problems we are solving' }).waitFor();
    expect(await page.locator('.app-header').count()).toBe(0); // no editing chrome
    // wall, matrix, funded set, one case per funded candidate, frontier
    const count = await waitForDeck(page, 4 + pageFunded.length);

    const keys = ['ArrowRight', 'Space', 'PageDown'];
    for (const size of SIZES) {
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.emulateMedia({ colorScheme: size.colorScheme });
      await page.keyboard.press('Home');
      const titles: string[] = [];
      for (let n = 1; n <= count; n++) {
        await expect.poll(() => counter(page)).toEqual([n, count]);
        expect(page.url()).toMatch(new RegExp(`/present/${n}$`));
        if (n === 2 || n === count) await page.locator('.present-chart svg').waitFor({ timeout: 30_000 }); // the matrix; the frontier once worked out
        await page.waitForTimeout(150); // charts redraw to the new size
        titles.push((await page.getByRole('heading', { level: 1 }).textContent()) ?? '');
        await page.screenshot({ path: resolve(shots, `${size.width}x${size.height}-${n}.png`) });
        expect(await misfits(page), `screen ${n} at ${size.width}×${size.height}`).toEqual([]);
        expect(await axeViolations(page), `screen ${n} at ${size.width}×${size.height} (${size.colorScheme})`).toEqual([]);
        await page.keyboard.press(keys[n % keys.length] as string);
      }
      // Past the last screen, the next key stays on it.
      await expect.poll(() => counter(page)).toEqual([count, count]);
      // The funded candidates' cases, in rank order: the portfolio page's funded set.
      expect(titles.slice(3, 3 + pageFunded.length)).toEqual(pageFunded);
      expect(titles.at(-1)).toBe('What a different budget would buy');
    }

    // Back by the keys a clicker sends, and Shift+Space; Home and End.
    await page.keyboard.press('PageUp');
    await expect.poll(() => counter(page)).toEqual([count - 1, count]);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Shift+Space');
    await expect.poll(() => counter(page)).toEqual([count - 3, count]);
    await page.keyboard.press('Home');
    await expect.poll(() => counter(page)).toEqual([1, count]);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => counter(page)).toEqual([1, count]);
    await page.keyboard.press('End');
    await expect.poll(() => counter(page)).toEqual([count, count]);

    // Esc goes back to the page the presentation was entered from.
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { name: 'Ranked candidates' }).waitFor();
    expect(page.url()).toMatch(/\/portfolio$/);
    expect(errorsOf(page)).toEqual([]);
    await context.close();
  });

  it('a 200-candidate workspace (100 problems, dozens funded): the wall, the matrix, the answer, a case and the frontier still fit one screen', async () => {
    const file = resolve(shots, 'tied.lastmile');
    writeFileSync(file, tiedWorkspaceFile(200));
    const context = await app.newContext();
    const page = await app.open(context);
    await page.getByRole('heading', { name: 'Business problems' }).waitFor({ timeout: 30_000 });
    await page.goto(`${app.url}#/workspaces`);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open a workspace file…' }).click();
    await (await chooser).setFiles(file);
    await page.getByRole('dialog').getByRole('button', { name: 'Import as a new workspace' }).click();
    await page.getByRole('heading', { name: 'Business problems' }).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await waitForDeck(page);
    await expect.poll(async () => (await counter(page))[1], { timeout: 60_000 }).toBeGreaterThan(10);
    const count = (await counter(page))[1];
    for (const size of SIZES) {
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.emulateMedia({ colorScheme: size.colorScheme });
      for (const n of [1, 2, 3, 4, count]) {
        await page.keyboard.press(n === count ? 'End' : n === 1 ? 'Home' : 'ArrowRight');
        await expect.poll(() => counter(page)).toEqual([n, count]);
        if (n === 2 || n === count) await page.locator('.present-chart svg').waitFor({ timeout: 60_000 });
        await page.waitForTimeout(150);
        await page.screenshot({ path: resolve(shots, `tied-${size.width}x${size.height}-${n}.png`) });
        expect(await misfits(page), `screen ${n} at ${size.width}×${size.height}`).toEqual([]);
      }
    }
    await page.keyboard.press('Home');
    await expect(page.getByRole('listitem').filter({ hasText: /^And \d+ more problems/ }).count()).resolves.toBe(1);
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await expect.poll(() => page.locator('.present-funded__more').textContent()).toMatch(/^and \d+ more$/);
    await context.close();
  });

  it('the presenter view opens in a second tab, follows the presentation with the notes and the next screen, and moves it', async () => {
    const context = await app.newContext();
    const page = await app.open(context);
    await page.getByRole('heading', { name: 'Business problems' }).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await waitForDeck(page);
    const opened = context.waitForEvent('page');
    await page.getByRole('button', { name: 'Presenter view' }).click();
    const presenter = await opened;
    await presenter.getByRole('heading', { name: 'Presenter view' }).waitFor();
    await presenter.getByRole('heading', { level: 2, name: 'The problems we are solving' }).waitFor();
    await expect.poll(() => presenter.getByRole('region', { name: 'Where the candidates sit' }).count()).toBe(1); // the next screen
    expect(await presenter.locator('.presenter__notes li').first().textContent()).toMatch(/problems? on the wall/);

    // The presentation moves: the presenter view follows.
    await page.keyboard.press('PageDown');
    await presenter.getByRole('heading', { level: 2, name: 'Where the candidates sit' }).first().waitFor();
    // The presenter view moves the presentation (its buttons and its keys).
    await presenter.getByRole('button', { name: 'Next screen →' }).click();
    await page.getByRole('heading', { level: 1, name: 'What we fund' }).waitFor();
    await presenter.keyboard.press('ArrowLeft');
    await page.getByRole('heading', { level: 1, name: 'Where the candidates sit' }).waitFor();
    expect(await axeViolations(presenter)).toEqual([]);

    // Leaving the presentation: the presenter view says so.
    await page.keyboard.press('Escape');
    await presenter.getByText('The presentation has ended').waitFor();
    await context.close();
  });
});
