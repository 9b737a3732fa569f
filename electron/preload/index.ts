import { contextBridge, ipcRenderer } from 'electron';
import { z } from 'zod';
import { buildPreloadApi } from './buildApi';

/** Sandboxed preload (built as CommonJS): exposes the typed API, and nothing else, as `window.lastmile`. */

// zod compiles fast parsers with `new Function`; the preload needs no eval of any kind.
z.config({ jitless: true });

const hasUserActivation = (): boolean =>
  (globalThis as { navigator?: { userActivation?: { isActive: boolean } } }).navigator?.userActivation?.isActive === true;

contextBridge.exposeInMainWorld('lastmile', buildPreloadApi(ipcRenderer, hasUserActivation));
