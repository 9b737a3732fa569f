import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Plugin, UserConfig } from 'vite';

const ROOT_ELEMENT = '<div id="root"></div>';

/**
 * Puts the first screen of a fresh profile into the built index.html (scripts/first-screen/prerender.mjs draws it with
 * the app's own components), inert and hidden from assistive technology (nothing in it works until the app is up),
 * inside the root element the app renders into, followed by first-screen.js, which keeps it only on a first start at
 * the start address (anywhere else it is removed before anything is drawn). The app's first render replaces it with
 * the same screen, live. Build only: the dev server serves the page as it is.
 */
export function firstScreen(prerenderScript: string): Plugin {
  return {
    name: 'lastmile-first-screen',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!html.includes(ROOT_ELEMENT)) throw new Error(`index.html has no ${ROOT_ELEMENT} for the first screen`);
        const markup = execFileSync(process.execPath, [prerenderScript], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] });
        if (!markup.includes('<h1')) throw new Error('The first screen was not drawn');
        return html.replace(ROOT_ELEMENT, `<div id="root"><div id="first-screen" inert aria-hidden="true">${markup}</div></div>\n    <script src="./first-screen.js"></script>`);
      },
    },
  };
}

/** One Vite config for the renderer: used by electron-vite (desktop), `npm run web` (browser host) and e2e. */
export const rendererConfig: UserConfig = {
  root: resolve(import.meta.dirname, 'renderer'),
  base: './',
  plugins: [react(), firstScreen(resolve(import.meta.dirname, 'scripts/first-screen/prerender.mjs'))],
  resolve: {
    alias: {
      '@shared': resolve(import.meta.dirname, 'shared'),
      '@renderer': resolve(import.meta.dirname, 'renderer'),
    },
  },
  build: {
    outDir: resolve(import.meta.dirname, 'out/renderer'),
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 4000,
    // Colours are light-dark() pairs (renderer/styles/theme.css): browsers that draw them natively (Electron 45 is Chromium
    // 140), so the CSS minifier keeps them instead of rewriting them for an older target (that rewrite ignores the board pack's
    // always-light paper).
    cssTarget: ['chrome123', 'edge123', 'firefox120', 'safari17.5'],
    rollupOptions: {
      input: resolve(import.meta.dirname, 'renderer/index.html'),
      // Everything the first screen needs in one file (it arrived as eight, the browser fetching six at a time); the
      // pages and the charts stay in chunks of their own, loaded on first use.
      output: { codeSplitting: { groups: [{ name: 'start', tags: ['$initial'] }] } },
    },
  },
  worker: { format: 'es' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
};

export default rendererConfig;
