import type { IpcMainInvokeEvent, WebContents } from 'electron';
import type { IpcHandlers, IpcMainLike } from '../../../electron/main/ipc/registerIpc';

/** Hand-made stand-ins for Electron objects (the Electron binary is not available in unit tests). */

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

export class FakeIpcMain implements IpcMainLike {
  readonly listeners = new Map<string, Listener>();
  handle(channel: string, listener: Listener): void {
    if (this.listeners.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.listeners.set(channel, listener);
  }
  invoke(channel: string, event: IpcMainInvokeEvent, ...args: unknown[]): Promise<unknown> {
    const listener = this.listeners.get(channel);
    if (listener === undefined) throw new Error(`No handler registered for '${channel}'`);
    return listener(event, ...args);
  }
}

export interface FakeSender {
  id: number;
  printed: unknown[];
  printToPDF(options: unknown): Promise<Buffer>;
}

export function fakeSender(id = 1): FakeSender {
  return {
    id,
    printed: [],
    async printToPDF(options) {
      this.printed.push(options);
      return Buffer.from('%PDF-1.7 fake');
    },
  };
}

export function invokeEvent(sender: FakeSender, url = 'app://lastmile/index.html', parent: unknown = null): IpcMainInvokeEvent {
  return { sender, senderFrame: { url, parent } } as unknown as IpcMainInvokeEvent;
}

export function asWebContents(sender: FakeSender): WebContents {
  return sender as unknown as WebContents;
}

const unused = (name: string) => () => {
  throw new Error(`${name} is not used in this test`);
};

/** Handlers that fail loudly unless a test provides the one it exercises. */
export function stubHandlers(overrides: Partial<IpcHandlers> = {}): IpcHandlers {
  return {
    getAppInfo: () => ({ name: 'Lastmile', version: '0.1.0', platform: 'linux', host: 'desktop' }),
    saveFile: unused('saveFile'),
    openFile: unused('openFile'),
    printToPdf: unused('printToPdf'),
    writeBackup: unused('writeBackup'),
    listBackups: unused('listBackups'),
    readBackup: unused('readBackup'),
    openExternal: unused('openExternal'),
    openPresenterView: unused('openPresenterView'),
    votingStart: unused('votingStart'),
    votingStop: unused('votingStop'),
    votingTake: unused('votingTake'),
    votingReveal: unused('votingReveal'),
    ...overrides,
  };
}
