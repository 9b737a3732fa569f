/**
 * The largest workspaces round-trip: 3,000 problems and 3,000 use cases with every text at its maximum length and
 * every number at its maximum (about 95 MB of JSON, more than the old 50 MB limit) are exported, opened again equal,
 * and go through the desktop backup store over a real folder and come back byte for byte, opening equal.
 * Time and memory for the same path: tests/bench/workspaceFile.bench.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeWorkspaceFile, formatFileError, parseWorkspaceFile, WORKSPACE_COMPRESS_ABOVE_BYTES } from '@shared/export/workspaceFile';
import { createBackupStore } from '../../../electron/main/backups/backupStore';
import { maxFieldBundle } from './maxFieldBundle';

const META = { exportedAt: '2027-02-01T09:30:00.000Z', appVersion: '0.1.0' };
const dir = mkdtempSync(path.join(tmpdir(), 'lastmile-big-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a 3,000 × 3,000 workspace at maximum field sizes', () => {
  it('exports compressed, opens equal, and is backed up and restored byte for byte', async () => {
    const bundle = maxFieldBundle(3000, 3000);
    const file = encodeWorkspaceFile(bundle, META);
    if (!file.ok) throw new Error(file.errors.map(formatFileError).join('\n'));
    expect(file.compressed).toBe(true);
    if (typeof file.data === 'string') throw new Error('not compressed');
    const bytes = file.data;
    expect(bytes.length).toBeLessThan(WORKSPACE_COMPRESS_ABOVE_BYTES);

    const opened = parseWorkspaceFile(bytes);
    if (!opened.ok) throw new Error(opened.errors.map(formatFileError).join('\n'));
    expect(opened.bundle.problems.length).toBe(3000);
    expect(opened.bundle.useCases.length).toBe(3000);
    expect(opened.bundle).toEqual(bundle);

    const backups = createBackupStore({
      dir: path.join(dir, 'backups'),
      fs: fsp,
      join: path.join,
      now: () => new Date('2027-02-01T09:30:00.000Z'),
      dayOf: (iso) => iso.slice(0, 10),
      tempSuffix: () => 'tmp',
    });
    const entry = await backups.write({ workspaceId: bundle.workspace.id, name: bundle.workspace.name, data: bytes });
    expect(entry.bytes).toBe(bytes.length);
    expect(await backups.list()).toEqual([entry]);
    const restored = await backups.read(entry.id);
    expect(restored.entry).toEqual(entry);
    expect(typeof restored.data).not.toBe('string');
    expect(Buffer.compare(Buffer.from(restored.data as Uint8Array), Buffer.from(bytes))).toBe(0);
    const reopened = parseWorkspaceFile(restored.data);
    expect(reopened.ok && reopened.bundle).toEqual(bundle);
  });
});
