import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { _electron as electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Smoke test of the real desktop app with Playwright's Electron driver: it opens the window, checks the
 * hardening from inside the page, and exports a PDF through printToPDF. It needs the Electron binary
 * (downloaded from GitHub on first `npm start`) and a display; where either is missing it is skipped and
 * says why. Everything it checks from outside Electron is covered by tests/unit/electron.
 */
const root = resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);

function electronBinary(): string | null {
  const electronDir = dirname(require.resolve('electron/package.json'));
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const executable = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(executable) ? executable : null;
}

const binary = electronBinary();
const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY ?? process.env.WAYLAND_DISPLAY);
const skipReason =
  binary === null
    ? 'the Electron binary is not installed (node_modules/electron/path.txt is missing; it is downloaded from GitHub on the first `npm start` where there is internet)'
    : hasDisplay
      ? null
      : 'there is no display (run the e2e tests under `xvfb-run -a`)';
if (skipReason !== null) console.warn(`Electron smoke test SKIPPED: ${skipReason}.`);

describe.skipIf(skipReason !== null)('desktop app (Electron smoke test)', () => {
  let app: ElectronApplication;
  let page: Page;
  let scratch: string;

  beforeAll(async () => {
    const electronVite = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
    const build = spawnSync(process.execPath, [electronVite, 'build'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('electron-vite build failed');
    scratch = mkdtempSync(join(tmpdir(), 'lastmile-smoke-'));
    // Chromium refuses to start as root without --no-sandbox (CI containers); a normal user keeps the OS sandbox.
    const args = [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '.'];
    app = await electron.launch({
      executablePath: binary ?? undefined,
      args,
      cwd: root,
      env: { ...process.env, LASTMILE_TEST_USER_DATA: join(scratch, 'userData') } as Record<string, string>,
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  afterAll(async () => {
    await app?.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('opens one window at app://lastmile/', async () => {
    expect(app.windows()).toHaveLength(1);
    expect(page.url()).toBe('app://lastmile/index.html');
  });

  it('gives the page no Node.js: no require, no process, no module, only the typed API', async () => {
    const globals = await page.evaluate(() => ({
      require: typeof (globalThis as Record<string, unknown>).require,
      process: typeof (globalThis as Record<string, unknown>).process,
      module: typeof (globalThis as Record<string, unknown>).module,
      api: Object.keys((globalThis as { lastmile?: object }).lastmile ?? {}).sort(),
    }));
    expect(globals.require).toBe('undefined');
    expect(globals.process).toBe('undefined');
    expect(globals.module).toBe('undefined');
    expect(globals.api).toContain('printToPdf');
    expect(globals.api).not.toContain('ipcRenderer');
  });

  it('answers through the typed IPC API', async () => {
    const info = await page.evaluate(() => (globalThis as unknown as { lastmile: { getAppInfo(): Promise<unknown> } }).lastmile.getAppInfo());
    expect(info).toMatchObject({ ok: true, value: { name: 'Lastmile', host: 'desktop' } });
  });

  it('refuses navigation away from the app, new windows and network requests', async () => {
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await page.waitForTimeout(1000);
    expect(page.url()).toBe('app://lastmile/index.html');
    const popup = await page.evaluate(() => window.open('https://example.com/') === null);
    expect(popup).toBe(true);
    const fetched = await page.evaluate(() => fetch('https://example.com/').then(() => 'fetched', () => 'blocked'));
    expect(fetched).toBe('blocked');
    expect(app.windows()).toHaveLength(1);
  });

  it('exports the page as a PDF through printToPDF and the save dialog', async () => {
    const target = join(scratch, 'Board pack.pdf');
    await app.evaluate(({ dialog }, filePath) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath })) as typeof dialog.showSaveDialog;
    }, target);
    const result = await page.evaluate(() =>
      (globalThis as unknown as { lastmile: { printToPdf(r: { suggestedName: string }): Promise<unknown> } }).lastmile.printToPdf({ suggestedName: 'Board pack.pdf' }),
    );
    expect(result).toEqual({ ok: true, value: { saved: true, path: target } });
    expect(readFileSync(target).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
