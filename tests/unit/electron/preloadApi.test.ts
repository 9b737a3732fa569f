import { describe, expect, it, vi } from 'vitest';
import { createEventHub, eventContract, INVOKE_METHODS, invokeContract } from '@shared/ipc';
import { buildPreloadApi, NO_USER_ACTIVATION_ERROR, type IpcRendererLike } from '../../../electron/preload/buildApi';

class FakeIpcRenderer implements IpcRendererLike {
  readonly calls: unknown[][] = [];
  readonly listeners = new Map<string, (event: unknown, ...args: unknown[]) => void>();
  answer: (channel: string, args: unknown[]) => Promise<unknown> = async () => ({ ok: true, value: null });
  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.calls.push([channel, ...args]);
    return this.answer(channel, args);
  }
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): this {
    this.listeners.set(channel, listener);
    return this;
  }
  emit(channel: string, payload: unknown): void {
    this.listeners.get(channel)?.({}, payload);
  }
}

const setup = (activation = true) => {
  const ipc = new FakeIpcRenderer();
  const api = buildPreloadApi(ipc, () => activation);
  return { ipc, api };
};

describe('the preload API (window.lastmile)', () => {
  it('exposes the contract methods, the two event subscriptions and the host, and nothing else', () => {
    const { api } = setup();
    expect(Object.keys(api).sort()).toEqual([...INVOKE_METHODS, 'host', 'onMenuCommand', 'openFileRequested'].sort());
    expect(api.host).toBe('desktop');
    for (const [key, value] of Object.entries(api)) if (key !== 'host') expect(typeof value).toBe('function');
    expect(JSON.stringify(Object.keys(api))).not.toMatch(/ipc|send|invoke|require|process/i);
  });

  it('sends each method on its contract channel and passes the Result through', async () => {
    const { ipc, api } = setup();
    ipc.answer = async () => ({ ok: true, value: { saved: true, path: '/home/ann/a.csv' } });
    const request = { suggestedName: 'a.csv', filters: [{ name: 'CSV', extensions: ['csv'] }], data: 'x' };
    await expect(api.saveFile(request)).resolves.toEqual({ ok: true, value: { saved: true, path: '/home/ann/a.csv' } });
    expect(ipc.calls).toEqual([[invokeContract.saveFile.channel, request]]);
  });

  it('refuses malformed arguments before they leave the page', async () => {
    const { ipc, api } = setup();
    const answer = await api.openFile({ filters: [], maxBytes: -1 } as never);
    expect(answer.ok).toBe(false);
    expect(ipc.calls).toEqual([]);
  });

  it('turns a failed or odd answer into { ok: false }', async () => {
    const { ipc, api } = setup();
    ipc.answer = () => Promise.reject(new Error("No handler registered for 'backup:list'"));
    await expect(api.listBackups()).resolves.toEqual({ ok: false, error: 'The desktop app did not answer' });
    ipc.answer = async () => 'surprise';
    await expect(api.listBackups()).resolves.toEqual({ ok: false, error: 'The desktop app gave an unexpected answer' });
  });

  it('opens external links only during a click (user activation)', async () => {
    const idle = setup(false);
    await expect(idle.api.openExternal('https://example.com/')).resolves.toEqual({ ok: false, error: NO_USER_ACTIVATION_ERROR });
    expect(idle.ipc.calls).toEqual([]);
    const clicking = setup(true);
    await clicking.api.openExternal('https://example.com/');
    expect(clicking.ipc.calls).toEqual([[invokeContract.openExternal.channel, 'https://example.com/']]);
  });

  it('delivers menu commands to subscribers until they unsubscribe, and drops malformed ones', () => {
    const { ipc, api } = setup();
    const listener = vi.fn();
    const unsubscribe = api.onMenuCommand(listener);
    ipc.emit(eventContract.menuCommand.channel, 'export-pdf');
    ipc.emit(eventContract.menuCommand.channel, 'rm -rf');
    unsubscribe();
    ipc.emit(eventContract.menuCommand.channel, 'undo');
    expect(listener.mock.calls).toEqual([['export-pdf']]);
  });

  it('keeps a file handed over at launch until the renderer subscribes', () => {
    const { ipc, api } = setup();
    const file = { name: 'Acme.lastmile', data: new Uint8Array([123, 125]) };
    ipc.emit(eventContract.openFileRequested.channel, file);
    ipc.emit(eventContract.menuCommand.channel, 'about');
    const files = vi.fn();
    const commands = vi.fn();
    api.openFileRequested(files);
    api.onMenuCommand(commands);
    expect(files).toHaveBeenCalledWith(file);
    expect(commands).not.toHaveBeenCalled();
  });
});

describe('event hub', () => {
  it('buffers at most maxBuffered values while nobody listens', () => {
    const hub = createEventHub<number>({ buffer: true, maxBuffered: 2 });
    hub.emit(1);
    hub.emit(2);
    hub.emit(3);
    const seen: number[] = [];
    hub.subscribe((v) => seen.push(v));
    hub.emit(4);
    expect(seen).toEqual([1, 2, 4]);
  });
});
