/**
 * Where the whole app spends its main-thread time (issue 11: "profile first"). Not a benchmark with targets: it opens
 * an unminified production build (BENCH_PROFILE_DIR, built with `vite build --minify false`) with a generated
 * workspace, records Chromium CPU profiles of a cold start, the import, the portfolio opened from its link, a reload, a
 * budget halved (a new search), a budget to zero and a slider step, and prints the functions with the most self and
 * inclusive time; each profile is written to /tmp/prof-<label>.cpuprofile (BENCH_PROFILE_TAG adds a tag to the name,
 * to compare two builds). Run: BENCH_PROFILE_DIR=/tmp/prof-out npx vitest run --project bench tests/bench/appProfile.bench.ts
 */
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { preview } from 'vite';
import { describe, it } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/harness';
import { generatedWorkspace, generatedWorkspaceFile } from './app/generatedWorkspace';
import { installProbes, pageReady } from './app/probe';

const DIR = process.env.BENCH_PROFILE_DIR;
const SIZE = Number(process.env.BENCH_PROFILE_SIZE ?? 1000);
const TAG = process.env.BENCH_PROFILE_TAG ? `-${process.env.BENCH_PROFILE_TAG}` : '';

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }
interface Profile { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number }

function top(profile: Profile, n = 30): string {
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byFn = new Map<string, number>();
  const byId = new Map(profile.nodes.map((x) => [x.id, x]));
  for (const [id, us] of self) {
    const f = byId.get(id)!.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
    byFn.set(key, (byFn.get(key) ?? 0) + us);
  }
  // inclusive time per function
  const parent = new Map<number, number>();
  for (const x of profile.nodes) for (const c of x.children ?? []) parent.set(c, x.id);
  const incl = new Map<string, number>();
  for (const [id, us] of self) {
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const f = byId.get(cur)!.callFrame;
      const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
      if (seen.has(key)) continue;
      seen.add(key);
      incl.set(key, (incl.get(key) ?? 0) + us);
    }
  }
  const total = (profile.endTime - profile.startTime) / 1000;
  const fmt = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, us]) => `  ${(us / 1000).toFixed(0).padStart(6)} ms  ${k}`).join('\n');
  return `total ${total.toFixed(0)} ms\n SELF:\n${fmt(byFn)}\n INCLUSIVE:\n${fmt(incl)}`;
}

async function profiled(cdp: CDPSession, label: string, act: () => Promise<void>): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await act();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  writeFileSync(`/tmp/prof-${label.split(' ')[0]}${TAG}.cpuprofile`, JSON.stringify(profile));
  console.info(`\n=== ${label}: ${top(profile)}`);
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const funded = (page: Page) => page.waitForFunction(() => (window as unknown as { __bench: { signature: () => string | null } }).__bench.signature() !== null, null, { timeout: 120_000 });

describe.skipIf(!DIR)('profile', () => {
  it(`${SIZE} candidates`, async () => {
    const server = await preview({ configFile: resolve(import.meta.dirname, '../../vite.renderer.config.ts'), build: { outDir: DIR }, preview: { host: '127.0.0.1', port: 0 }, logLevel: 'warn' });
    const url = server.resolvedUrls!.local[0]!;
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    await installProbes(context);
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error('page error', e.message));
    await profiled(await context.newCDPSession(page), 'cold start (demo created)', async () => {
      await page.goto(url);
      console.info(`cold start: problems painted at ${(await pageReady(page, 'problems')).toFixed(0)} ms`);
      // When the page's own scripts arrived, and the marks the app sets (if any), to split a start into its steps.
      const timing = await page.evaluate(() => ({
        resources: performance.getEntriesByType('resource').map((r) => `${r.name.split('/').pop() ?? ''} ${Math.round(r.startTime)}–${Math.round((r as PerformanceResourceTiming).responseEnd)} ms`),
        marks: performance.getEntriesByType('mark').map((m) => `${m.name} ${Math.round(m.startTime)} ms`),
      }));
      console.info([...timing.resources, ...timing.marks].join('\n'));
    });
    const file = join(mkdtempSync(join(tmpdir(), 'prof-')), 'w.lastmile');
    writeFileSync(file, generatedWorkspaceFile(SIZE));
    const problems = generatedWorkspace(SIZE).problems.length;
    await page.goto(`${url}#/workspaces`);
    const cdp = await context.newCDPSession(page);
    await profiled(cdp, 'import', async () => {
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Open a workspace file…' }).click();
      await (await chooser).setFiles(file);
      await page.getByRole('dialog').getByRole('button', { name: 'Import as a new workspace' }).click();
      await page.waitForFunction((n) => [...document.querySelectorAll('[role="status"]')].some((el) => (el.textContent ?? '').includes(`of ${n} problems`)), problems, { timeout: 120_000 });
    });
    await pause(3000);
    await profiled(cdp, 'link (the portfolio opened from its link)', async () => {
      await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Portfolio' }).click();
      await funded(page);
    });
    await pause(3000);
    let cdp2 = cdp;
    await profiled(cdp2, 'reload', async () => {
      await page.reload();
      await pageReady(page, 'funded');
    });
    cdp2 = await context.newCDPSession(page);
    await pause(3000);
    const census = await page.evaluate(() => {
      const count = (el: Element) => el.querySelectorAll('*').length;
      const rows = [...document.querySelectorAll('main section, main figure, main table, main svg, main details, main [role="grid"], main [role="table"]')]
        .map((el) => [`${el.tagName.toLowerCase()}.${String(el.className).split(' ')[0]}[${el.getAttribute('aria-label') ?? el.querySelector('h2,h3,caption')?.textContent?.slice(0, 30) ?? ''}]`, count(el)] as const)
        .filter(([, n]) => n > 300);
      return { total: document.querySelectorAll('*').length, rows };
    });
    console.info(`DOM elements: ${census.total}\n${census.rows.map(([k, n]) => `  ${n} ${k}`).join('\n')}`);
    const field = page.getByLabel('Budget (total investment)');
    const budget = generatedWorkspace(SIZE).plan?.budget ?? 0;
    const before = await page.evaluate(() => (window as unknown as { __bench: { signature: () => string | null } }).__bench.signature());
    await field.fill(String(Math.round(budget / 2)));
    await profiled(cdp2, 'halved (budget halved: a new search)', async () => {
      await field.press('Enter');
      await page.waitForFunction((b) => {
        const s = (window as unknown as { __bench: { signature: () => string | null } }).__bench.signature();
        return s !== null && s !== b;
      }, before, { timeout: 120_000 });
      await pause(300);
    });
    await pause(3000);
    await profiled(cdp2, 'budget (to zero)', async () => {
      await field.fill('0');
      await field.press('Enter');
      await pause(200);
      await funded(page);
      await pause(500);
    });
    await pause(3000);
    const details = page.locator('details.weights-panel');
    if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
    await pause(1000);
    await profiled(cdp2, 'slider', async () => {
      await page.locator('#weight-strategicImportance').focus();
      await page.locator('#weight-strategicImportance').press('ArrowRight');
      await pause(1500);
    });
    await browser.close();
    await server.close();
  });
});
