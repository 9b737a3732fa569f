import type { BrowserWindow, BrowserWindowConstructorOptions, Session, WebContents } from 'electron';

/** Stand-ins for Session, WebContents and BrowserWindow that record what the hardening code sets. */

type AnyListener = (...args: unknown[]) => unknown;

export class FakeSession {
  permissionRequest: ((...args: unknown[]) => void) | null = null;
  permissionCheck: ((...args: unknown[]) => boolean) | null = null;
  devicePermission: ((...args: unknown[]) => boolean) | null = null;
  beforeRequest: { filter: { urls: string[] }; listener: (details: unknown, callback: (response: { cancel: boolean }) => void) => void } | null = null;
  readonly listeners = new Map<string, AnyListener>();
  readonly webRequest = {
    onBeforeRequest: (filter: { urls: string[] }, listener: (details: unknown, callback: (response: { cancel: boolean }) => void) => void) => {
      this.beforeRequest = { filter, listener };
    },
  };
  setPermissionRequestHandler(handler: (...args: unknown[]) => void): void {
    this.permissionRequest = handler;
  }
  setPermissionCheckHandler(handler: (...args: unknown[]) => boolean): void {
    this.permissionCheck = handler;
  }
  setDevicePermissionHandler(handler: (...args: unknown[]) => boolean): void {
    this.devicePermission = handler;
  }
  on(event: string, listener: AnyListener): this {
    this.listeners.set(event, listener);
    return this;
  }
  /** Asks the request handler like Chromium does and returns its answer. */
  request(permission: string, requestingUrl: string, isMainFrame = true): boolean {
    let granted: boolean | null = null;
    this.permissionRequest?.({}, permission, (answer: boolean) => (granted = answer), { requestingUrl, isMainFrame });
    if (granted === null) throw new Error('the permission request was never answered');
    return granted;
  }
  check(permission: string, requestingOrigin: string, isMainFrame = true): boolean {
    return this.permissionCheck?.(null, permission, requestingOrigin, { isMainFrame, requestingUrl: requestingOrigin }) ?? true;
  }
  asSession(): Session {
    return this as unknown as Session;
  }
}

export interface NavigationEvent {
  url: string;
  prevented: boolean;
  preventDefault(): void;
}

export function navigationEvent(url: string): NavigationEvent {
  return {
    url,
    prevented: false,
    preventDefault() {
      this.prevented = true;
    },
  };
}

export class FakeWebContents {
  readonly id: number;
  readonly listeners = new Map<string, AnyListener[]>();
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  constructor(id = 1) {
    this.id = id;
  }
  on(event: string, listener: AnyListener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
  /** Fires a navigation event and says whether it was refused. */
  navigate(event: 'will-navigate' | 'will-frame-navigate' | 'will-redirect', url: string): boolean {
    const e = navigationEvent(url);
    this.emit(event, e, url);
    return e.prevented;
  }
  asWebContents(): WebContents {
    return this as unknown as WebContents;
  }
}

export class FakeBrowserWindow {
  static created: FakeBrowserWindow[] = [];
  readonly options: BrowserWindowConstructorOptions;
  readonly webContents = new FakeWebContents(42);
  readonly listeners = new Map<string, AnyListener[]>();
  loadedUrl: string | null = null;
  maximized = false;
  shown = false;
  constructor(options: BrowserWindowConstructorOptions) {
    this.options = options;
    FakeBrowserWindow.created.push(this);
  }
  on(event: string, listener: AnyListener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: AnyListener): this {
    return this.on(event, listener);
  }
  emit(event: string): void {
    for (const listener of this.listeners.get(event) ?? []) listener();
  }
  async loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
  }
  maximize(): void {
    this.maximized = true;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  show(): void {
    this.shown = true;
  }
  getNormalBounds() {
    return { x: 10, y: 20, width: 1200, height: 800 };
  }
}

export const FakeWindowConstructor = FakeBrowserWindow as unknown as new (options: BrowserWindowConstructorOptions) => BrowserWindow;
