import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { APP_ENTRY_URL, PRODUCT_NAME } from '../constants';
import { mainWindowOptions, type Bounds } from '../security/windowOptions';
import type { WindowConstructor } from './mainWindow';

/** Size the presenter view opens at (on the laptop's screen, beside the projector's picture). */
export const PRESENTER_SIZE = { width: 1100, height: 720 };

/**
 * Options of the presenter view: the main window's options (the same hardened web preferences: isolated, sandboxed, no
 * Node, web security on, the same preload), with its own title and a smaller minimum size. The page it loads is our
 * own origin; it is not the trusted IPC sender (main trusts the main window only), and it needs no IPC: it keeps in
 * step with the presentation through a BroadcastChannel of the same origin.
 */
export function presenterWindowOptions(options: { preloadPath: string; bounds: Bounds; devTools: boolean; iconPath?: string }): BrowserWindowConstructorOptions {
  return { ...mainWindowOptions(options), minWidth: 640, minHeight: 420, title: `${PRODUCT_NAME}: presenter view` };
}

/** The address of a workspace's presenter view (the renderer's route #/w/<id>/presenter). */
export function presenterUrl(workspaceId: string): string {
  return `${APP_ENTRY_URL}#/w/${encodeURIComponent(workspaceId)}/presenter`;
}

export interface PresenterWindowDeps {
  BrowserWindow: WindowConstructor;
  preloadPath: string;
  devTools: boolean;
  iconPath?: string;
  /** Where to open it: centred on the work area of the display the main window is on. */
  workArea(): Bounds;
}

export interface PresenterWindows {
  /** Opens the presenter view of a workspace (or shows the one already open, at that workspace). */
  open(workspaceId: string): void;
  close(): void;
}

/** Bounds of the presenter view, centred in a work area and no larger than it. */
export function presenterBounds(area: Bounds): Bounds {
  const width = Math.min(PRESENTER_SIZE.width, area.width);
  const height = Math.min(PRESENTER_SIZE.height, area.height);
  return { x: Math.round((area.x ?? 0) + (area.width - width) / 2), y: Math.round((area.y ?? 0) + (area.height - height) / 2), width, height };
}

/** At most one presenter view at a time; closed with the main window. */
export function createPresenterWindows(deps: PresenterWindowDeps): PresenterWindows {
  let window: BrowserWindow | null = null;
  return {
    open(workspaceId) {
      const url = presenterUrl(workspaceId);
      if (window !== null && !window.isDestroyed()) {
        if (window.webContents.getURL() !== url) void window.loadURL(url);
        window.show();
        window.focus();
        return;
      }
      const created = new deps.BrowserWindow(
        presenterWindowOptions({
          preloadPath: deps.preloadPath,
          bounds: presenterBounds(deps.workArea()),
          devTools: deps.devTools,
          ...(deps.iconPath === undefined ? {} : { iconPath: deps.iconPath }),
        }),
      );
      window = created;
      created.once('ready-to-show', () => created.show());
      created.on('closed', () => {
        if (window === created) window = null;
      });
      void created.loadURL(url);
    },
    close() {
      if (window !== null && !window.isDestroyed()) window.close();
      window = null;
    },
  };
}
