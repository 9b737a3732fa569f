import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { invokeContract } from '@shared/ipc';
import { createIpcHandlers, type HandlerDeps } from '../../../electron/main/ipc/handlers';
import { isAllowedNavigation } from '../../../electron/main/security/policies';
import { mainWindowOptions } from '../../../electron/main/security/windowOptions';
import type { WindowConstructor } from '../../../electron/main/window/mainWindow';
import { createPresenterWindows, presenterBounds, presenterUrl, presenterWindowOptions } from '../../../electron/main/window/presenterWindow';

const bounds = { x: 0, y: 0, width: 1100, height: 720 };

describe('presenter view window: hardened exactly like the main window', () => {
  it('has the main window’s web preferences: isolated, sandboxed, no Node, web security on, no webviews, the same preload', () => {
    for (const devTools of [false, true]) {
      const options = presenterWindowOptions({ preloadPath: '/app/preload/index.cjs', bounds, devTools });
      const main = mainWindowOptions({ preloadPath: '/app/preload/index.cjs', bounds, devTools });
      expect(options.webPreferences).toEqual(main.webPreferences);
      expect(options.webPreferences).toMatchObject({
        preload: '/app/preload/index.cjs',
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        webviewTag: false,
        navigateOnDragDrop: false,
        devTools,
      });
      expect(options.show).toBe(false); // shown at its first paint
      expect(options.title).toBe('Lastmile: presenter view');
    }
  });

  it('loads only our own origin, with the workspace id kept inside the route (encoded)', () => {
    expect(presenterUrl('ws-1')).toBe('app://lastmile/index.html#/w/ws-1/presenter');
    const hostile = presenterUrl('../../x?y#z/present');
    expect(isAllowedNavigation(hostile)).toBe(true);
    expect(new URL(hostile).pathname).toBe('/index.html');
    expect(new URL(hostile).hash).toBe('#/w/..%2F..%2Fx%3Fy%23z%2Fpresent/presenter');
  });

  it('opens centred on the main window’s display, never larger than it', () => {
    expect(presenterBounds({ x: 1920, y: 0, width: 1920, height: 1080 })).toEqual({ x: 2330, y: 180, width: 1100, height: 720 });
    expect(presenterBounds({ x: 0, y: 0, width: 1024, height: 600 })).toEqual({ x: 0, y: 0, width: 1024, height: 600 });
  });
});

class FakeWindow {
  static made: FakeWindow[] = [];
  url = '';
  closed = false;
  shown = 0;
  handlers = new Map<string, () => void>();
  webContents = { getURL: () => this.url };
  constructor(public options: BrowserWindowConstructorOptions) {
    FakeWindow.made.push(this);
  }
  loadURL(url: string) {
    this.url = url;
    return Promise.resolve();
  }
  once(event: string, f: () => void) {
    this.handlers.set(event, f);
  }
  on(event: string, f: () => void) {
    this.handlers.set(event, f);
  }
  show() {
    this.shown++;
  }
  focus() {}
  isDestroyed() {
    return this.closed;
  }
  close() {
    this.closed = true;
    this.handlers.get('closed')?.();
  }
}

describe('presenter view windows', () => {
  it('opens one window at the workspace’s presenter view; a second request shows that one at the new workspace; closes with the main window', () => {
    FakeWindow.made = [];
    const windows = createPresenterWindows({ BrowserWindow: FakeWindow as unknown as WindowConstructor, preloadPath: '/p.cjs', devTools: false, workArea: () => ({ x: 0, y: 0, width: 1920, height: 1080 }) });
    windows.open('a');
    expect(FakeWindow.made).toHaveLength(1);
    const [first] = FakeWindow.made as [FakeWindow];
    expect(first.url).toBe(presenterUrl('a'));
    expect(first.options.webPreferences).toEqual(mainWindowOptions({ preloadPath: '/p.cjs', bounds, devTools: false }).webPreferences);
    first.handlers.get('ready-to-show')?.();
    expect(first.shown).toBe(1);
    windows.open('b');
    expect(FakeWindow.made).toHaveLength(1);
    expect(first.url).toBe(presenterUrl('b'));
    windows.close();
    expect(first.closed).toBe(true);
    windows.open('b');
    expect(FakeWindow.made).toHaveLength(2);
  });

  it('the IPC method validates its request and asks main to open the window', async () => {
    const open = vi.fn();
    const handlers = createIpcHandlers({ openPresenterView: open } as unknown as HandlerDeps);
    await expect(Promise.resolve(handlers.openPresenterView({ sender: {} as BrowserWindow['webContents'] }, { workspaceId: 'w1' }))).resolves.toEqual({ opened: true });
    expect(open).toHaveBeenCalledWith('w1');
    const args = invokeContract.openPresenterView.args;
    expect(args.safeParse([{ workspaceId: 'w1' }]).success).toBe(true);
    expect(args.safeParse([{ workspaceId: '' }]).success).toBe(false);
    expect(args.safeParse([{ workspaceId: 'w1', url: 'https://example.com' }]).success).toBe(false);
    expect(args.safeParse([{ workspaceId: 'x'.repeat(101) }]).success).toBe(false);
  });
});
