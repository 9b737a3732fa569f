import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentWorkspaceId, pageInk } from './boardPackPdf';
import { axeViolations, errorsOf, startApp, type AppHarness } from './harness';

/**
 * Light and dark themes (issue 14): every page of the demo workspace is axe clean (colour contrast included) in both, with
 * the theme coming from the system's setting or from the header's switch; the switch is remembered; charts keep their text
 * legible on their own surface; the board pack's sheets and the printed pack stay light whatever the screen shows.
 */
let app: AppHarness;
let dir: string;
beforeAll(async () => {
  app = await startApp();
  dir = mkdtempSync(join(tmpdir(), 'lastmile-themes-'));
});
afterAll(async () => {
  await app?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const DEMO_PROBLEM = 'Order-status calls swamp the service desk';
const DEMO_USE_CASE = 'Order-status assistant on web chat and phone';
/** A demo use case whose pilot is over, waiting for the last-mile decision. */
const GATE_PROBLEM = 'Stock-outs on fast movers while slow movers pile up';
const GATE_USE_CASE = 'Branch-level demand forecasting for fast movers';
const PORTFOLIO_VIEWS = ['Value vs feasibility', 'ROI timeline', 'Pilot vs last mile', 'Roadmap', 'Portfolio mix', 'Efficient frontier'];

type Theme = 'light' | 'dark';

function section(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name, exact: true });
}

/**
 * What a chart shows too faintly against its own surface (axe reads HTML text; this reads the charts'): text under 4.5:1,
 * a mark's edge under 3:1, gridlines under 1.3:1.
 */
async function faintChartParts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const rgb = (c: string) => (/rgba?\(([^)]+)\)/.exec(c)?.[1] ?? '0,0,0').split(/[ ,/]+/).filter(Boolean).map(Number);
    const lum = ([r, g, b]: number[]) => {
      const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r ?? 0) + 0.7152 * f(g ?? 0) + 0.0722 * f(b ?? 0);
    };
    const contrast = (a: string, b: string) => {
      const [x, y] = [lum(rgb(a)), lum(rgb(b))].sort((p, q) => q - p) as [number, number];
      return (x + 0.05) / (y + 0.05);
    };
    const out: string[] = [];
    for (const svg of document.querySelectorAll<SVGSVGElement>('svg.lm-chart__svg')) {
      const surface = getComputedStyle(svg).backgroundColor;
      for (const text of svg.querySelectorAll<SVGTextElement>('text')) {
        if (!text.textContent?.trim() || text.getBBox().width === 0) continue;
        const style = getComputedStyle(text);
        if (style.fillOpacity === '0' || style.visibility === 'hidden') continue;
        const ratio = contrast(style.fill, surface);
        if (ratio < 4.5) out.push(`${text.getAttribute('class') ?? 'text'} “${text.textContent.trim().slice(0, 30)}”: ${ratio.toFixed(2)}:1 (${style.fill} on ${surface})`);
      }
      // Marks keep an edge of 3:1 (WCAG 1.4.11) so a series reads on a projector; gridlines stay visible.
      for (const mark of svg.querySelectorAll<SVGElement>('.lm-kind, [class*="lm-fill--"]')) {
        const stroke = getComputedStyle(mark).stroke;
        if (!stroke.startsWith('rgb')) continue;
        const ratio = contrast(stroke, surface);
        if (ratio < 3) out.push(`mark ${mark.getAttribute('class')}: edge ${ratio.toFixed(2)}:1 (${stroke} on ${surface})`);
      }
      const grid = svg.querySelector<SVGElement>('.lm-grid');
      if (grid && contrast(getComputedStyle(grid).stroke, surface) < 1.3) out.push(`gridline ${getComputedStyle(grid).stroke} on ${surface}`);
    }
    return out.slice(0, 10);
  });
}

/** The theme in force, what the page paints, axe and the charts' text: one page checked. */
async function check(page: Page, theme: Theme, where: string): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.dataset.theme), where).toBe(theme);
  const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(background, `${where}: the page's background`).toBe(theme === 'dark' ? 'rgb(15, 20, 25)' : 'rgb(246, 247, 249)');
  expect(await axeViolations(page), `${where} (${theme})`).toEqual([]);
  expect(await faintChartParts(page), `${where} (${theme}): chart text, marks and gridlines`).toEqual([]);
}

/** Every page of the demo workspace, the way a user gets there, each checked in the given theme. */
async function visitEveryPage(page: Page, theme: Theme): Promise<void> {
  await page.getByRole('heading', { name: 'Business problems' }).waitFor();
  await check(page, theme, 'problems');
  await page.getByRole('button', { name: 'New problem' }).click();
  await page.getByRole('dialog', { name: 'New problem' }).waitFor();
  await check(page, theme, 'the new-problem dialog');
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'hidden' });

  await page.getByRole('link', { name: DEMO_PROBLEM }).click();
  await page.getByRole('heading', { level: 1, name: DEMO_PROBLEM }).waitFor();
  await check(page, theme, 'a problem');

  await page.getByRole('link', { name: DEMO_USE_CASE }).first().click();
  await page.getByRole('heading', { level: 1, name: new RegExp(DEMO_USE_CASE) }).waitFor();
  await page.locator('.uc-summary svg[role="img"]').waitFor();
  await check(page, theme, 'a use case');

  await section(page, 'Problems').click();
  await page.getByRole('link', { name: GATE_PROBLEM }).click();
  await page.getByRole('link', { name: GATE_USE_CASE }).click();
  await page.getByRole('region', { name: 'Stage' }).getByRole('link', { name: 'Open the last-mile decision' }).click();
  await page.getByRole('heading', { level: 1, name: `Fund the last mile of “${GATE_USE_CASE}”?` }).waitFor();
  await check(page, theme, 'a last-mile decision');

  await page.getByRole('button', { name: 'About', exact: true }).click();
  await page.getByRole('dialog', { name: 'About Lastmile' }).waitFor();
  await check(page, theme, 'the About dialog');
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'hidden' });

  await section(page, 'Portfolio').click();
  await page.getByRole('heading', { name: 'Ranked candidates' }).waitFor();
  await page.getByText(/^Optimal: /).waitFor();
  await page.getByRole('button', { name: /— explain the score of / }).first().click();
  await page.getByRole('table', { name: /^How the score of / }).waitFor();
  await check(page, theme, 'portfolio, a score explained');
  const views = page.getByRole('tablist', { name: 'Portfolio views' });
  for (const view of PORTFOLIO_VIEWS) {
    await views.getByRole('tab', { name: view }).click();
    // The frontier is worked out when first shown: on a busy machine that takes a while.
    const drawn = page.getByRole('tabpanel').locator(view === 'Efficient frontier' ? '.lm-frontier__line' : 'svg.lm-chart__svg').first();
    await drawn.waitFor({ timeout: 90_000 }).catch((e: unknown) => {
      throw new Error(`The ${view} view was not drawn: ${String(e)}`);
    });
    await check(page, theme, `portfolio, ${view}`);
  }

  await section(page, 'Scenarios').click();
  await page.getByRole('heading', { level: 1, name: 'Scenarios' }).waitFor();
  await check(page, theme, 'scenarios');

  await section(page, 'Risk').click();
  await page.getByRole('heading', { name: 'Risk', level: 1 }).waitFor();
  await page.getByRole('button', { name: 'Run the simulation' }).click();
  await page.locator('.risk-figures').waitFor({ timeout: 90_000 });
  await page.getByRole('img', { name: /^The funded set’s cumulative cash from today/ }).waitFor();
  await check(page, theme, 'risk after a run');

  await section(page, 'Spend').click();
  await page.getByRole('heading', { name: 'AI spend', level: 1 }).waitFor();
  await page.getByTestId('spend-total').waitFor({ timeout: 30_000 });
  await check(page, theme, 'AI spend');

  await section(page, 'Inventory').click();
  await page.getByRole('heading', { name: 'Inventory', level: 1 }).waitFor();
  await page.getByRole('region', { name: 'Use cases and what they reveal' }).getByRole('table').waitFor({ timeout: 30_000 });
  await check(page, theme, 'inventory');

  await section(page, 'Workshop').click();
  await page.getByRole('heading', { level: 1, name: 'Workshop' }).waitFor();
  await check(page, theme, 'workshop');

  await section(page, 'Record').click();
  await page.getByRole('heading', { level: 1, name: 'Record' }).waitFor();
  await check(page, theme, 'record');

  await section(page, 'Settings').click();
  await page.getByRole('heading', { name: 'Workspace settings' }).waitFor();
  await check(page, theme, 'settings');

  await section(page, 'Export').click();
  await page.getByRole('heading', { name: 'Export and import' }).waitFor();
  await check(page, theme, 'export');

  await page.getByRole('link', { name: 'Open the board pack (PDF)' }).click();
  await page.locator('.board-pack[data-ready="true"]').waitFor({ timeout: 60_000 });
  await page.locator('.board-pack svg.lm-chart__svg').first().waitFor();
  await check(page, theme, 'board pack');

  await page.getByRole('link', { name: 'Lastmile', exact: true }).click();
  await page.getByRole('heading', { name: 'Workspaces' }).waitFor();
  await check(page, theme, 'workspaces');
  expect(errorsOf(page)).toEqual([]);
}

async function openDemo(system: Theme): Promise<Page> {
  const opened = await app.open(await app.newContext());
  await opened.emulateMedia({ colorScheme: system });
  await opened.getByRole('heading', { name: 'Business problems' }).waitFor();
  return opened;
}

describe('light and dark themes', () => {
  it('every page passes axe in light, the system being light', async () => {
    const page = await openDemo('light');
    expect(await page.getByLabel('Theme').inputValue()).toBe('system');
    await visitEveryPage(page, 'light');
  }, 400_000);

  it('every page passes axe in dark, the system being dark', async () => {
    const page = await openDemo('dark');
    await visitEveryPage(page, 'dark');
  }, 400_000);

  it('the header switch overrides the system either way, is remembered after a reload, and System follows the setting live', async () => {
    const page = await openDemo('light');
    const theme = () => page.evaluate(() => document.documentElement.dataset.theme);
    await page.getByLabel('Theme').selectOption('dark');
    expect(await theme()).toBe('dark');
    await check(page, 'dark', 'problems, Dark chosen');
    await page.reload();
    await page.getByRole('heading', { name: 'Business problems' }).waitFor();
    expect(await theme()).toBe('dark');
    expect(await page.getByLabel('Theme').inputValue()).toBe('dark');
    await section(page, 'Portfolio').click();
    await page.getByText(/^Optimal: /).waitFor();
    await page.locator('.lm-chart__svg').first().waitFor();
    await check(page, 'dark', 'portfolio, Dark chosen, after a reload');

    // Light chosen while the system is dark: light it stays.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.getByLabel('Theme').selectOption('light');
    expect(await theme()).toBe('light');
    await check(page, 'light', 'portfolio, Light chosen, the system dark');
    await page.reload();
    await page.getByText(/^Optimal: /).waitFor();
    expect(await theme()).toBe('light');

    // System: follows the setting, also when it changes while the app is open.
    await page.getByLabel('Theme').selectOption('system');
    expect(await theme()).toBe('dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(theme).toBe('light');
    await page.reload();
    await page.getByText(/^Optimal: /).waitFor();
    expect(await page.getByLabel('Theme').inputValue()).toBe('system');
    expect(await theme()).toBe('light');
  }, 200_000);

  it('the board pack is paper: its sheets are light on a dark screen, and it prints light', async () => {
    const page = await openDemo('dark');
    const workspaceId = await currentWorkspaceId(page);
    await page.getByLabel('Theme').selectOption('dark');
    await page.goto(`${app.url}#/w/${encodeURIComponent(workspaceId)}/board-pack`);
    await page.locator('.board-pack[data-ready="true"]').waitFor({ timeout: 60_000 });
    await page.locator('.board-pack svg.lm-chart__svg').first().waitFor();
    const paper = () =>
      page.evaluate(() => {
        const sheet = document.querySelector('.bp-sheet:not(.bp-cover)') as HTMLElement;
        const chart = document.querySelector('.bp-sheet svg.lm-chart__svg') as SVGElement;
        const lead = document.querySelector('.bp-sheet .bp-table tbody th') as HTMLElement;
        return {
          page: getComputedStyle(document.body).backgroundColor === 'rgba(0, 0, 0, 0)' ? getComputedStyle(document.documentElement).backgroundColor : getComputedStyle(document.body).backgroundColor,
          sheet: getComputedStyle(sheet).backgroundColor,
          ink: getComputedStyle(lead).color,
          chart: getComputedStyle(chart).backgroundColor,
          chartText: getComputedStyle(chart.querySelector('text') as SVGTextElement).fill,
        };
      });
    const onScreen = await paper();
    expect(onScreen.page).toBe('rgb(15, 20, 25)');
    expect(onScreen).toMatchObject({ sheet: 'rgb(255, 255, 255)', ink: 'rgb(17, 24, 39)', chart: 'rgb(255, 255, 255)' });
    expect(onScreen.chartText).not.toBe('rgb(230, 233, 238)');
    expect(await axeViolations(page)).toEqual([]);

    await page.emulateMedia({ media: 'print' });
    const printed = await paper();
    expect(printed).toMatchObject({ page: 'rgb(255, 255, 255)', sheet: 'rgb(255, 255, 255)', ink: 'rgb(17, 24, 39)', chart: 'rgb(255, 255, 255)' });
    await page.emulateMedia({ media: null });

    // The PDF (page.pdf is Electron's printToPDF engine): white pages with dark ink, the dark screen notwithstanding.
    const file = join(dir, 'dark-screen-pack.pdf');
    await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
    for (const n of [1, 2, 3]) {
      const ink = pageInk(file, n, dir);
      expect(ink.mean, `page ${n}`).toBeGreaterThan(200);
      expect(ink.inked, `page ${n}`).toBeGreaterThan(0.01);
    }
  }, 200_000);
});
