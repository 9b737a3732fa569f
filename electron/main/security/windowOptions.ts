import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import { PRODUCT_NAME } from '../constants';

export interface Bounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

/**
 * The renderer's web preferences: isolated, sandboxed, no Node, web security on, no webviews,
 * no experimental or Blink features, no navigation by dropping a file onto the window.
 */
export function secureWebPreferences(preloadPath: string, devTools: boolean): WebPreferences {
  return {
    preload: preloadPath,
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
    safeDialogs: true,
    spellcheck: false,
    devTools,
  };
}

/** Options of the one main window; hidden until the first paint so nothing flashes. */
export function mainWindowOptions(options: {
  preloadPath: string;
  bounds: Bounds;
  devTools: boolean;
  iconPath?: string;
}): BrowserWindowConstructorOptions {
  return {
    ...options.bounds,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: PRODUCT_NAME,
    backgroundColor: '#ffffff',
    ...(options.iconPath === undefined ? {} : { icon: options.iconPath }),
    webPreferences: secureWebPreferences(options.preloadPath, options.devTools),
  };
}
