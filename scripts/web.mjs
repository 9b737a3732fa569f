#!/usr/bin/env node
/* global process, console, setTimeout */
// `npm run web`: builds the renderer and serves it on 127.0.0.1 with the browser implementation of the
// API (downloads, file input, print dialog). The fallback where the desktop shell cannot start, and
// how the end-to-end tests run the app. Same Content-Security-Policy and headers as the desktop app.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview, runnerImport } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const configFile = resolve(root, 'vite.renderer.config.ts');

// The desktop's headers on every response, worker scripts with the worker CSP (WebAssembly for the funding solver).
const { module: headers } = await runnerImport(resolve(root, 'electron/main/security/previewHeaders.ts'), { configFile: false, logLevel: 'error' });

await build({ configFile, logLevel: 'warn' });
const server = await preview({ configFile, plugins: [headers.previewSecurityHeaders()], preview: { host: '127.0.0.1' } });
const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${server.config.preview.port}/`;
console.info(`\nLastmile (browser host) is running at ${url}\nYour data stays in this browser (IndexedDB). Press Ctrl+C to stop.`);

const stop = () => {
  // Open keep-alive connections can hold close() for seconds: give it a moment, then leave anyway.
  setTimeout(() => process.exit(0), 1500).unref();
  server.close().then(() => process.exit(0), () => process.exit(1));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
