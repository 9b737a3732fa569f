/**
 * Names that must never change after release: IndexedDB data is keyed by the origin and by the
 * userData folder, so changing either would orphan every user's workspaces.
 */
export const PRODUCT_NAME = 'Lastmile';
/** Also electron-builder's appId (Windows AppUserModelID, macOS bundle id). */
export const APP_ID = 'app.lastmile.desktop';
export const APP_SCHEME = 'app';
export const APP_HOST = 'lastmile';
/** The renderer's origin: `app://lastmile`. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Largest workspace file opened from the OS (double-click, recent files): the import's own limit. */
// A relative path: `npm run web` loads this file through Vite's module runner without the @shared alias.
export { WORKSPACE_FILE_MAX_BYTES as MAX_WORKSPACE_FILE_BYTES } from '../../shared/export/fileLimits';

/** Where userData lives: `<appData>/Lastmile` whatever the package name or the launch method. */
export function userDataPath(appDataDir: string, join: (...parts: string[]) => string): string {
  return join(appDataDir, PRODUCT_NAME);
}
