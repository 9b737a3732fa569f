import {
  eventContract,
  createEventHub,
  fail,
  formatIssues,
  invokeContract,
  type EventName,
  type EventPayload,
  type InvokeApi,
  type InvokeMethod,
  type LastmileApi,
  type Result,
} from '@shared/ipc';

/** The parts of ipcRenderer the preload uses (the real one, or a stand-in in tests). */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

export const NO_USER_ACTIVATION_ERROR = 'Links open only when you click them';

function isResult(value: unknown): value is Result<unknown> {
  return typeof value === 'object' && value !== null && 'ok' in value && typeof (value as { ok: unknown }).ok === 'boolean';
}

/** One method of the API: checks the arguments here too (early, plain message), then asks main. */
function invoker<M extends InvokeMethod>(ipc: IpcRendererLike, method: M): InvokeApi[M] {
  const { channel, args: argsSchema } = invokeContract[method];
  const call = async (...args: unknown[]): Promise<Result<unknown>> => {
    const parsed = argsSchema.safeParse(args);
    if (!parsed.success) return fail(`Invalid request: ${formatIssues(parsed.error.issues)}`);
    try {
      const answer = await ipc.invoke(channel, ...args);
      return isResult(answer) ? answer : fail('The desktop app gave an unexpected answer');
    } catch {
      return fail('The desktop app did not answer');
    }
  };
  return call as unknown as InvokeApi[M];
}

function listen<E extends EventName>(ipc: IpcRendererLike, name: E, buffer: boolean) {
  const hub = createEventHub<EventPayload<E>>({ buffer });
  const { channel, payload: schema } = eventContract[name];
  ipc.on(channel, (_event, payload) => {
    const parsed = schema.safeParse(payload);
    if (parsed.success) hub.emit(parsed.data as EventPayload<E>);
  });
  return hub;
}

/**
 * The API object the preload exposes as `window.lastmile`, built from the contract. The page gets
 * functions only: no ipcRenderer, no Electron objects, no way to name a channel.
 * `hasUserActivation` reads the page's user activation (a click in progress), required by openExternal.
 */
export function buildPreloadApi(ipc: IpcRendererLike, hasUserActivation: () => boolean): LastmileApi {
  const menuCommands = listen(ipc, 'menuCommand', false);
  const openFiles = listen(ipc, 'openFileRequested', true);
  const openExternal = invoker(ipc, 'openExternal');

  return {
    host: 'desktop',
    getAppInfo: invoker(ipc, 'getAppInfo'),
    saveFile: invoker(ipc, 'saveFile'),
    openFile: invoker(ipc, 'openFile'),
    printToPdf: invoker(ipc, 'printToPdf'),
    writeBackup: invoker(ipc, 'writeBackup'),
    listBackups: invoker(ipc, 'listBackups'),
    readBackup: invoker(ipc, 'readBackup'),
    openExternal: async (url) => (hasUserActivation() ? openExternal(url) : fail(NO_USER_ACTIVATION_ERROR)),
    openPresenterView: invoker(ipc, 'openPresenterView'),
    votingStart: invoker(ipc, 'votingStart'),
    votingStop: invoker(ipc, 'votingStop'),
    votingTake: invoker(ipc, 'votingTake'),
    votingReveal: invoker(ipc, 'votingReveal'),
    onMenuCommand: (listener) => menuCommands.subscribe(listener),
    openFileRequested: (listener) => openFiles.subscribe(listener),
  } satisfies LastmileApi;
}
