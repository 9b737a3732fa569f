// Prints the first screen of a fresh profile (the demo's problem list, with the header) as HTML: the app's own
// components drawn in jsdom by renderer/firstScreen/renderFirstScreen.tsx, loaded through Vite (the renderer's aliases
// and TSX). Run by the renderer build (firstScreen in vite.renderer.config.ts), in a process of its own so that jsdom's globals
// never meet the build's. Offline: nothing is fetched.
import { resolve } from 'node:path';
import process from 'node:process';
import react from '@vitejs/plugin-react';
import 'fake-indexeddb/auto';
import { JSDOM } from 'jsdom';
import { createServer } from 'vite';

const root = resolve(import.meta.dirname, '../..');
const dom = new JSDOM('<!doctype html><html lang="en"><head></head><body></body></html>', { url: 'http://localhost/', pretendToBeVisual: true });
// The window's members as globals, as the renderer expects in a browser (jsdom-global's way); Node's own stay.
for (const key of Object.getOwnPropertyNames(dom.window)) {
  if (key in globalThis) continue;
  Object.defineProperty(globalThis, key, { configurable: true, get: () => dom.window[key] });
}
for (const key of ['window', 'document', 'navigator', 'location', 'localStorage', 'sessionStorage', 'HTMLElement', 'Element', 'Node', 'Event']) {
  Object.defineProperty(globalThis, key, { configurable: true, get: () => dom.window[key] });
}
// jsdom has no matchMedia: the first start follows the system's scheme, which the CSS's light-dark() colours do alone.
dom.window.matchMedia = (query) => ({ matches: false, media: query, onchange: null, addEventListener() {}, removeEventListener() {}, addListener() {}, removeListener() {}, dispatchEvent: () => false });

const server = await createServer({
  configFile: false,
  root,
  logLevel: 'error',
  appType: 'custom',
  plugins: [react()],
  resolve: { alias: { '@shared': resolve(root, 'shared'), '@renderer': resolve(root, 'renderer') } },
  server: { middlewareMode: true, hmr: false, watch: null, ws: false },
  optimizeDeps: { noDiscovery: true, include: [] },
});
try {
  const { renderFirstScreen } = await server.ssrLoadModule('/renderer/firstScreen/renderFirstScreen.tsx');
  process.stdout.write(renderFirstScreen());
} finally {
  await server.close();
}
process.exit(0);
