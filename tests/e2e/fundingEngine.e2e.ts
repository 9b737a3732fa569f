/**
 * The exact solver in the built app under the desktop's headers: the page's CSP refuses WebAssembly, the funding
 * worker's allows it, HiGHS's wasm file is served as application/wasm and loads in the worker, and the portfolio page
 * shows a funding answer without a CSP violation.
 */
import type { Response, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppHarness } from './harness';

let app: AppHarness;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

/** The smallest valid WebAssembly module (magic number and version). */
const compileEmptyModule = () =>
  WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])).then(
    () => 'compiled',
    (e: unknown) => `refused: ${String(e)}`,
  );

describe('the funding solver in the browser build', () => {
  it("loads HiGHS in the funding worker only: the page's CSP refuses WebAssembly, the worker's allows it", async () => {
    const context = await app.newContext();
    const wasm: Response[] = [];
    const workers: Worker[] = [];
    const violations: string[] = [];
    context.on('response', (r) => {
      if (r.url().endsWith('.wasm')) wasm.push(r);
    });
    const page = await app.open(context);
    page.on('worker', (w) => workers.push(w));
    page.on('console', (m) => {
      if (/Content Security Policy|wasm-unsafe-eval/i.test(m.text())) violations.push(m.text());
    });
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Portfolio' }).click();
    await page.getByRole('list', { name: 'What we fund' }).waitFor({ timeout: 60_000 });
    await expect.poll(() => wasm.length, { timeout: 30_000 }).toBeGreaterThan(0);

    const solver = wasm[0] as Response;
    expect(solver.status()).toBe(200);
    expect(solver.headers()['content-type']).toBe('application/wasm');
    expect(await page.evaluate(compileEmptyModule)).toMatch(/^refused/);
    const funding = workers.find((w) => /funding\.worker-/.test(w.url()));
    expect(funding, 'the funding worker started').toBeDefined();
    expect(await (funding as Worker).evaluate(compileEmptyModule)).toBe('compiled');
    // the solver itself compiles there, streamed as the loader does it (needs application/wasm)
    const exports = await (funding as Worker).evaluate(async (url) => WebAssembly.Module.exports(await WebAssembly.compileStreaming(fetch(url))).length, solver.url());
    expect(exports).toBeGreaterThan(10);
    expect(violations).toEqual([]);
    await expect.poll(() => page.locator('.funding-status').textContent()).toMatch(/^(Optimal|Best found)/);
  });
});
