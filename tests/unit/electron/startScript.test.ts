import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');

describe('npm start without the Electron binary', () => {
  it('says so in plain words, points to npm run web and exits non-zero, without a stack trace', () => {
    const emptyDist = mkdtempSync(path.join(tmpdir(), 'lastmile-no-electron-'));
    try {
      const run = spawnSync(process.execPath, [path.join(root, 'scripts/start.mjs')], {
        cwd: root,
        encoding: 'utf8',
        timeout: 60_000,
        // An Electron location with nothing in it, and no download attempt (tests never touch the network).
        env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: emptyDist, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('the Electron binary is not installed');
      expect(run.stderr).toContain('npm run web');
      expect(run.stderr).not.toMatch(/\n\s+at /);
    } finally {
      rmSync(emptyDist, { recursive: true, force: true });
    }
  }, 60_000);
});
