// @vitest-environment jsdom
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LastmileApi } from '@shared/ipc';
import { createBrowserApi } from '@renderer/api/browserApi';
import { acceptAttribute } from '@renderer/api/browserFiles';
import packageJson from '../../../package.json';

let blobs: Blob[];
let clickedLinks: { href: string; download: string }[];

beforeEach(() => {
  blobs = [];
  clickedLinks = [];
  URL.createObjectURL = vi.fn((blob: Blob) => {
    blobs.push(blob);
    return `blob:lastmile/${blobs.length}`;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clickedLinks.push({ href: this.href, download: this.download });
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

function api(overrides: Partial<{ print: () => void; open: Window['open']; indexedDB: IDBFactory | undefined }> = {}): LastmileApi {
  return createBrowserApi({
    window: { print: overrides.print ?? vi.fn(), open: overrides.open ?? vi.fn(() => null), navigator: window.navigator },
    document,
    indexedDB: 'indexedDB' in overrides ? overrides.indexedDB : new IDBFactory(),
  });
}

/** Makes the next file input "choose" `file` (or dismiss the picker when file is null). */
function nextPickerAnswers(file: File | null): { accept: () => string } {
  let accept = '';
  vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
    accept = this.accept;
    queueMicrotask(() => {
      if (file === null) {
        this.dispatchEvent(new Event('cancel'));
        return;
      }
      Object.defineProperty(this, 'files', { value: [file] });
      this.dispatchEvent(new Event('change'));
    });
  });
  return { accept: () => accept };
}

describe('browser host API', () => {
  it('says it is the browser host, with the app version', async () => {
    expect(api().host).toBe('browser');
    const info = await api().getAppInfo();
    expect(info).toMatchObject({ ok: true, value: { name: 'Lastmile', version: packageJson.version, host: 'browser' } });
  });

  it('saves by handing a download of the exact data to the browser', async () => {
    const result = await api().saveFile({ suggestedName: 'Ranked.csv', filters: [], data: 'a,b\n1,2\n' });
    expect(result).toEqual({ ok: true, value: { saved: true } });
    expect(clickedLinks).toEqual([{ href: 'blob:lastmile/1', download: 'Ranked.csv' }]);
    expect(blobs[0]?.type).toBe('text/csv;charset=utf-8');
    expect(await blobs[0]?.text()).toBe('a,b\n1,2\n');
    expect(document.querySelectorAll('a')).toHaveLength(0);
  });

  it('saves bytes unchanged', async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 3, 4, 0, 255]);
    await api().saveFile({ suggestedName: 'deck.pptx', filters: [], data: bytes });
    expect(new Uint8Array(await blobs[0]!.arrayBuffer())).toEqual(bytes);
  });

  it('opens a file through a file input limited to the filters', async () => {
    const picker = nextPickerAnswers(new File(['{"v":1}'], 'Acme.lastmile'));
    const result = await api().openFile({ filters: [{ name: 'Lastmile workspace', extensions: ['lastmile', 'JSON'] }], maxBytes: 1000 });
    if (!result.ok || result.value.cancelled) throw new Error('expected a file');
    expect(result.value.name).toBe('Acme.lastmile');
    expect(result.value.data).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(result.value.data)).toBe('{"v":1}');
    expect(picker.accept()).toBe('.lastmile,.json');
    expect(document.querySelectorAll('input')).toHaveLength(0);
  });

  it('answers cancelled when the picker is dismissed', async () => {
    nextPickerAnswers(null);
    await expect(api().openFile({ filters: [], maxBytes: 10 })).resolves.toEqual({ ok: true, value: { cancelled: true } });
  });

  it('refuses a file above maxBytes with the same message as the desktop', async () => {
    nextPickerAnswers(new File([new Uint8Array(3 * 1024 * 1024)], 'big.csv'));
    await expect(api().openFile({ filters: [], maxBytes: 1024 * 1024 })).resolves.toEqual({
      ok: false,
      error: 'The file is 3 MB, more than the 1 MB this import accepts',
    });
  });

  it("prints through the browser's print dialog, proposing the suggested name, and says so", async () => {
    document.title = 'Lastmile';
    const titles: string[] = [];
    const print = vi.fn(() => titles.push(document.title));
    await expect(api({ print }).printToPdf({ suggestedName: 'Board pack.pdf' })).resolves.toEqual({ ok: true, value: { saved: false, printDialog: true } });
    expect(titles).toEqual(['Board pack']);
    expect(document.title).toBe('Lastmile');
  });

  it('opens https links in a new tab without opener, and refuses others', async () => {
    const open = vi.fn(() => ({}) as Window);
    await expect(api({ open }).openExternal('https://example.com/')).resolves.toEqual({ ok: true, value: { opened: true } });
    expect(open).toHaveBeenCalledWith('https://example.com/', '_blank', 'noopener,noreferrer');
    await expect(api({ open }).openExternal('javascript:alert(1)')).resolves.toMatchObject({ ok: false });
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('validates arguments like the desktop host', async () => {
    await expect(api().saveFile({ suggestedName: '../x', filters: [], data: 'x' })).resolves.toMatchObject({ ok: false });
    await expect(api().readBackup('../../x')).resolves.toMatchObject({ ok: false });
  });

  it('has no native menu or OS file hand-over: subscriptions are accepted and never fire', () => {
    const listener = vi.fn();
    const unsubscribe = api().onMenuCommand(listener);
    expect(typeof unsubscribe).toBe('function');
    unsubscribe();
    api().openFileRequested(listener)();
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('browser host backups (separate IndexedDB database)', () => {
  it('writes, lists newest first and reads back exactly', async () => {
    const host = api();
    const a = await host.writeBackup({ workspaceId: 'ws-1', name: 'Acme', data: '{"v":1}' });
    await new Promise((r) => setTimeout(r, 2));
    const b = await host.writeBackup({ workspaceId: 'ws-1', name: 'Acme', data: '{"v":2}' });
    if (!a.ok || !b.ok) throw new Error('write failed');
    expect(await host.listBackups()).toEqual({ ok: true, value: [b.value, a.value] });
    expect(await host.readBackup(a.value.id)).toEqual({ ok: true, value: { entry: a.value, data: '{"v":1}' } });
  });

  it('applies the retention rule (3 today per workspace)', async () => {
    const host = api();
    for (let i = 0; i < 5; i += 1) {
      await host.writeBackup({ workspaceId: 'ws-1', name: 'Acme', data: `{"i":${i}}` });
      await new Promise((r) => setTimeout(r, 2));
    }
    const listed = await host.listBackups();
    if (!listed.ok) throw new Error(listed.error);
    expect(listed.value).toHaveLength(3);
    const newest = await host.readBackup(listed.value[0]!.id);
    expect(newest).toMatchObject({ ok: true, value: { data: '{"i":4}' } });
  });

  it('refuses non-JSON data and reports a missing backup', async () => {
    const host = api();
    await expect(host.writeBackup({ workspaceId: 'w', name: 'x', data: '{' })).resolves.toMatchObject({ ok: false, error: expect.stringContaining('not valid JSON') });
    await expect(host.readBackup('d3M.20261125T082741123Z')).resolves.toEqual({ ok: false, error: 'This backup no longer exists' });
  });

  it('says plainly when the browser has no IndexedDB', async () => {
    await expect(api({ indexedDB: undefined }).listBackups()).resolves.toEqual({
      ok: false,
      error: 'Backups need IndexedDB, which this browser does not offer (private mode?)',
    });
  });
});

describe('getApi', () => {
  afterEach(() => {
    Reflect.deleteProperty(window, 'lastmile');
    vi.resetModules();
  });

  it('uses the preload API inside the desktop window', async () => {
    const desktop = { host: 'desktop' } as LastmileApi;
    Object.defineProperty(window, 'lastmile', { value: desktop, configurable: true });
    const { getApi } = await import('@renderer/api');
    expect(getApi()).toBe(desktop);
  });

  it('falls back to the browser implementation in a plain browser', async () => {
    const { getApi } = await import('@renderer/api');
    expect(getApi().host).toBe('browser');
    expect(getApi()).toBe(getApi());
  });
});

describe('file input accept attribute', () => {
  it('lists each extension once, lower case, with a dot', () => {
    expect(acceptAttribute([{ name: 'CSV', extensions: ['csv', 'CSV'] }, { name: 'Text', extensions: ['txt'] }])).toBe('.csv,.txt');
  });
});
