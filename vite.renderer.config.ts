import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { UserConfig } from 'vite';
import { firstScreen } from './scripts/first-screen/plugin';

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
