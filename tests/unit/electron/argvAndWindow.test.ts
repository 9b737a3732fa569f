import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { workspaceFilesFromArgv } from '../../../electron/main/files/argv';
import { parseWindowState, restoreWindowState, type Rect } from '../../../electron/main/window/windowState';

describe('workspace files on the command line', () => {
  const posix = { isPackaged: true, cwd: '/home/ann', path: path.posix };

  it('takes .lastmile files, skipping the executable and switches', () => {
    expect(workspaceFilesFromArgv(['/opt/Lastmile/lastmile', '--no-sandbox', '/tmp/Acme.lastmile'], posix)).toEqual(['/tmp/Acme.lastmile']);
  });

  it('skips the app path when not packaged (electron .)', () => {
    expect(workspaceFilesFromArgv(['/usr/bin/electron', '.', 'Acme.LASTMILE'], { ...posix, isPackaged: false })).toEqual(['/home/ann/Acme.LASTMILE']);
  });

  it('resolves relative paths against the working directory of the launch that passed them', () => {
    expect(workspaceFilesFromArgv(['lastmile', 'work/Acme.lastmile'], { ...posix, cwd: '/srv/share' })).toEqual(['/srv/share/work/Acme.lastmile']);
  });

  it("ignores Chromium's own switches, other files, other URL schemes and duplicates", () => {
    const argv = [
      'lastmile',
      '--allow-file-access-from-files',
      '--original-process-start-time=13370000000',
      '--inspect=9229',
      'notes.txt',
      'https://evil.example/x.lastmile',
      'C.lastmile',
      '/home/ann/C.lastmile',
    ];
    expect(workspaceFilesFromArgv(argv, posix)).toEqual(['/home/ann/C.lastmile']);
  });

  it('accepts file:// URLs from Linux launchers and names after --', () => {
    expect(workspaceFilesFromArgv(['lastmile', 'file:///home/ann/My%20Plan.lastmile'], posix)).toEqual(['/home/ann/My Plan.lastmile']);
    expect(workspaceFilesFromArgv(['lastmile', '--', '-odd-name.lastmile'], posix)).toEqual(['/home/ann/-odd-name.lastmile']);
  });

  it('handles Windows paths (the installer registers "Lastmile.exe" "%1")', () => {
    expect(
      workspaceFilesFromArgv(['C:\\Program Files\\Lastmile\\Lastmile.exe', 'D:\\Clients\\Acme.lastmile'], { isPackaged: true, cwd: 'C:\\Users\\ann', path: path.win32 }),
    ).toEqual(['D:\\Clients\\Acme.lastmile']);
  });
});

describe('window state', () => {
  const laptop: Rect = { x: 0, y: 0, width: 1440, height: 875 };
  const monitor: Rect = { x: 1440, y: 0, width: 2560, height: 1415 };

  it('opens centred at the default size the first time', () => {
    expect(restoreWindowState(null, [laptop], laptop)).toEqual({ bounds: { x: 80, y: 28, width: 1280, height: 820 }, maximized: false });
  });

  it('reopens where it was when that place is still on a display', () => {
    const saved = { bounds: { x: 1600, y: 100, width: 1800, height: 1000 }, maximized: true };
    expect(restoreWindowState(saved, [laptop, monitor], laptop)).toEqual(saved);
  });

  it('comes back to the primary display when its monitor was unplugged', () => {
    const saved = { bounds: { x: 1600, y: 100, width: 1800, height: 1000 }, maximized: false };
    const restored = restoreWindowState(saved, [laptop], laptop);
    expect(restored.bounds).toEqual({ x: 0, y: 0, width: 1440, height: 875 });
  });

  it('moves a window hanging off the edge fully onto the display, shrinking it to fit', () => {
    const saved = { bounds: { x: -200, y: 500, width: 1600, height: 900 }, maximized: false };
    const { bounds } = restoreWindowState(saved, [laptop], laptop);
    expect(bounds).toEqual({ x: 0, y: 0, width: 1440, height: 875 });
    const small = restoreWindowState({ bounds: { x: 600, y: 300, width: 1000, height: 700 }, maximized: false }, [laptop], laptop);
    expect(small.bounds).toEqual({ x: 440, y: 175, width: 1000, height: 700 });
  });

  it('centres a window that was mostly off-screen (less than a quarter visible)', () => {
    const restored = restoreWindowState({ bounds: { x: 1000, y: 600, width: 1000, height: 700 }, maximized: false }, [laptop], laptop);
    expect(restored.bounds).toEqual({ x: 220, y: 88, width: 1000, height: 700 });
  });

  it('never leaves the window off every display', () => {
    for (const bounds of [
      { x: 5000, y: 5000, width: 1000, height: 700 },
      { x: -3000, y: -3000, width: 1000, height: 700 },
      { x: 1300, y: 800, width: 1000, height: 700 },
    ]) {
      const restored = restoreWindowState({ bounds, maximized: false }, [laptop], laptop).bounds;
      expect(restored.x).toBeGreaterThanOrEqual(laptop.x);
      expect(restored.y).toBeGreaterThanOrEqual(laptop.y);
      expect(restored.x + restored.width).toBeLessThanOrEqual(laptop.x + laptop.width);
      expect(restored.y + restored.height).toBeLessThanOrEqual(laptop.y + laptop.height);
    }
  });

  it('treats a missing, hand-edited or truncated state file as nothing saved', () => {
    expect(parseWindowState(null)).toBeNull();
    expect(parseWindowState('{"bounds":{"x":1,"y":2,"width":3')).toBeNull();
    expect(parseWindowState('{"bounds":{"x":"1","y":2,"width":3,"height":4},"maximized":false}')).toBeNull();
    expect(parseWindowState('{"bounds":{"x":1,"y":2,"width":0,"height":4},"maximized":false}')).toBeNull();
    expect(parseWindowState('{"bounds":{"x":1,"y":2,"width":1000,"height":700},"maximized":true}')).toEqual({
      bounds: { x: 1, y: 2, width: 1000, height: 700 },
      maximized: true,
    });
  });
});
