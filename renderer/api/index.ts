import type { LastmileApi } from '@shared/ipc';
import { createBrowserApi } from './browserApi';

export type * from '@shared/ipc';

declare global {
  interface Window {
    /** Exposed by the desktop app's preload; absent in a plain browser. */
    readonly lastmile?: LastmileApi;
  }
}

let api: LastmileApi | null = null;

/**
 * The one way the renderer reaches its host: the desktop API exposed by the preload when running in
 * Lastmile's window, otherwise the browser implementation. Same type, same Results, both hosts.
 */
export function getApi(): LastmileApi {
  api ??= window.lastmile ?? createBrowserApi({ window, document, indexedDB: globalThis.indexedDB });
  return api;
}
