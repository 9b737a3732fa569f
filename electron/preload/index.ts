import { contextBridge, ipcRenderer } from 'electron';
import { buildPreloadApi } from './buildApi';

/** Sandboxed preload (built as CommonJS): exposes the typed API, and nothing else, as `window.lastmile`. */
const hasUserActivation = (): boolean =>
  (globalThis as { navigator?: { userActivation?: { isActive: boolean } } }).navigator?.userActivation?.isActive === true;

contextBridge.exposeInMainWorld('lastmile', buildPreloadApi(ipcRenderer, hasUserActivation));
