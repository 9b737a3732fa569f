/** The browser host offers the presenter view as a second tab of the same origin (one tab, reused), and says when the browser refused it. */
import { describe, expect, it, vi } from 'vitest';
import { createBrowserApi } from '@renderer/api/browserApi';

const api = (open: Window['open']) => createBrowserApi({ window: { print: vi.fn(), open, navigator: window.navigator } as unknown as Window, document, indexedDB: undefined });

describe('presenter view in the browser host', () => {
  it('opens the workspace’s presenter view in one named tab', async () => {
    const open = vi.fn(() => ({}) as Window);
    await expect(api(open).openPresenterView({ workspaceId: 'ws 1/ä' })).resolves.toEqual({ ok: true, value: { opened: true } });
    expect(open).toHaveBeenCalledWith('#/w/ws%201%2F%C3%A4/presenter', 'lastmile-presenter');
  });

  it('says so when the browser blocks the tab, and refuses a malformed request', async () => {
    await expect(api(vi.fn(() => null)).openPresenterView({ workspaceId: 'w' })).resolves.toEqual({ ok: true, value: { opened: false } });
    const open = vi.fn(() => ({}) as Window);
    await expect(api(open).openPresenterView({ workspaceId: '' })).resolves.toMatchObject({ ok: false });
    expect(open).not.toHaveBeenCalled();
  });
});
