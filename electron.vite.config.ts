import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './vite.renderer.config';

const alias = { '@shared': resolve(import.meta.dirname, 'shared') };
const rendererBuild = rendererConfig.build ?? {};

/**
 * Desktop build: out/main (ESM, package.json is "type": "module"), out/preload/index.cjs (a sandboxed
 * preload must be CommonJS, with every import bundled in), out/renderer (the same Vite config as the
 * browser host). Every library is bundled: electron-builder then ships no node_modules. electron-vite turns
 * minification off for the renderer by default; the desktop ships it minified like the browser host (Vite's 'oxc').
 */
export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      outDir: resolve(import.meta.dirname, 'out/main'),
      externalizeDeps: false,
      rolldownOptions: { input: { index: resolve(import.meta.dirname, 'electron/main/index.ts') } },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: resolve(import.meta.dirname, 'out/preload'),
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(import.meta.dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    ...rendererConfig,
    build: {
      ...rendererBuild,
      minify: rendererBuild.minify ?? 'oxc',
      rollupOptions: undefined,
      rolldownOptions: rendererBuild.rolldownOptions ?? rendererBuild.rollupOptions,
    },
  },
});
