import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/**
 * In-page timing for the whole-app benchmark. Every figure is taken inside the page with performance.now(), so the
 * protocol's round trips do not count: a start is the moment the person's input reaches the page (a key, a click, a
 * chosen file), an end is the frame in which the awaited state is painted (checked each animation frame; the time is
 * read in a task queued from that frame, which runs after its rendering). Page-load figures are counted from the
 * navigation's start (the page's time origin). Beside each wall time, the CPU time of the page's renderer process over
 * the same span (Chromium's ProcessTime metric through CDP), which a busy machine hardly changes.
 */

/**
 * What to wait for: the problems list (with `count` problems; 0 = any), the app's own (live) problems list, a new
 * funded set, a text, the blank page. On a first start the problems list is first the screen prepared at build time
 * (renderer/firstScreen, inert until the app's script has loaded); 'app' waits for the app to have drawn its own.
 */
export type Probe =
  | { kind: 'problems'; count: number }
  | { kind: 'app' }
  | { kind: 'funded'; before: string | null }
  | { kind: 'text'; selector: string; text: string }
  | { kind: 'blank' };

export type StartEvent = 'keydown' | 'click' | 'change';

interface BenchGlobal {
  first: Partial<Record<'problems' | 'app' | 'funded' | 'blank', number>>;
  starts: Partial<Record<StartEvent, number>>;
  pending: Promise<number> | null;
  arm: (probe: Probe, timeoutMs: number) => void;
  signature: () => string | null;
}

/** Runs in every document before the app's own scripts (context.addInitScript). Kept self-contained: it is serialised. */
function probeScript(): void {
  const w = window as unknown as { __bench: BenchGlobal };
  const signature = (): string | null => {
    const summary = document.querySelector('dl[aria-label="Funded portfolio summary"]');
    const set = document.querySelector('.funded-set__list, .funded-set__none');
    if (!summary || !set || summary.getAttribute('aria-busy') === 'true') return null;
    return `${set.textContent ?? ''}|${summary.querySelector('dd')?.textContent ?? ''}`;
  };
  const holds = (probe: Probe): boolean => {
    if (probe.kind === 'blank') return document.querySelector('h1')?.textContent === 'Blank';
    if (probe.kind === 'app') return document.getElementById('first-screen') === null && holds({ kind: 'problems', count: 0 });
    if (probe.kind === 'text') return [...document.querySelectorAll(probe.selector)].some((el) => (el.textContent ?? '').includes(probe.text));
    if (probe.kind === 'funded') {
      const s = signature();
      return s !== null && s !== probe.before;
    }
    if (document.querySelector('h1')?.textContent !== 'Business problems') return false;
    const status = [...document.querySelectorAll('[role="status"]')].map((el) => /^Showing (\d+) of (\d+) problems/.exec(el.textContent ?? '')).find((m) => m);
    return !!status && Number(status[2]) > 0 && (probe.count === 0 || Number(status[2]) === probe.count);
  };
  /** Resolves with the time just after the frame in which `probe` first holds was rendered. */
  const painted = (probe: Probe, timeoutMs: number): Promise<number> =>
    new Promise((resolve, reject) => {
      const deadline = performance.now() + timeoutMs;
      const frame = () => {
        if (holds(probe)) setTimeout(() => resolve(performance.now()), 0);
        else if (performance.now() > deadline) reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${JSON.stringify(probe).slice(0, 200)}`));
        else requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
  const bench: BenchGlobal = {
    first: {},
    starts: {},
    pending: null,
    signature,
    arm: (probe, timeoutMs) => {
      bench.starts = {};
      bench.pending = painted(probe, timeoutMs);
      bench.pending.catch(() => undefined);
    },
  };
  w.__bench = bench;
  for (const type of ['keydown', 'click', 'change'] as const)
    window.addEventListener(type, () => (bench.starts[type] ??= performance.now()), { capture: true });
  // Page-load figures: the first painted frame with the problems list, with a funded set, or of the blank page.
  for (const [key, probe] of [['problems', { kind: 'problems', count: 0 }], ['app', { kind: 'app' }], ['funded', { kind: 'funded', before: null }], ['blank', { kind: 'blank' }]] as const)
    painted(probe, 120_000).then(
      (at) => (bench.first[key] = at),
      () => undefined,
    );
}

export async function installProbes(context: BrowserContext): Promise<void> {
  await context.addInitScript(probeScript);
}

/** Time from the navigation's start to the first painted frame showing `what` (the current document). */
export async function pageReady(page: Page, what: 'problems' | 'app' | 'funded' | 'blank', timeoutMs = 120_000): Promise<number> {
  const handle = await page.waitForFunction((key) => (window as unknown as { __bench: BenchGlobal }).__bench.first[key] ?? false, what, { timeout: timeoutMs, polling: 50 });
  return (await handle.jsonValue()) as number;
}

/** The funded set and its count as shown now (null while it is being worked out). */
export async function fundedSignature(page: Page): Promise<string | null> {
  return page.evaluate(() => (window as unknown as { __bench: BenchGlobal }).__bench.signature());
}

export interface Timed {
  /** Wall-clock time in the page, ms: what the person waits. */
  ms: number;
  /**
   * CPU time of the page's renderer process (main thread, funding worker and the rest), ms, read through CDP just
   * before the input and just after the painted frame is reported: it also counts work the app was still doing then
   * (a late re-render, the frontier for the charts), so it can exceed the wall time, never the other way by much.
   */
  cpuMs: number;
  /** The part of it on the page's main thread (the rest is mostly the funding worker), ms; NaN when not known. */
  mainMs: number;
}

/** Time from the first `start` event `act` causes in the page to the painted frame where `probe` holds. */
export async function timeInteraction(page: Page, cdp: CDPSession, start: StartEvent, probe: Probe, act: () => Promise<void>, timeoutMs = 120_000): Promise<Timed> {
  await page.evaluate(([p, t]) => (window as unknown as { __bench: BenchGlobal }).__bench.arm(p, t), [probe, timeoutMs] as const);
  const cpu0 = await cpuTimes(cdp);
  await act();
  const end = await page.evaluate(() => (window as unknown as { __bench: BenchGlobal }).__bench.pending as Promise<number>);
  const cpu1 = await cpuTimes(cdp);
  const begin = await page.evaluate((type) => (window as unknown as { __bench: BenchGlobal }).__bench.starts[type] ?? null, start);
  if (begin === null) throw new Error(`No ${start} reached the page`);
  return { ms: end - begin, cpuMs: cpu1.process - cpu0.process, mainMs: cpu1.main - cpu0.main };
}

/** Reloads the page and times it from the navigation's start to the first painted frame showing `what`. */
export async function timeReload(page: Page, cdp: CDPSession, what: 'problems' | 'funded'): Promise<Timed> {
  const cpu0 = await cpuTimes(cdp);
  await page.reload();
  const ms = await pageReady(page, what);
  const cpu1 = await cpuTimes(cdp);
  // A reload normally stays in the same renderer process (in a new one, its CPU time so far is the reload's); the main
  // thread's figure can restart with the new document, and is then not known (NaN).
  const fresh = cpu1.process < cpu0.process;
  return { ms, cpuMs: fresh ? cpu1.process : cpu1.process - cpu0.process, mainMs: !fresh && cpu1.main >= cpu0.main ? cpu1.main - cpu0.main : NaN };
}

/** A CDP session on the page with Chromium's performance metrics switched on. */
export async function openCdp(context: BrowserContext, page: Page): Promise<CDPSession> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return cdp;
}

/** CPU time the page's renderer process and its main thread have used (Chromium's ProcessTime and ThreadTime), ms. */
async function cpuTimes(cdp: CDPSession): Promise<{ process: number; main: number }> {
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => {
    const v = metrics.find((m) => m.name === name)?.value;
    if (v === undefined) throw new Error(`Chromium reported no ${name} metric`);
    return v * 1000;
  };
  return { process: value('ProcessTime'), main: value('ThreadTime') };
}

/** The page's JS heap in use after a full garbage collection, in MB (the main thread; the funding worker has its own). */
export async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1024 / 1024;
}
