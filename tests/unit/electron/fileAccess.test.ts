import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic, describeFsError, type AtomicWriteFs } from '../../../electron/main/files/atomicWrite';
import { createFileService } from '../../../electron/main/files/fileService';
import { createOsFileOpener } from '../../../electron/main/files/openFromOs';
import { assertPathAllowed, createPathGrants, isInsideFolder, isPathAllowed } from '../../../electron/main/files/pathPolicy';
import { addRecentFile, createRecentFilesStore, parseRecentFiles } from '../../../electron/main/files/recentFiles';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'lastmile-files-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const errno = (code: string): NodeJS.ErrnoException => Object.assign(new Error(`${code}: simulated`), { code });

describe('path policy: only dialog-chosen paths and the app folders', () => {
  const userData = '/home/ann/.config/Lastmile';

  it('allows app folders and granted paths, refuses the rest', () => {
    const grants = createPathGrants(path.posix);
    const policy = { grants, appFolders: [userData], path: path.posix };
    expect(isPathAllowed(`${userData}/backups/x.json`, policy)).toBe(true);
    expect(isPathAllowed('/home/ann/Documents/board.pdf', policy)).toBe(false);
    grants.grant('/home/ann/Documents/board.pdf');
    expect(isPathAllowed('/home/ann/Documents/board.pdf', policy)).toBe(true);
    expect(isPathAllowed('/home/ann/Documents/other.pdf', policy)).toBe(false);
  });

  it('sees through .. and refuses relative paths and NUL bytes', () => {
    const policy = { grants: createPathGrants(path.posix), appFolders: [userData], path: path.posix };
    expect(isPathAllowed(`${userData}/../../.ssh/id_rsa`, policy)).toBe(false);
    expect(isPathAllowed(`${userData}-evil/x`, policy)).toBe(false);
    expect(isPathAllowed('backups/x.json', policy)).toBe(false);
    expect(isPathAllowed(`${userData}/x\0.json`, policy)).toBe(false);
    expect(() => assertPathAllowed('/etc/passwd', policy)).toThrow('was not chosen in a dialog and is not an app folder');
  });

  it('handles Windows paths', () => {
    // Another platform's paths: compared as written (this machine's file system cannot resolve them).
    const asWritten = (p: string): string => p;
    const grants = createPathGrants(path.win32, asWritten);
    grants.grant('C:\\Users\\ann\\Desktop\\deck.pptx');
    const policy = { grants, appFolders: ['C:\\Users\\ann\\AppData\\Roaming\\Lastmile'], path: path.win32, realPath: asWritten };
    expect(isInsideFolder('C:\\Users\\ann\\AppData\\Roaming\\Lastmile', 'C:\\Users\\ann\\AppData\\Roaming\\Lastmile\\backups\\a.json', path.win32)).toBe(true);
    expect(isPathAllowed('C:\\Users\\ann\\Desktop\\deck.pptx', policy)).toBe(true);
    expect(isPathAllowed('D:\\Users\\ann\\AppData\\Roaming\\Lastmile\\x', policy)).toBe(false);
    expect(isPathAllowed('C:\\Users\\ann\\AppData\\Roaming\\Lastmile\\..\\x', policy)).toBe(false);
  });

  it('the file service refuses to write or read outside the policy', async () => {
    const files = createFileService({ fs: fsp, policy: { grants: createPathGrants(path), appFolders: [path.join(dir, 'app')], path }, tempSuffix: () => 't' });
    await expect(files.write(path.join(dir, 'elsewhere.txt'), 'x')).rejects.toThrow('not chosen in a dialog');
    await expect(files.read('/etc/hostname', 100)).rejects.toThrow('not chosen in a dialog');
    expect(existsSync(path.join(dir, 'elsewhere.txt'))).toBe(false);
  });
});

describe('atomic write', () => {
  it('replaces the file completely and leaves no temp file', async () => {
    const target = path.join(dir, 'w.json');
    writeFileSync(target, 'old content that is longer than the new one');
    await writeFileAtomic(fsp, target, 'new', { tempSuffix: 'abc' });
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['w.json']);
  });

  it('on a full disk keeps the old file intact, removes the temp file and says the disk is full', async () => {
    const target = path.join(dir, 'w.json');
    writeFileSync(target, 'old');
    const fullDisk: AtomicWriteFs = {
      ...fsp,
      open: async (p, flags, mode) => {
        const handle = await fsp.open(p, flags, mode);
        return {
          writeFile: async () => {
            await handle.writeFile('partial');
            throw errno('ENOSPC');
          },
          sync: () => handle.sync(),
          close: () => handle.close(),
        };
      },
      rename: fsp.rename,
      unlink: fsp.unlink,
    };
    await expect(writeFileAtomic(fullDisk, target, 'new', { tempSuffix: 'abc', action: 'write the backup' })).rejects.toThrow(
      'The disk is full: could not write the backup. Free some space and try again.',
    );
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['w.json']);
  });

  it('when the rename fails the target is untouched and the temp file is gone', async () => {
    const target = path.join(dir, 'w.json');
    writeFileSync(target, 'old');
    const failingRename: AtomicWriteFs = { ...fsp, rename: () => Promise.reject(errno('EACCES')) };
    await expect(writeFileAtomic(failingRename, target, 'new', { tempSuffix: 'x' })).rejects.toThrow('Permission denied');
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['w.json']);
  });

  it('names common failures in plain words', () => {
    expect(describeFsError(errno('EDQUOT'), 'save x')).toMatch(/^The disk is full/);
    expect(describeFsError(errno('EROFS'), 'save x')).toBe('The disk is read-only: could not save x.');
    expect(describeFsError(errno('EIO'), 'save x')).toBe('Could not save x: EIO: simulated');
  });
});

describe('recent files', () => {
  it('puts the newest first, without duplicates, at most 10', () => {
    let list: string[] = [];
    for (let i = 0; i < 12; i += 1) list = addRecentFile(list, `/w/${i}.lastmile`);
    list = addRecentFile(list, '/w/5.lastmile');
    expect(list).toHaveLength(10);
    expect(list[0]).toBe('/w/5.lastmile');
    expect(list.filter((p) => p === '/w/5.lastmile')).toHaveLength(1);
    expect(list).not.toContain('/w/0.lastmile');
  });

  it('reads a saved list, dropping malformed content and relative paths', () => {
    expect(parseRecentFiles('["/a.lastmile","rel.lastmile"]', path.posix.isAbsolute)).toEqual(['/a.lastmile']);
    expect(parseRecentFiles('{"not":"a list"}', path.posix.isAbsolute)).toEqual([]);
    expect(parseRecentFiles('[truncated', path.posix.isAbsolute)).toEqual([]);
    expect(parseRecentFiles(null, path.posix.isAbsolute)).toEqual([]);
  });

  it('persists every change and reports it (menu rebuild, OS recent documents)', () => {
    const persist = vi.fn();
    const onChange = vi.fn();
    const store = createRecentFilesStore({ initial: ['/a.lastmile'], persist, onChange });
    store.add('/b.lastmile');
    expect(persist).toHaveBeenLastCalledWith('["/b.lastmile","/a.lastmile"]');
    expect(onChange).toHaveBeenLastCalledWith(['/b.lastmile', '/a.lastmile'], '/b.lastmile');
    store.remove('/a.lastmile');
    store.clear();
    expect(store.list()).toEqual([]);
    expect(persist).toHaveBeenLastCalledWith('[]');
  });
});

describe('opening a workspace file handed over by the OS', () => {
  const setup = () => {
    const grants = createPathGrants(path);
    const files = createFileService({ fs: fsp, policy: { grants, appFolders: [], path }, tempSuffix: () => 't' });
    const recent = createRecentFilesStore({ initial: [], persist: () => undefined, onChange: () => undefined });
    const deliver = vi.fn();
    const reportError = vi.fn();
    const open = createOsFileOpener({ files, grants, recent, basename: path.basename, deliver, reportError });
    return { open, deliver, reportError, recent };
  };

  it('reads a .lastmile file, delivers it to the renderer and remembers it', async () => {
    const file = path.join(dir, 'Acme.lastmile');
    writeFileSync(file, '{"v":1}');
    const { open, deliver, recent } = setup();
    await expect(open(file)).resolves.toBe(true);
    expect(deliver).toHaveBeenCalledWith({ name: 'Acme.lastmile', data: new Uint8Array(Buffer.from('{"v":1}')) });
    expect(recent.list()).toEqual([file]);
  });

  it('refuses other files and reports a missing one, dropping it from recent files', async () => {
    const { open, deliver, reportError, recent } = setup();
    recent.add(path.join(dir, 'gone.lastmile'));
    await expect(open(path.join(dir, 'notes.txt'))).resolves.toBe(false);
    await expect(open(path.join(dir, 'gone.lastmile'))).resolves.toBe(false);
    expect(deliver).not.toHaveBeenCalled();
    expect(reportError).toHaveBeenCalledWith('notes.txt is not a Lastmile workspace file');
    expect(reportError).toHaveBeenLastCalledWith(expect.stringContaining('does not exist'));
    expect(recent.list()).toEqual([]);
  });
});
