import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupIdFor, backupIdSchema, backupsToDelete, parseBackupId, shortHashOf, toBase64Url, workspaceKeyOf, type RetainedBackup } from '@shared/ipc';
import { createBackupStore, type BackupFs } from '../../../electron/main/backups/backupStore';

/** A plain-text backup as the store reads it back: its UTF-8 bytes. */
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Days in UTC for the pure retention tests: "2026-11-25T10:00:00.000Z" → "2026-11-25". */
const utcDay = (iso: string): string => iso.slice(0, 10);

function snapshot(workspaceId: string, iso: string): RetainedBackup {
  return { id: backupIdFor(workspaceId, iso), workspaceId, createdAt: iso };
}

describe('backup retention (3 today, 1 per earlier day, 20 in all, per workspace)', () => {
  it('keeps the 3 newest of today', () => {
    const today = ['08', '09', '10', '11', '12'].map((h) => snapshot('w', `2026-11-25T${h}:00:00.000Z`));
    const doomed = backupsToDelete(today, '2026-11-25', utcDay);
    expect(doomed.sort()).toEqual([today[0]?.id, today[1]?.id].sort());
  });

  it('keeps only the newest of each earlier day', () => {
    const yesterday = ['08', '12', '18'].map((h) => snapshot('w', `2026-11-24T${h}:00:00.000Z`));
    const doomed = backupsToDelete(yesterday, '2026-11-25', utcDay);
    expect(doomed.sort()).toEqual([yesterday[0]?.id, yesterday[1]?.id].sort());
  });

  it('caps each workspace at 20, dropping the oldest days', () => {
    const days = Array.from({ length: 30 }, (_, i) => snapshot('w', `2026-10-${String(i + 1).padStart(2, '0')}T12:00:00.000Z`));
    const doomed = new Set(backupsToDelete(days, '2026-11-25', utcDay));
    expect(doomed.size).toBe(10);
    expect(days.slice(0, 10).every((b) => doomed.has(b.id))).toBe(true);
    expect(days.slice(10).some((b) => doomed.has(b.id))).toBe(false);
  });

  it('treats each workspace on its own', () => {
    const a = ['09', '10', '11', '12'].map((h) => snapshot('a', `2026-11-25T${h}:00:00.000Z`));
    const b = ['09', '10', '11'].map((h) => snapshot('b', `2026-11-25T${h}:00:00.000Z`));
    expect(backupsToDelete([...a, ...b], '2026-11-25', utcDay)).toEqual([a[0]?.id]);
  });

  it('counts a snapshot dated after today (clock moved back) as today', () => {
    const list = [snapshot('w', '2026-11-26T09:00:00.000Z'), ...['09', '10', '11'].map((h) => snapshot('w', `2026-11-25T${h}:00:00.000Z`))];
    expect(backupsToDelete(list, '2026-11-25', utcDay)).toEqual([list[1]?.id]);
  });
});

describe('backup ids', () => {
  it('are safe file names that carry workspace and time', () => {
    const id = backupIdFor('Ws/../é 1', '2026-11-25T08:27:41.123Z');
    expect(id).toBe(`_Ws-e-1_${shortHashOf('Ws/../é 1')}.20261125T082741123Z`);
    expect(id).toMatch(/^[A-Za-z0-9_-]+\.\d{8}T\d{9}Z$/);
    expect(backupIdSchema.safeParse(id).success).toBe(true);
    expect(parseBackupId(id)).toEqual({ workspaceKey: workspaceKeyOf('Ws/../é 1'), createdAt: '2026-11-25T08:27:41.123Z' });
    expect(parseBackupId(backupIdFor('w', '2026-11-25T08:27:41.123Z', 2))?.createdAt).toBe('2026-11-25T08:27:41.123Z');
  });

  it('encode base64url like Node does', () => {
    for (const text of ['', 'a', 'ab', 'abc', 'workspace-123', '9f1c2e7a-1b2c-4d5e-8f90-123456789abc', 'Zürich ✓ 東京']) {
      expect(toBase64Url(text)).toBe(Buffer.from(text, 'utf8').toString('base64url'));
    }
  });

  it.each(['../x.20261125T082741123Z', 'a.b', 'x.20261125T082741123Z/..', 'x.2026-11-25', ''])('refuses %s as an id', (id) => {
    expect(backupIdSchema.safeParse(id).success).toBe(false);
  });
});

describe('the backup store (files under userData/backups)', () => {
  let dir: string;
  let clock: Date;
  const warnings: string[] = [];
  const tick = (ms: number): void => {
    clock = new Date(clock.getTime() + ms);
  };
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'lastmile-backups-'));
    clock = new Date('2026-11-25T09:00:00.000Z');
    warnings.length = 0;
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const store = (fs: BackupFs = fsp) =>
    createBackupStore({
      dir: path.join(dir, 'backups'),
      fs,
      join: path.join,
      now: () => clock,
      dayOf: utcDay,
      tempSuffix: () => 'tmp1',
      warn: (message) => warnings.push(message),
    });

  it('round-trips a workspace snapshot exactly', async () => {
    const backups = store();
    const json = JSON.stringify({ format: 'lastmile-workspace', version: 1, name: 'Acme "Q4"\nplan', problems: [{ t: 'ünïcödé' }] });
    const entry = await backups.write({ workspaceId: 'ws-1', name: 'Acme', data: json });
    expect(entry).toMatchObject({ workspaceId: 'ws-1', name: 'Acme', createdAt: '2026-11-25T09:00:00.000Z', bytes: Buffer.byteLength(json) });
    expect(await backups.read(entry.id)).toEqual({ entry, data: utf8(json) });
    expect(await backups.list()).toEqual([entry]);
  });

  it('makes a restore undoable: snapshot the current state first, both stay listed', async () => {
    const backups = store();
    const older = await backups.write({ workspaceId: 'ws-1', name: 'Acme', data:  '{"v":"monday"}' });
    tick(5 * 60_000);
    // Restoring "monday": the renderer first backs up what is there now ...
    const beforeRestore = await backups.write({ workspaceId: 'ws-1', name: 'Acme (before restore)', data:  '{"v":"tuesday"}' });
    // ... then reads the chosen backup and writes it into the database.
    expect((await backups.read(older.id)).data).toEqual(utf8('{"v":"monday"}'));
    // Undoing the restore = restoring the snapshot taken just before it.
    expect((await backups.read(beforeRestore.id)).data).toEqual(utf8('{"v":"tuesday"}'));
    expect((await backups.list()).map((e) => e.id)).toEqual([beforeRestore.id, older.id]);
  });

  it('applies retention on every write', async () => {
    const backups = store();
    for (let i = 0; i < 5; i += 1) {
      await backups.write({ workspaceId: 'ws-1', name: 'Acme', data:  `{"i":${i}}` });
      tick(60_000);
    }
    const kept = await backups.list();
    expect(kept.map((e) => e.createdAt)).toEqual(['2026-11-25T09:04:00.000Z', '2026-11-25T09:03:00.000Z', '2026-11-25T09:02:00.000Z']);
    expect(readdirSync(path.join(dir, 'backups'))).toHaveLength(3);
  });

  it('gives two snapshots in the same millisecond different ids', async () => {
    const backups = store();
    const a = await backups.write({ workspaceId: 'ws-1', name: 'A', data:  '1' });
    const b = await backups.write({ workspaceId: 'ws-1', name: 'A', data:  '2' });
    expect(a.id).not.toBe(b.id);
    expect((await backups.read(b.id)).data).toEqual(utf8('2'));
  });

  it('refuses data that is not JSON, writing nothing', async () => {
    const backups = store();
    await expect(backups.write({ workspaceId: 'ws-1', name: 'A', data:  '{"truncated":' })).rejects.toThrow('not valid JSON');
    expect(await backups.list()).toEqual([]);
  });

  it('reports a full disk and leaves the earlier backups intact', async () => {
    const good = store();
    const first = await good.write({ workspaceId: 'ws-1', name: 'Acme', data:  '{"ok":true}' });
    tick(60_000);
    const fullDisk: BackupFs = {
      ...fsp,
      mkdir: fsp.mkdir,
      readdir: (p: string) => fsp.readdir(p),
      readFile: (p: string) => fsp.readFile(p),
      rename: fsp.rename,
      unlink: fsp.unlink,
      open: async (p, flags) => {
        if (flags === 'r') return fsp.open(p, flags);
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      },
    };
    await expect(store(fullDisk).write({ workspaceId: 'ws-1', name: 'Acme', data:  '{"ok":false}' })).rejects.toThrow(
      'The disk is full: could not write the backup of "Acme". Free some space and try again.',
    );
    expect(await good.list()).toEqual([first]);
    expect(readdirSync(path.join(dir, 'backups'))).toEqual([`${first.id}.json`]);
  });

  it('skips a damaged file when listing and says so when reading it', async () => {
    const backups = store();
    const entry = await backups.write({ workspaceId: 'ws-1', name: 'Acme', data:  '{}' });
    const damagedId = backupIdFor('ws-2', '2026-11-25T08:00:00.000Z');
    writeFileSync(path.join(dir, 'backups', `${damagedId}.json`), 'garbage without metadata');
    writeFileSync(path.join(dir, 'backups', 'notes.txt'), 'not a backup');
    expect(await backups.list()).toEqual([entry]);
    expect(warnings).toEqual([`Skipping unreadable backup ${damagedId}.json`]);
    await expect(backups.read(damagedId)).rejects.toThrow('is damaged');
    await expect(backups.read(backupIdFor('ws-3', '2026-11-25T08:00:00.000Z'))).rejects.toThrow('no longer exists');
    await expect(backups.read('../../secret')).rejects.toThrow('Not a backup id');
  });

  it('writes private files (0600) with one metadata line before the workspace JSON', async () => {
    const backups = store();
    const entry = await backups.write({ workspaceId: 'ws-1', name: 'Acme', data:  '{"a":1}' });
    const file = path.join(dir, 'backups', `${entry.id}.json`);
    const [meta, body] = readFileSync(file, 'utf8').split('\n');
    expect(JSON.parse(meta ?? '')).toEqual({ workspaceId: 'ws-1', name: 'Acme', createdAt: entry.createdAt, bytes: 7 });
    expect(body).toBe('{"a":1}');
    if (process.platform !== 'win32') expect((await fsp.stat(file)).mode & 0o777).toBe(0o600);
  });
});
