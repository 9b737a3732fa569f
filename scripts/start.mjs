#!/usr/bin/env node
/* global process, console */
// `npm start`: makes sure the Electron binary is there (fetching it once where there is internet),
// builds main, preload and renderer (electron-vite build) and opens the desktop app. Where the binary
// cannot be had (no internet), says so and points to `npm run web` instead of printing a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));

const PLATFORM_EXECUTABLE = { darwin: 'Electron.app/Contents/MacOS/Electron', win32: 'electron.exe' };

/**
 * The Electron executable: the one electron's installer recorded in path.txt, or, like electron's own
 * launcher, the one in ELECTRON_OVERRIDE_DIST_PATH (a custom Electron build); null when it is not on disk.
 */
function installedElectron() {
  const pathFile = join(electronDir, 'path.txt');
  const recorded = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const executable = join(override, recorded ?? PLATFORM_EXECUTABLE[process.platform] ?? 'electron');
    return existsSync(executable) ? executable : null;
  }
  if (recorded === null) return null;
  const executable = join(electronDir, 'dist', recorded);
  return existsSync(executable) ? executable : null;
}

function noElectron(detail) {
  console.error(
    [
      '',
      'Lastmile cannot start its desktop window here: the Electron binary is not installed',
      `and could not be downloaded${detail ? ` (${detail})` : ''}. It comes from GitHub the first time, so it`,
      'needs an internet connection once.',
      '',
      'Run the same app in your browser instead (everything works offline, data stays on this machine):',
      '',
      '    npm run web',
      '',
    ].join('\n'),
  );
  process.exit(1);
}

let electron = installedElectron();
if (electron === null) {
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) noElectron('downloads are switched off: ELECTRON_SKIP_BINARY_DOWNLOAD is set');
  console.info('Fetching the Electron binary (once)…');
  const install = spawnSync(process.execPath, [join(electronDir, 'install.js')], { cwd: electronDir, encoding: 'utf8', timeout: 300_000 });
  electron = installedElectron();
  if (electron === null) {
    const reason = `${install.stderr ?? ''}${install.error?.message ?? ''}`.split('\n').find((l) => l.trim() !== '') ?? '';
    noElectron(reason.includes('fetch failed') || reason.includes('ENOTFOUND') ? 'no internet connection' : reason.trim().slice(0, 120));
  }
}

const electronVite = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
const build = spawnSync(process.execPath, [electronVite, 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) {
  console.error('\nThe build failed (see above); the app was not started.');
  process.exit(build.status ?? 1);
}

const child = spawn(electron, ['.'], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
