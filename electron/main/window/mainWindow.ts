import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { APP_ENTRY_URL } from '../constants';
import { mainWindowOptions } from '../security/windowOptions';
import type { WindowState } from './windowState';

/** The BrowserWindow constructor (the real one, or a stand-in in tests). */
export type WindowConstructor = new (options: BrowserWindowConstructorOptions) => BrowserWindow;

export interface MainWindowDeps {
  BrowserWindow: WindowConstructor;
  preloadPath: string;
  state: WindowState;
  devTools: boolean;
  iconPath?: string;
  /** Called with the bounds to remember when the window closes. */
  saveState(state: WindowState): void;
  /** Called once the page has loaded: events queued for the renderer may go now. */
  onReady(window: BrowserWindow): void;
  /**
   * The page holds unsaved edits and asks to stay (beforeunload): true = leave anyway. Without it, Electron
   * would silently keep the window open when the user closes or reloads it.
   */
  confirmLeave?(window: BrowserWindow): boolean;
}

/** Creates the one window, with the hardened options, at our origin; remembers its bounds on close. */
export function createMainWindow(deps: MainWindowDeps): BrowserWindow {
  const options = mainWindowOptions({
    preloadPath: deps.preloadPath,
    bounds: deps.state.bounds,
    devTools: deps.devTools,
    ...(deps.iconPath === undefined ? {} : { iconPath: deps.iconPath }),
  });
  const window = new deps.BrowserWindow(options);
  if (deps.state.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.webContents.on('did-finish-load', () => deps.onReady(window));
  window.webContents.on('will-prevent-unload', (event) => {
    if (deps.confirmLeave?.(window)) event.preventDefault();
  });
  window.on('close', () => {
    const bounds = window.getNormalBounds();
    deps.saveState({ bounds, maximized: window.isMaximized() });
  });
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
