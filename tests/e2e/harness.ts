import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { previewSecurityHeaders } from '../../electron/main/security/previewHeaders';

const root = resolve(import.meta.dirname, '../..');

/** Debian's Chromium (same engine as Electron); the e2e tests never download a browser. */
export function chromiumPath(): string {
  for (const candidate of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'])
    if (candidate && existsSync(candidate)) return candidate;
  try {
    return execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('Chromium is not installed: run `bash scripts/setup.sh` (it installs Debian\'s chromium).');
  }
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

export interface AppHarness {
  url: string;
  browser: Browser;
  /** A fresh browser profile (empty IndexedDB) with the app open; the first start creates the demo workspace. */
  newContext: () => Promise<BrowserContext>;
  open: (context: BrowserContext, hash?: string) => Promise<Page>;
  close: () => Promise<void>;
}

/** Serves the built renderer (out/renderer, from `npm run build:web`) and launches Chromium. */
export async function startApp(): Promise<AppHarness> {
  if (!existsSync(resolve(root, 'out/renderer/index.html'))) throw new Error('Build the renderer first: npm run build:web');
  const server: PreviewServer = await preview({
    configFile: resolve(root, 'vite.renderer.config.ts'),
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    // the desktop's headers (CSP per file: the funding worker's allows WebAssembly, the page's does not)
    plugins: [previewSecurityHeaders()],
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not report its URL');
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
  const contexts: BrowserContext[] = [];
  return {
    url,
    browser,
    newContext: async () => {
      const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
      contexts.push(context);
      return context;
    },
    open: async (context, hash = '') => {
      const page = await context.newPage();
      const errors: string[] = [];
      pageErrors.set(page, errors);
      page.on('pageerror', (e) => {
        errors.push(e.message);
        console.error('page error:', e.message);
      });
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      await page.goto(url + hash);
      return page;
    },
    close: async () => {
      for (const c of contexts) await c.close().catch(() => undefined);
      await browser.close();
      await server.close();
    },
  };
}

const pageErrors = new WeakMap<Page, string[]>();

/** Uncaught errors and console errors of a page so far (a CSP violation is logged as a console error). */
export function errorsOf(page: Page): string[] {
  return [...(pageErrors.get(page) ?? [])];
}

/** Runs axe on the page; returns violations as readable lines (empty = clean). */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}
