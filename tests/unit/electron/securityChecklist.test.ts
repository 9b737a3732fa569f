import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { FuseV1Options } from '@electron/fuses';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { INVOKE_METHODS } from '@shared/ipc';
import { fuseConfig } from '../../../build/fuses.mjs';
import { registerIpc, UNTRUSTED_SENDER_ERROR } from '../../../electron/main/ipc/registerIpc';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from '../../../electron/main/protocol/appProtocol';
import { contentSecurityPolicy } from '../../../electron/main/security/csp';
import { hardenSession, hardenWebContents } from '../../../electron/main/security/hardening';
import { isTrustedSender } from '../../../electron/main/security/policies';
import { createMainWindow } from '../../../electron/main/window/mainWindow';
import { buildPreloadApi } from '../../../electron/preload/buildApi';
import { FakeIpcMain, fakeSender, invokeEvent, stubHandlers } from './fakes';
import { FakeBrowserWindow, FakeSession, FakeWebContents, FakeWindowConstructor } from './hardeningFakes';

/**
 * One test per item of Electron's security checklist
 * (https://www.electronjs.org/docs/latest/tutorial/security#checklist-security-recommendations),
 * run against the real main-process code with stand-ins for Electron's objects.
 */

const root = path.resolve(import.meta.dirname, '../../..');

function openMainWindow(): FakeBrowserWindow {
  FakeBrowserWindow.created = [];
  createMainWindow({
    BrowserWindow: FakeWindowConstructor,
    preloadPath: '/app/out/preload/index.cjs',
    state: { bounds: { x: 0, y: 0, width: 1280, height: 820 }, maximized: false },
    devTools: false,
    saveState: () => undefined,
    onReady: () => undefined,
  });
  const [window] = FakeBrowserWindow.created;
  if (window === undefined) throw new Error('no window created');
  return window;
}

let window: FakeBrowserWindow;
let prefs: NonNullable<FakeBrowserWindow['options']['webPreferences']>;
let session: FakeSession;
let contents: FakeWebContents;

beforeEach(() => {
  window = openMainWindow();
  prefs = window.options.webPreferences ?? {};
  session = new FakeSession();
  hardenSession(session.asSession());
  contents = new FakeWebContents();
  hardenWebContents(contents.asWebContents());
});

describe("Electron's security checklist", () => {
  it('1. only loads secure content: our app:// origin, and the session cancels every network request', () => {
    expect(window.loadedUrl).toBe('app://lastmile/index.html');
    expect(session.beforeRequest?.filter.urls).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']));
    const callback = vi.fn();
    session.beforeRequest?.listener({ url: 'https://cdn.example.com/x.js' }, callback);
    expect(callback).toHaveBeenCalledWith({ cancel: true });
  });

  it('2. does not enable Node.js integration (page, workers, subframes)', () => {
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('3. enables context isolation', () => {
    expect(prefs.contextIsolation).toBe(true);
  });

  it('4. enables process sandboxing (window option, app-wide switch, CommonJS preload that a sandbox can load)', async () => {
    expect(prefs.sandbox).toBe(true);
    expect(readFileSync(path.join(root, 'electron/main/index.ts'), 'utf8')).toMatch(/^app\.enableSandbox\(\);$/m);
    expect(prefs.preload).toMatch(/index\.cjs$/);
    const { default: config } = await import('../../../electron.vite.config');
    const preload = (config as { preload: { build: { rolldownOptions: { output: { format: string; entryFileNames: string } } } } }).preload;
    expect(preload.build.rolldownOptions.output).toMatchObject({ format: 'cjs', entryFileNames: '[name].cjs' });
  });

  it('5. handles permission requests: refuses everything but fullscreen/clipboard-write/persistent storage to our page', () => {
    expect(session.request('media', 'app://lastmile/index.html')).toBe(false);
    expect(session.request('geolocation', 'app://lastmile/index.html')).toBe(false);
    expect(session.request('notifications', 'https://evil.example/')).toBe(false);
    expect(session.request('fullscreen', 'https://evil.example/')).toBe(false);
    expect(session.request('fullscreen', 'app://lastmile/index.html')).toBe(true);
    expect(session.check('media', 'app://lastmile')).toBe(false);
    expect(session.check('clipboard-sanitized-write', 'app://lastmile/')).toBe(true);
    expect(session.devicePermission?.({ deviceType: 'usb' })).toBe(false);
  });

  it('6. does not disable webSecurity', () => {
    expect(prefs.webSecurity).toBe(true);
  });

  it('7. defines a Content-Security-Policy on every response of our origin', async () => {
    const handler = createAppProtocolHandler({ root: '/nowhere', csp: contentSecurityPolicy(), path, readFile: (p) => readFile(p) });
    const response = await handler(new Request('app://lastmile/missing.js'));
    expect(response.headers.get('content-security-policy')).toMatch(/^default-src 'self'; /);
  });

  it('8. does not enable allowRunningInsecureContent', () => {
    expect(prefs.allowRunningInsecureContent).toBe(false);
  });

  it('9. does not enable experimental features', () => {
    expect(prefs.experimentalFeatures).toBe(false);
  });

  it('10. does not use enableBlinkFeatures', () => {
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
  });

  it('11. <webview>: no webview tag at all, so no allowpopups', () => {
    expect(prefs.webviewTag).toBe(false);
  });

  it('12. <webview>: any attempt to attach one is refused', () => {
    const event = { defaultPrevented: false, preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, { preload: '/tmp/evil.js', nodeIntegration: true }, { src: 'https://evil.example/' });
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('13. limits navigation to our own origin (page, frames, redirects)', () => {
    expect(contents.navigate('will-navigate', 'https://evil.example/phish')).toBe(true);
    expect(contents.navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.navigate('will-frame-navigate', 'https://evil.example/')).toBe(true);
    expect(contents.navigate('will-redirect', 'http://127.0.0.1:8080/')).toBe(true);
    expect(contents.navigate('will-navigate', 'app://lastmile/index.html')).toBe(false);
  });

  it('14. refuses the creation of new windows', () => {
    for (const url of ['https://example.com/', 'app://lastmile/index.html', 'about:blank']) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    }
  });

  it('15. does not use shell.openExternal with untrusted content: https only, on a click, from our window', async () => {
    const ipcMain = new FakeIpcMain();
    const opened: string[] = [];
    registerIpc(ipcMain, stubHandlers({ openExternal: (_c, url) => (opened.push(url), { opened: true }) }), (e) => isTrustedSender(e, 1), () => undefined);
    const ours = invokeEvent(fakeSender(1));
    await expect(ipcMain.invoke('shell:open-external', ours, 'file:///C:/Windows/System32/calc.exe')).resolves.toMatchObject({ ok: false });
    await expect(ipcMain.invoke('shell:open-external', ours, 'smb://attacker/share')).resolves.toMatchObject({ ok: false });
    await expect(ipcMain.invoke('shell:open-external', ours, 'https://example.com/')).resolves.toEqual({ ok: true, value: { opened: true } });
    expect(opened).toEqual(['https://example.com/']);
    const idle = buildPreloadApi({ invoke: vi.fn(), on: vi.fn() }, () => false);
    await expect(idle.openExternal('https://example.com/')).resolves.toMatchObject({ ok: false });
  });

  it('16. uses a current version of Electron (45 or later, the current major when written)', () => {
    const installed = JSON.parse(readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string };
    expect(Number(installed.version.split('.')[0])).toBeGreaterThanOrEqual(45);
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    expect(pkg.devDependencies.electron).toMatch(/^\^4[5-9]\.|^\^[5-9]\d\./);
  });

  it('17. validates the sender of every IPC message', async () => {
    const ipcMain = new FakeIpcMain();
    registerIpc(ipcMain, stubHandlers(), (e) => isTrustedSender(e, 1), () => undefined);
    const stranger = invokeEvent(fakeSender(2), 'https://evil.example/');
    for (const channel of ipcMain.listeners.keys()) {
      await expect(ipcMain.invoke(channel, stranger)).resolves.toEqual({ ok: false, error: UNTRUSTED_SENDER_ERROR });
    }
    expect(ipcMain.listeners.size).toBe(INVOKE_METHODS.length);
  });

  it('18. avoids file:// and uses a custom protocol (standard + secure, no CSP bypass)', () => {
    expect(window.loadedUrl?.startsWith('file:')).toBe(false);
    expect(APP_SCHEME_PRIVILEGES[0]?.privileges).toMatchObject({ standard: true, secure: true });
    expect(APP_SCHEME_PRIVILEGES[0]?.privileges?.bypassCSP).toBeUndefined();
    expect(fuseConfig('linux')[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
  });

  it('19. flips the fuses that can be changed', () => {
    const fuses = fuseConfig('win32');
    expect(fuses[FuseV1Options.RunAsNode]).toBe(false);
    expect(fuses[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(fuses[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(fuses[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(fuses[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(fuses[FuseV1Options.EnableCookieEncryption]).toBe(true);
  });

  it('20. does not expose Electron APIs to the page: one object of plain functions via contextBridge', () => {
    const preloadSource = readFileSync(path.join(root, 'electron/preload/index.ts'), 'utf8');
    expect(preloadSource.match(/exposeInMainWorld\(/g)).toHaveLength(1);
    const fakeIpc = { invoke: vi.fn(), on: vi.fn() };
    const api = buildPreloadApi(fakeIpc, () => true);
    for (const value of Object.values(api)) expect(['function', 'string']).toContain(typeof value);
    expect(Object.values(api)).not.toContain(fakeIpc);
    expect(Object.values(api)).not.toContain(fakeIpc.invoke);
  });
});

describe('window hardening details', () => {
  it('hides developer tools in packaged builds and blocks file drops from navigating', () => {
    expect(prefs.devTools).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
  });

  it('refuses downloads the page starts on its own (files leave through the save dialog)', () => {
    const event = { preventDefault: vi.fn() };
    session.listeners.get('will-download')?.(event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('remembers the normal bounds when the window closes', () => {
    const saved: unknown[] = [];
    FakeBrowserWindow.created = [];
    createMainWindow({
      BrowserWindow: FakeWindowConstructor,
      preloadPath: '/p.cjs',
      state: { bounds: { x: 5, y: 5, width: 1000, height: 700 }, maximized: true },
      devTools: true,
      saveState: (s) => saved.push(s),
      onReady: () => undefined,
    });
    const created = FakeBrowserWindow.created[0];
    expect(created?.maximized).toBe(true);
    created?.emit('close');
    expect(saved).toEqual([{ bounds: { x: 10, y: 20, width: 1200, height: 800 }, maximized: true }]);
    expect(created?.shown).toBe(false);
    created?.emit('ready-to-show');
    expect(created?.shown).toBe(true);
  });
});
