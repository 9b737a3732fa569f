import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS, type MenuCommand } from '@shared/ipc';
import { buildMenuTemplate, platformAccelerators, type MenuActions } from '../../../electron/main/menu/menuTemplate';

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function build(platform: NodeJS.Platform, recentFiles: string[] = [], devTools = false) {
  const actions: MenuActions = { command: vi.fn(), openRecent: vi.fn(), clearRecent: vi.fn(), openDataFolder: vi.fn() };
  const template = buildMenuTemplate({ platform, appName: 'Lastmile', recentFiles, devTools, basename: (p) => p.split('/').pop() ?? p }, actions);
  const items = flatten(template);
  const click = (label: string): void => {
    const item = items.find((i) => i.label === label);
    if (item?.click === undefined) throw new Error(`no clickable item ${label}`);
    (item.click as () => void)();
  };
  return { template, items, actions, click };
}

describe('native menu', () => {
  it.each(['linux', 'win32', 'darwin'] as const)('sends every typed menu command on %s', (platform) => {
    const { items, actions } = build(platform);
    for (const item of items) if (item.click !== undefined) (item.click as () => void)();
    const sent = vi.mocked(actions.command).mock.calls.map(([command]) => command);
    expect(new Set<MenuCommand>(sent)).toEqual(new Set(MENU_COMMANDS));
  });

  it('has File, Edit, View and Help (and the app menu on macOS)', () => {
    expect(build('linux').template.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(build('darwin').template.map((m) => m.label)).toEqual(['Lastmile', '&File', '&Edit', '&View', '&Help']);
  });

  it("uses each platform's accelerators", () => {
    expect(platformAccelerators('darwin')).toEqual({ redo: 'Cmd+Shift+Z', presentation: 'Cmd+Shift+Enter' });
    expect(platformAccelerators('win32')).toEqual({ redo: 'Ctrl+Y', presentation: 'F5' });
    const mac = build('darwin').items;
    const linux = build('linux').items;
    expect(mac.find((i) => i.label === 'Redo')?.accelerator).toBe('Cmd+Shift+Z');
    expect(linux.find((i) => i.label === 'Redo')?.accelerator).toBe('Ctrl+Y');
    expect(linux.find((i) => i.label === 'Undo')?.accelerator).toBe('CmdOrCtrl+Z');
    expect(linux.find((i) => i.label === 'Open workspace file…')?.accelerator).toBe('CmdOrCtrl+O');
    expect(linux.find((i) => i.label === 'Presentation')?.accelerator).toBe('F5');
  });

  it('has no duplicate accelerators', () => {
    for (const platform of ['linux', 'darwin'] as const) {
      const accelerators = build(platform).items.map((i) => i.accelerator).filter((a) => a !== undefined);
      expect(new Set(accelerators).size).toBe(accelerators.length);
    }
  });

  it('keeps zoom, full screen, clipboard and quit as native roles', () => {
    const roles = build('linux').items.map((i) => i.role).filter((r) => r !== undefined);
    expect(roles).toEqual(expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen', 'cut', 'copy', 'paste', 'selectAll', 'quit']));
  });

  it('shows reload and developer tools only in development builds', () => {
    expect(build('linux', [], false).items.some((i) => i.role === 'toggleDevTools' || i.role === 'reload')).toBe(false);
    expect(build('linux', [], true).items.some((i) => i.role === 'toggleDevTools')).toBe(true);
  });

  it('lists recent files, opens one, clears them', () => {
    const { items, actions, click } = build('linux', ['/w/Acme.lastmile', '/w/Globex.lastmile']);
    expect(items.find((i) => i.label === 'Acme.lastmile')?.sublabel).toBe('/w/Acme.lastmile');
    click('Globex.lastmile');
    expect(actions.openRecent).toHaveBeenCalledWith('/w/Globex.lastmile');
    click('Clear recent files');
    expect(actions.clearRecent).toHaveBeenCalled();
    expect(build('linux').items.find((i) => i.label === 'No recent files')?.enabled).toBe(false);
  });

  it('opens the data folder from Help', () => {
    const { actions, click } = build('win32');
    click('Open the data folder');
    expect(actions.openDataFolder).toHaveBeenCalled();
  });
});
