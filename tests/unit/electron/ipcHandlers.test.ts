import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackupStore, localDay } from '../../../electron/main/backups/backupStore';
import { createFileService } from '../../../electron/main/files/fileService';
import { createPathGrants } from '../../../electron/main/files/pathPolicy';
import { createRecentFilesStore } from '../../../electron/main/files/recentFiles';
import { createIpcHandlers, type Dialogs } from '../../../electron/main/ipc/handlers';
import { asWebContents, fakeSender } from './fakes';

let dir: string;
let userData: string;
let documents: string;
let counter = 0;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'lastmile-ipc-'));
  userData = path.join(dir, 'userData');
  documents = path.join(dir, 'Documents');
  writeFileSync(path.join(dir, 'placeholder'), '');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function setup(dialogAnswers: { save?: string | null; open?: string | null } = {}) {
  const grants = createPathGrants(path);
  const files = createFileService({ fs: fsp, policy: { grants, appFolders: [userData], path }, tempSuffix: () => `t${(counter += 1)}` });
  const recentChanges: string[][] = [];
  const recent = createRecentFilesStore({ initial: [], persist: () => undefined, onChange: (list) => recentChanges.push([...list]) });
  const dialogs = {
    save: vi.fn<Dialogs['save']>(async () => dialogAnswers.save ?? null),
    open: vi.fn<Dialogs['open']>(async () => dialogAnswers.open ?? null),
  };
  const openExternal = vi.fn(async () => undefined);
  const handlers = createIpcHandlers({
    appInfo: { name: 'Lastmile', version: '0.1.0', platform: 'linux' },
    dialogs,
    files,
    grants,
    recent,
    backups: createBackupStore({ dir: path.join(userData, 'backups'), fs: fsp, join: path.join, now: () => new Date(), dayOf: localDay, tempSuffix: () => 'b' }),
    defaultSaveFolder: documents,
    join: path.join,
    basename: path.basename,
    openExternal,
  });
  const sender = fakeSender(1);
  return { handlers, dialogs, recent, recentChanges, openExternal, sender, context: { sender: asWebContents(sender) } };
}

describe('saveFile (desktop)', () => {
  it('writes exactly to the path the save dialog returned, offering the suggested name in Documents', async () => {
    const target = path.join(dir, 'chosen', '..', 'board.csv');
    const { handlers, dialogs, context } = setup({ save: target });
    const result = await handlers.saveFile(context, { suggestedName: 'Ranked.csv', filters: [{ name: 'CSV', extensions: ['csv'] }], data: 'a,b\n1,2\n' });
    expect(result).toEqual({ saved: true, path: target });
    expect(readFileSync(target, 'utf8')).toBe('a,b\n1,2\n');
    expect(dialogs.save).toHaveBeenCalledWith(context.sender, { defaultPath: path.join(documents, 'Ranked.csv'), filters: [{ name: 'CSV', extensions: ['csv'] }] });
  });

  it('writes bytes unchanged', async () => {
    const target = path.join(dir, 'deck.pptx');
    const { handlers, context } = setup({ save: target });
    const bytes = new Uint8Array([0x50, 0x4b, 3, 4, 0, 255]);
    await handlers.saveFile(context, { suggestedName: 'deck.pptx', filters: [], data: bytes });
    expect(new Uint8Array(readFileSync(target))).toEqual(bytes);
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const { handlers, context } = setup({ save: null });
    await expect(handlers.saveFile(context, { suggestedName: 'x.csv', filters: [], data: 'x' })).resolves.toEqual({ saved: false });
  });

  it('adds saved workspace files to recent files, not other exports', async () => {
    const workspaceFile = path.join(dir, 'Acme.lastmile');
    const one = setup({ save: workspaceFile });
    await one.handlers.saveFile(one.context, { suggestedName: 'Acme.lastmile', filters: [], data: '{}' });
    expect(one.recent.list()).toEqual([workspaceFile]);
    const two = setup({ save: path.join(dir, 'Acme.csv') });
    await two.handlers.saveFile(two.context, { suggestedName: 'Acme.csv', filters: [], data: 'x' });
    expect(two.recent.list()).toEqual([]);
  });
});

describe('openFile (desktop)', () => {
  it('reads the file the dialog returned and answers its name and bytes', async () => {
    const source = path.join(dir, 'Workshop.lastmile');
    writeFileSync(source, '{"format":"lastmile"}');
    const { handlers, recent, context } = setup({ open: source });
    const result = await handlers.openFile(context, { filters: [{ name: 'Lastmile workspace', extensions: ['lastmile'] }], maxBytes: 1000 });
    expect(result).toEqual({ cancelled: false, name: 'Workshop.lastmile', data: new Uint8Array(Buffer.from('{"format":"lastmile"}')) });
    expect(recent.list()).toEqual([source]);
  });

  it('answers cancelled when the dialog is dismissed', async () => {
    const { handlers, context } = setup({ open: null });
    await expect(handlers.openFile(context, { filters: [], maxBytes: 10 })).resolves.toEqual({ cancelled: true });
  });

  it('refuses a file above maxBytes with a plain message, before reading it', async () => {
    const source = path.join(dir, 'big.csv');
    writeFileSync(source, 'x'.repeat(3 * 1024 * 1024));
    const { handlers, context } = setup({ open: source });
    await expect(handlers.openFile(context, { filters: [], maxBytes: 1024 * 1024 })).rejects.toThrow('The file is 3 MB, more than the 1 MB this import accepts');
  });
});

describe('printToPdf (desktop)', () => {
  it('prints the calling page with its print CSS and saves the PDF where the dialog said', async () => {
    const target = path.join(dir, 'Board pack.pdf');
    const { handlers, sender, dialogs, context } = setup({ save: target });
    const result = await handlers.printToPdf(context, { suggestedName: 'Board pack.pdf', landscape: true });
    expect(result).toEqual({ saved: true, path: target });
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7 fake');
    expect(sender.printed).toEqual([{ printBackground: true, preferCSSPageSize: true, landscape: true, pageSize: 'A4' }]);
    expect(dialogs.save.mock.calls[0]?.[1].filters).toEqual([{ name: 'PDF document', extensions: ['pdf'] }]);
  });

  it('does not print when the dialog is cancelled', async () => {
    const { handlers, sender, context } = setup({ save: null });
    await expect(handlers.printToPdf(context, { suggestedName: 'x.pdf' })).resolves.toEqual({ saved: false });
    expect(sender.printed).toEqual([]);
  });
});

describe('openExternal', () => {
  it('opens https links and refuses anything else', async () => {
    const { handlers, openExternal, context } = setup();
    await expect(handlers.openExternal(context, 'https://example.com/')).resolves.toEqual({ opened: true });
    await expect(handlers.openExternal(context, 'file:///etc/passwd')).rejects.toThrow('Only https links');
    await expect(handlers.openExternal(context, 'https://u:p@example.com/')).rejects.toThrow('Only https links');
    expect(openExternal).toHaveBeenCalledTimes(1);
  });
});

describe('backups through IPC', () => {
  it('writes, lists and reads back a snapshot under userData', async () => {
    const { handlers, context } = setup();
    const entry = await handlers.writeBackup(context, { workspaceId: 'ws-1', name: 'Acme', data: '{"a":1}' });
    expect(existsSync(path.join(userData, 'backups', `${entry.id}.json`))).toBe(true);
    expect(await handlers.listBackups(context)).toEqual([entry]);
    expect(await handlers.readBackup(context, entry.id)).toEqual({ entry, data: new TextEncoder().encode('{"a":1}') });
  });
});

describe('getAppInfo', () => {
  it('names the desktop host', async () => {
    const { handlers, context } = setup();
    expect(await handlers.getAppInfo(context)).toEqual({ name: 'Lastmile', version: '0.1.0', platform: 'linux', host: 'desktop' });
  });
});
