import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupIdFor, backupIdSchema, backupsToFreeSpace, parseBackupId, toBase64Url, workspaceKeyOf, type BackupContent } from '@shared/ipc';
import { createBackupStore, type BackupFs } from '../../../electron/main/backups/backupStore';

const utcDay = (iso: string): string => iso.slice(0, 10);
/** The workspace file a restore reads back, as text (the desktop store answers the stored bytes). */
const textOf = (content: BackupContent): string => (typeof content.data === 'string' ? content.data : Buffer.from(content.data).toString('utf8'));
const errno = (code: string): NodeJS.ErrnoException => Object.assign(new Error(`${code}: simulated`), { code });

/** The longest workspace ids the contract allows (100 characters), plain and in scripts that take 3–4 bytes a character. */
const LONG_IDS = ['w'.repeat(100), '東'.repeat(100), '🧭'.repeat(50), `${'a/'.repeat(49)}..`];

describe('backup file names stay short whatever the workspace id', () => {
  it.each(LONG_IDS)('a 100-character id gives a short, valid id (%#)', (workspaceId) => {
    const id = backupIdFor(workspaceId, '2026-11-25T08:27:41.123Z', 999);
    expect(Buffer.byteLength(`${id}.json.gz`)).toBeLessThan(100);
    expect(backupIdSchema.safeParse(id).success).toBe(true);
    expect(parseBackupId(id)?.workspaceKey).toBe(workspaceKeyOf(workspaceId));
  });

  it('keeps a readable prefix of the id, and different ids get different keys', () => {
    expect(workspaceKeyOf('Zürich plan 2026')).toMatch(/^_Zurich-plan-2026_[0-9a-v]{13}$/);
    expect(workspaceKeyOf('东京')).toMatch(/^__[0-9a-v]{13}$/);
    expect(workspaceKeyOf('ws-1')).not.toBe(workspaceKeyOf('ws_1'));
    expect(workspaceKeyOf('ws-1')).not.toBe(workspaceKeyOf('WS-1'));
    expect(workspaceKeyOf(`${'x'.repeat(99)}a`)).not.toBe(workspaceKeyOf(`${'x'.repeat(99)}b`));
  });

  it('reads ids of the earlier form (whole id in base64url) as the same workspace', () => {
    for (const workspaceId of ['ws-1', '9f1c2e7a-1b2c-4d5e-8f90-123456789abc', 'Zürich ✓ 東京']) {
      const legacy = `${toBase64Url(workspaceId)}.20261125T082741123Z`;
      expect(parseBackupId(legacy)).toEqual({ workspaceKey: workspaceKeyOf(workspaceId), createdAt: '2026-11-25T08:27:41.123Z', workspaceId });
    }
  });
});

describe('when the disk is full, which backups make room', () => {
  const b = (id: string, workspaceId: string, createdAt: string, bytes = 100) => ({ id, workspaceId, createdAt, bytes });
  it('removes the oldest first until there is room, never the newest of a workspace', () => {
    const all = [
      b('a1', 'a', '2026-11-20T09:00:00.000Z'),
      b('a2', 'a', '2026-11-21T09:00:00.000Z'),
      b('a3', 'a', '2026-11-25T09:00:00.000Z'),
      b('b1', 'b', '2026-11-19T09:00:00.000Z'),
      b('c1', 'c', '2026-11-18T09:00:00.000Z'),
    ];
    expect(backupsToFreeSpace(all, 150)).toEqual(['a1', 'a2']);
    expect(backupsToFreeSpace(all, 10_000)).toEqual(['a1', 'a2']);
    expect(backupsToFreeSpace([b('b1', 'b', '2026-11-19T09:00:00.000Z')], 10)).toEqual([]);
  });
});

describe('the backup store with long ids, old names and a full disk', () => {
  let dir: string;
  let backupsDir: string;
  let clock: Date;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'lastmile-backup-names-'));
    backupsDir = path.join(dir, 'backups');
    clock = new Date('2026-11-25T09:00:00.000Z');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const store = (fs: BackupFs = fsp) =>
    createBackupStore({ dir: backupsDir, fs, join: path.join, now: () => clock, dayOf: utcDay, tempSuffix: () => 'tmp1', warn: () => undefined });

  /** A backups folder on a disk with `quota` bytes: a write that would go beyond it fails with ENOSPC. */
  const diskOf = (quota: number): BackupFs => ({
    ...fsp,
    open: async (p, flags, mode) => {
      const handle = await fsp.open(p, flags, mode);
      if (flags !== 'wx') return handle;
      return {
        read: handle.read.bind(handle),
        sync: () => handle.sync(),
        close: () => handle.close(),
        writeFile: async (data: string | Uint8Array) => {
          const used = readdirSync(backupsDir).reduce((sum, name) => sum + statSync(path.join(backupsDir, name)).size, 0);
          if (used + Buffer.byteLength(data) > quota) throw errno('ENOSPC');
          await handle.writeFile(data);
        },
      };
    },
  });

  it.each(LONG_IDS)('a 100-character workspace id backs up, lists and restores (%#)', async (workspaceId) => {
    const backups = store();
    const json = JSON.stringify({ format: 'lastmile-workspace', id: workspaceId });
    const entry = await backups.write({ workspaceId, name: 'Long', data: json });
    expect(entry.workspaceId).toBe(workspaceId);
    expect(await backups.list()).toEqual([entry]);
    const restored = await backups.read(entry.id);
    expect(restored.entry).toEqual(entry);
    expect(textOf(restored)).toBe(json);
  });

  it('backups with the earlier names still list and restore, and count with new ones for retention', async () => {
    mkdirSync(backupsDir, { recursive: true });
    const workspaceId = 'Zürich ✓ 東京';
    const legacyIds = ['08', '09'].map((h) => `${toBase64Url(workspaceId)}.20261125T${h}0000000Z`);
    for (const [i, id] of legacyIds.entries()) {
      const createdAt = `2026-11-25T0${8 + i}:00:00.000Z`;
      writeFileSync(path.join(backupsDir, `${id}.json`), `${JSON.stringify({ workspaceId, name: 'Old', createdAt, bytes: 8 })}\n{"old":${i}}`);
    }
    const backups = store();
    expect((await backups.list()).map((e) => e.id)).toEqual([...legacyIds].reverse());
    expect(textOf(await backups.read(legacyIds[0] ?? ''))).toBe('{"old":0}');
    clock = new Date('2026-11-25T10:00:00.000Z');
    await backups.write({ workspaceId, name: 'New', data: '{"new":1}' });
    clock = new Date('2026-11-25T11:00:00.000Z');
    const newest = await backups.write({ workspaceId, name: 'New', data: '{"new":2}' });
    // Three a day are kept, old names and new alike: the oldest (an old name) went.
    const kept = await backups.list();
    expect(kept.map((e) => e.createdAt)).toEqual(['2026-11-25T11:00:00.000Z', '2026-11-25T10:00:00.000Z', '2026-11-25T09:00:00.000Z']);
    expect(kept[0]).toEqual(newest);
    expect(readdirSync(backupsDir)).not.toContain(`${legacyIds[0]}.json`);
  });

  it('on a full disk removes the oldest backups (never a workspace’s newest) and writes the new one', async () => {
    const big = (tag: string): string => JSON.stringify({ tag, pad: 'x'.repeat(1000) });
    const plain = store();
    clock = new Date('2026-11-20T09:00:00.000Z');
    const other = await plain.write({ workspaceId: 'ws-2', name: 'Beta', data: big('beta') });
    for (const day of ['2026-11-21', '2026-11-22', '2026-11-23', '2026-11-24']) {
      clock = new Date(`${day}T09:00:00.000Z`);
      await plain.write({ workspaceId: 'ws-1', name: 'Acme', data: big(day) });
    }
    const before = await plain.list();
    expect(before).toHaveLength(5);
    const used = readdirSync(backupsDir).reduce((sum, name) => sum + statSync(path.join(backupsDir, name)).size, 0);

    clock = new Date('2026-11-25T09:00:00.000Z');
    const entry = await store(diskOf(used + 500)).write({ workspaceId: 'ws-1', name: 'Acme', data: big('today') });
    const after = await plain.list();
    expect(textOf(await plain.read(entry.id))).toBe(big('today'));
    // ws-2's only backup is older than all of ws-1's, yet it stays: it is that workspace's newest.
    expect(after.map((e) => e.id)).toContain(other.id);
    // Just enough of the oldest went: the 21st (and no more, since one file frees enough room).
    expect(after.map((e) => e.createdAt.slice(0, 10))).toEqual(['2026-11-25', '2026-11-24', '2026-11-23', '2026-11-22', '2026-11-20']);
  });

  it('says in plain words when even removing older backups does not make room, and keeps the newest of each workspace', async () => {
    const plain = store();
    for (const day of ['2026-11-22', '2026-11-23', '2026-11-24']) {
      clock = new Date(`${day}T09:00:00.000Z`);
      await plain.write({ workspaceId: 'ws-1', name: 'Acme', data: '{"small":true}' });
    }
    clock = new Date('2026-11-25T09:00:00.000Z');
    await expect(store(diskOf(100)).write({ workspaceId: 'ws-1', name: 'Acme', data: JSON.stringify({ pad: 'x'.repeat(5000) }) })).rejects.toThrow(
      'The disk is full: could not write the backup of "Acme", even after removing 2 older backups to make room. Free some space and try again.',
    );
    expect((await plain.list()).map((e) => e.createdAt.slice(0, 10))).toEqual(['2026-11-24']);
    expect(readdirSync(backupsDir)).toHaveLength(1);
  });

  it('an EDQUOT (quota) failure is handled like a full disk, and other failures are not retried', async () => {
    const plain = store();
    clock = new Date('2026-11-24T09:00:00.000Z');
    await plain.write({ workspaceId: 'ws-1', name: 'Acme', data: '{"a":1}' });
    clock = new Date('2026-11-24T10:00:00.000Z');
    await plain.write({ workspaceId: 'ws-1', name: 'Acme', data: '{"a":2}' });
    let failures = 0;
    const failingOnce = (code: string): BackupFs => ({
      ...fsp,
      open: async (p, flags, mode) => {
        if (flags === 'wx' && failures === 0) {
          failures += 1;
          throw errno(code);
        }
        return fsp.open(p, flags, mode);
      },
    });
    clock = new Date('2026-11-25T09:00:00.000Z');
    await store(failingOnce('EDQUOT')).write({ workspaceId: 'ws-1', name: 'Acme', data: '{"a":3}' });
    expect((await plain.list()).map((e) => e.createdAt)).toEqual(['2026-11-25T09:00:00.000Z', '2026-11-24T10:00:00.000Z']);

    failures = 0;
    clock = new Date('2026-11-25T10:00:00.000Z');
    await expect(store(failingOnce('EACCES')).write({ workspaceId: 'ws-1', name: 'Acme', data: '{"a":4}' })).rejects.toThrow('Permission denied');
    expect(await plain.list()).toHaveLength(2);
  });
});
