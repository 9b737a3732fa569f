import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '@shared/ipc';

export interface MenuActions {
  command(command: MenuCommand): void;
  openRecent(filePath: string): void;
  clearRecent(): void;
  openDataFolder(): void;
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  appName: string;
  recentFiles: readonly string[];
  /** Reload and developer tools appear only in development builds. */
  devTools: boolean;
  basename(filePath: string): string;
}

/** Shortcuts that differ by platform (the rest use CmdOrCtrl, which Electron maps itself). */
export function platformAccelerators(platform: NodeJS.Platform): { redo: string; presentation: string } {
  const mac = platform === 'darwin';
  return {
    redo: mac ? 'Cmd+Shift+Z' : 'Ctrl+Y',
    presentation: mac ? 'Cmd+Shift+Enter' : 'F5',
  };
}

/**
 * The native menu. Items that act on the document send a typed menu command to the renderer; undo and
 * redo are app-level commands too (the renderer falls back to the text field's own undo while one has focus).
 */
export function buildMenuTemplate(options: MenuOptions, actions: MenuActions): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const keys = platformAccelerators(options.platform);
  const send = (command: MenuCommand) => () => actions.command(command);

  const recent: MenuItemConstructorOptions[] =
    options.recentFiles.length === 0
      ? [{ label: 'No recent files', enabled: false }]
      : [
          ...options.recentFiles.map((filePath) => ({
            label: options.basename(filePath),
            sublabel: filePath,
            click: () => actions.openRecent(filePath),
          })),
          { type: 'separator' as const },
          { label: 'Clear recent files', click: () => actions.clearRecent() },
        ];

  const appMenu: MenuItemConstructorOptions = {
    label: options.appName,
    submenu: [
      { label: `About ${options.appName}`, click: send('about') },
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'New workspace', accelerator: 'CmdOrCtrl+N', click: send('new-workspace') },
      { label: 'Open workspace file…', accelerator: 'CmdOrCtrl+O', click: send('open-workspace-file') },
      { label: 'Open recent', submenu: recent },
      { type: 'separator' },
      { label: 'Import problems from CSV…', accelerator: 'CmdOrCtrl+I', click: send('import-csv') },
      {
        label: 'Export',
        submenu: [
          { label: 'Board pack (PDF)…', accelerator: 'CmdOrCtrl+P', click: send('export-pdf') },
          { label: 'PowerPoint deck…', click: send('export-pptx') },
          { label: 'Excel workbook…', click: send('export-xlsx') },
          { label: 'Ranked table (CSV)…', click: send('export-csv') },
          { type: 'separator' },
          { label: 'Workspace file…', accelerator: 'CmdOrCtrl+S', click: send('export-workspace') },
        ],
      },
      { type: 'separator' },
      mac ? { role: 'close' } : { role: 'quit' },
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: send('undo') },
      { label: 'Redo', accelerator: keys.redo, click: send('redo') },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      { label: 'Presentation', accelerator: keys.presentation, click: send('presentation') },
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(options.devTools ? [{ type: 'separator' as const }, { role: 'reload' as const }, { role: 'toggleDevTools' as const }] : []),
    ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    label: '&Help',
    submenu: [
      ...(mac ? [] : [{ label: `About ${options.appName}`, click: send('about') }]),
      { label: 'Open the data folder', click: () => actions.openDataFolder() },
    ],
  };

  return [...(mac ? [appMenu] : []), fileMenu, editMenu, viewMenu, helpMenu];
}
