import { describe, expect, it, vi } from 'vitest';
import { invokeContract, INVOKE_METHODS } from '@shared/ipc';
import { registerIpc, UNTRUSTED_SENDER_ERROR } from '../../../electron/main/ipc/registerIpc';
import { isTrustedSender } from '../../../electron/main/security/policies';
import { FakeIpcMain, fakeSender, invokeEvent, stubHandlers } from './fakes';

const TRUSTED_ID = 7;
const setup = (overrides = {}) => {
  const ipcMain = new FakeIpcMain();
  const log = vi.fn();
  registerIpc(ipcMain, stubHandlers(overrides), (event) => isTrustedSender(event, TRUSTED_ID), log);
  return { ipcMain, log };
};
const ours = invokeEvent(fakeSender(TRUSTED_ID));

describe('registerIpc', () => {
  it('registers exactly one handler per contract method, on the contract channel', () => {
    const { ipcMain } = setup();
    expect([...ipcMain.listeners.keys()].sort()).toEqual(INVOKE_METHODS.map((m) => invokeContract[m].channel).sort());
  });

  it('answers a trusted, valid call with { ok: true, value }', async () => {
    const { ipcMain } = setup();
    await expect(ipcMain.invoke('app:get-info', ours)).resolves.toEqual({
      ok: true,
      value: { name: 'Lastmile', version: '0.1.0', platform: 'linux', host: 'desktop' },
    });
  });

  it('refuses every channel to a sender that is not our window, without running the handler', async () => {
    const handler = vi.fn(() => ({ opened: true }));
    const { ipcMain, log } = setup({ openExternal: handler });
    const strangers = [
      invokeEvent(fakeSender(99)),
      invokeEvent(fakeSender(TRUSTED_ID), 'https://attacker.example/'),
      invokeEvent(fakeSender(TRUSTED_ID), 'app://lastmile/index.html', { parent: true }),
    ];
    for (const event of strangers) {
      for (const method of INVOKE_METHODS) {
        await expect(ipcMain.invoke(invokeContract[method].channel, event)).resolves.toEqual({ ok: false, error: UNTRUSTED_SENDER_ERROR });
      }
    }
    expect(handler).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalled();
  });

  it('refuses a malformed payload with a plain message, without running the handler', async () => {
    const handler = vi.fn();
    const { ipcMain } = setup({ saveFile: handler });
    const answer = await ipcMain.invoke('file:save', ours, { suggestedName: '../../.bashrc', filters: [], data: 'x' });
    expect(answer).toMatchObject({ ok: false });
    expect((answer as { error: string }).error).toMatch(/^Invalid request: .*File name must not contain folders/);
    await expect(ipcMain.invoke('file:save', ours)).resolves.toMatchObject({ ok: false });
    await expect(ipcMain.invoke('file:save', ours, { suggestedName: 'a.csv', filters: [], data: 42 })).resolves.toMatchObject({ ok: false });
    await expect(ipcMain.invoke('backup:read', ours, '../../etc/passwd')).resolves.toMatchObject({ ok: false });
    await expect(ipcMain.invoke('app:get-info', ours, 'extra')).resolves.toMatchObject({ ok: false });
    expect(handler).not.toHaveBeenCalled();
  });

  it('turns a thrown error into { ok: false, error } (nothing is thrown across the boundary)', async () => {
    const { ipcMain } = setup({
      listBackups: () => {
        throw new Error('The disk is full: could not write the backup.');
      },
      readBackup: () => Promise.reject(new Error('')),
    });
    await expect(ipcMain.invoke('backup:list', ours)).resolves.toEqual({ ok: false, error: 'The disk is full: could not write the backup.' });
    await expect(ipcMain.invoke('backup:read', ours, 'abc.20261125T082741123Z')).resolves.toEqual({ ok: false, error: 'Something went wrong' });
  });

  it('refuses to pass on an answer outside the contract', async () => {
    const { ipcMain, log } = setup({ listBackups: () => [{ id: 'not an id' }] as never });
    await expect(ipcMain.invoke('backup:list', ours)).resolves.toEqual({ ok: false, error: 'Internal error: unexpected answer' });
    expect(log).toHaveBeenCalledWith(expect.stringContaining('outside the contract'), expect.anything());
  });

  it('hands the calling page to the handler (for printing and dialogs)', async () => {
    const sender = fakeSender(TRUSTED_ID);
    const printToPdf = vi.fn(() => ({ saved: false }));
    const { ipcMain } = setup({ printToPdf });
    await ipcMain.invoke('file:print-to-pdf', invokeEvent(sender), { suggestedName: 'Board pack.pdf' });
    expect(printToPdf).toHaveBeenCalledWith({ sender }, { suggestedName: 'Board pack.pdf' });
  });
});
