/**
 * Backups hold the workspace file compressed, in both hosts: written as the bytes the renderer prepared (read back
 * through the import's parse first), listed with their stored size, read back byte for byte and opened equal.
 * Backups written before compression (plain JSON after the metadata line) still restore.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBrowserBackups } from '@renderer/api/browserBackups';
import { encodeWorkspaceFile, parseWorkspaceFile, serializeWorkspaceFile } from '@shared/export/workspaceFile';
import { createBackupStore } from '../../../electron/main/backups/backupStore';
import { fixedBundle } from '../export/fixtures';

const META = { exportedAt: '2027-02-01T09:30:00.000Z', appVersion: '0.1.0' };

function compressedFile(): Uint8Array<ArrayBuffer> {
  const file = encodeWorkspaceFile(fixedBundle(), META, { compress: 'always' });
  if (!file.ok || typeof file.data === 'string') throw new Error('not written');
  return file.data;
}

describe('desktop backups of compressed workspace files', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'lastmile-gzbackups-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const store = () =>
    createBackupStore({ dir, fs: fsp, join: path.join, now: () => new Date('2027-02-01T10:00:00.000Z'), dayOf: (iso) => iso.slice(0, 10), tempSuffix: () => 't' });

  it('stores the metadata line then the gzip bytes, lists the stored size and restores the workspace equal', async () => {
    const data = compressedFile();
    const entry = await store().write({ workspaceId: 'ws-acme', name: 'Acme', data });
    expect(entry.bytes).toBe(data.length);
    const [fileName] = readdirSync(dir);
    const onDisk = readFileSync(path.join(dir, fileName!));
    const newline = onDisk.indexOf(0x0a);
    expect(JSON.parse(onDisk.subarray(0, newline).toString('utf8'))).toEqual({ workspaceId: 'ws-acme', name: 'Acme', createdAt: entry.createdAt, bytes: data.length });
    expect([onDisk[newline + 1], onDisk[newline + 2]]).toEqual([0x1f, 0x8b]);
    expect(await store().list()).toEqual([entry]);
    const back = await store().read(entry.id);
    expect(back.data).toEqual(data);
    expect(parseWorkspaceFile(back.data)).toEqual({ ok: true, bundle: fixedBundle(), meta: META });
  });

  it('restores a backup written before compression (plain JSON after the metadata line)', async () => {
    const entry = await store().write({ workspaceId: 'ws-acme', name: 'Acme', data: compressedFile() });
    const [fileName] = readdirSync(dir);
    const json = serializeWorkspaceFile(fixedBundle(), META);
    writeFileSync(path.join(dir, fileName!), `${JSON.stringify({ workspaceId: 'ws-acme', name: 'Acme', createdAt: entry.createdAt, bytes: Buffer.byteLength(json) })}\n${json}`);
    const back = await store().read(entry.id);
    expect(parseWorkspaceFile(back.data)).toEqual({ ok: true, bundle: fixedBundle(), meta: META });
  });

  it('refuses data that is neither a gzip container nor JSON, and a gzip header cut short', async () => {
    await expect(store().write({ workspaceId: 'w', name: 'x', data: new Uint8Array([0x50, 0x4b, 3, 4]) })).rejects.toThrow('not valid JSON');
    await expect(store().write({ workspaceId: 'w', name: 'x', data: new Uint8Array([0x1f, 0x8b, 8, 0]) })).rejects.toThrow('cut short');
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('browser backups of compressed workspace files', () => {
  it('keeps the bytes as written and restores the workspace equal', async () => {
    const backups = createBrowserBackups(new IDBFactory(), () => new Date('2027-02-01T10:00:00.000Z'));
    const data = compressedFile();
    const entry = await backups.write({ workspaceId: 'ws-acme', name: 'Acme', data });
    expect(entry.bytes).toBe(data.length);
    const back = await backups.read(entry.id);
    expect(back.data).toEqual(data);
    expect(parseWorkspaceFile(back.data)).toEqual({ ok: true, bundle: fixedBundle(), meta: META });
  });
});
