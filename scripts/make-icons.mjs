#!/usr/bin/env node
/* global process, console */
// Renders assets/icon.svg to the PNGs electron-builder needs (assets/icon.png at 512 px for macOS and
// Windows, assets/icons/<size>x<size>.png for Linux) with Debian's Chromium through playwright-core.
// Run once after changing the SVG: `node scripts/make-icons.mjs`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const svg = readFileSync(join(root, 'assets', 'icon.svg'), 'utf8');
const executablePath = process.env.CHROMIUM_PATH ?? execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).trim();
const args = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

const outputs = [
  [512, join(root, 'assets', 'icon.png')],
  [512, join(root, 'assets', 'icons', '512x512.png')],
  [256, join(root, 'assets', 'icons', '256x256.png')],
];

const browser = await chromium.launch({ executablePath, args });
try {
  for (const [size, file] of outputs) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const sized = svg.replace('width="512" height="512"', `width="${size}" height="${size}"`);
    await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${sized}</body></html>`);
    mkdirSync(dirname(file), { recursive: true });
    await page.screenshot({ path: file, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    await page.close();
    console.info(`wrote ${file} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
