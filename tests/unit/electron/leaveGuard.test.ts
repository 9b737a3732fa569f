import { describe, expect, it } from 'vitest';
import { createMainWindow } from '../../../electron/main/window/mainWindow';
import { FakeBrowserWindow, FakeWindowConstructor } from './hardeningFakes';

function open(answer: boolean) {
  FakeBrowserWindow.created = [];
  const asked: unknown[] = [];
  createMainWindow({
    BrowserWindow: FakeWindowConstructor,
    preloadPath: '/p.cjs',
    state: { bounds: { x: 0, y: 0, width: 1280, height: 820 }, maximized: false },
    devTools: false,
    saveState: () => undefined,
    onReady: () => undefined,
    confirmLeave: (w) => {
      asked.push(w);
      return answer;
    },
  });
  const window = FakeBrowserWindow.created[0]!;
  return { window, asked };
}

describe('closing or reloading with unsaved edits', () => {
  it('asks; "Leave" lets the window close, "Stay" keeps it and its edits', () => {
    for (const leave of [true, false]) {
      const { window, asked } = open(leave);
      let prevented = false;
      window.webContents.emit('will-prevent-unload', { preventDefault: () => (prevented = true) });
      expect(asked).toHaveLength(1);
      // preventDefault on will-prevent-unload overrides the page's beforeunload, i.e. leaves.
      expect(prevented).toBe(leave);
    }
  });
});
