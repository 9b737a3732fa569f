import { describe, expect, it, vi } from 'vitest';
import { invokeContract, VOTING_NEEDS_DESKTOP, VOTING_NOT_OPEN } from '@shared/ipc';
import { createVotingHandlers, type VotingService } from '../../../../electron/main/voting/ipcHandlers';
import { registerIpc, UNTRUSTED_SENDER_ERROR } from '../../../../electron/main/ipc/registerIpc';
import { createBrowserApi } from '../../../../renderer/api/browserApi';
import { buildPreloadApi } from '../../../../electron/preload/buildApi';
import { asWebContents, FakeIpcMain, fakeSender, invokeEvent, stubHandlers } from '../fakes';
import { scaleBallot } from './fixtures';

const started = { url: 'http://192.168.1.23:40000/#ACD347', addresses: ['192.168.1.23'], code: 'ACD347', port: 40000, qrSvg: '<svg xmlns="http://www.w3.org/2000/svg"></svg>' };

function fakeVoting(): VotingService {
  return {
    start: vi.fn(async () => started),
    stop: vi.fn(async () => ({ stopped: true })),
    take: vi.fn((sessionId: string) => (sessionId === 's1' ? { ballots: [], devices: 2, received: 1 } : null)),
    reveal: vi.fn((sessionId: string) => sessionId === 's1'),
  };
}

describe('voting over IPC (desktop)', () => {
  it('starts, takes, reveals and stops through the contract, for our window only', async () => {
    const voting = fakeVoting();
    const ipcMain = new FakeIpcMain();
    registerIpc(ipcMain, { ...stubHandlers(), ...createVotingHandlers(voting) }, (e) => e.sender.id === 1, () => undefined);
    const ours = invokeEvent(fakeSender(1));
    await expect(ipcMain.invoke(invokeContract.votingStart.channel, ours, { sessionId: 's1', ballot: scaleBallot })).resolves.toEqual({ ok: true, value: started });
    expect(voting.start).toHaveBeenCalledWith('s1', scaleBallot);
    await expect(ipcMain.invoke(invokeContract.votingTake.channel, ours, { sessionId: 's1' })).resolves.toEqual({ ok: true, value: { ballots: [], devices: 2, received: 1 } });
    await expect(ipcMain.invoke(invokeContract.votingTake.channel, ours, { sessionId: 's2' })).resolves.toEqual({ ok: false, error: VOTING_NOT_OPEN });
    await expect(ipcMain.invoke(invokeContract.votingReveal.channel, ours, { sessionId: 's1' })).resolves.toEqual({ ok: true, value: { revealed: true } });
    await expect(ipcMain.invoke(invokeContract.votingStop.channel, ours)).resolves.toEqual({ ok: true, value: { stopped: true } });
    // A ballot that does not match the shared schema never reaches the server.
    const bad = await ipcMain.invoke(invokeContract.votingStart.channel, ours, { sessionId: 's1', ballot: { ...scaleBallot, rules: { mode: 'dots', criteria: [], dotsPerPerson: 0 } } });
    expect(bad).toMatchObject({ ok: false });
    expect(voting.start).toHaveBeenCalledTimes(1);
    const stranger = invokeEvent(fakeSender(2), 'https://evil.example/');
    await expect(ipcMain.invoke(invokeContract.votingStart.channel, stranger, { sessionId: 's1', ballot: scaleBallot })).resolves.toEqual({ ok: false, error: UNTRUSTED_SENDER_ERROR });
    expect(voting.start).toHaveBeenCalledTimes(1);
  });

  it('says voting is not available when main has no voting server', async () => {
    const handlers = createVotingHandlers(undefined);
    const context = { sender: asWebContents(fakeSender(1)) };
    expect(() => handlers.votingStart(context, { sessionId: 's1', ballot: scaleBallot })).toThrow('Voting from devices is not available');
    expect(await handlers.votingStop(context)).toEqual({ stopped: false });
  });

  it('is reached from the page through the preload, by the contract\'s channels', async () => {
    const invoke = vi.fn(async () => ({ ok: true, value: { stopped: true } }));
    const api = buildPreloadApi({ invoke, on: vi.fn() }, () => false);
    await expect(api.votingStop()).resolves.toEqual({ ok: true, value: { stopped: true } });
    expect(invoke).toHaveBeenCalledWith('voting:stop');
    await expect(api.votingTake({ sessionId: '' })).resolves.toMatchObject({ ok: false });
  });
});

describe('voting in the browser host', () => {
  it('answers that phones need the desktop app; the room votes in turn on the screen', async () => {
    const api = createBrowserApi({ window: { print: vi.fn(), open: vi.fn(), navigator: { platform: 'web' } as Navigator }, document: {} as Document, indexedDB: undefined });
    await expect(api.votingStart({ sessionId: 's1', ballot: scaleBallot })).resolves.toEqual({ ok: false, error: VOTING_NEEDS_DESKTOP });
    expect(VOTING_NEEDS_DESKTOP).toBe('Voting from phones needs the desktop app; in the browser, people vote in turn on this screen.');
    await expect(api.votingTake({ sessionId: 's1' })).resolves.toEqual({ ok: false, error: VOTING_NEEDS_DESKTOP });
    await expect(api.votingStop()).resolves.toEqual({ ok: true, value: { stopped: false } });
  });
});
