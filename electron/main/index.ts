import { randomBytes, randomUUID } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, protocol, screen, session, shell } from 'electron';
import type { OpenedFile } from '@shared/ipc';
import { createBackupStore, localDay } from './backups/backupStore';
import { APP_ID, APP_SCHEME, PRODUCT_NAME, userDataPath } from './constants';
import { workspaceFilesFromArgv } from './files/argv';
import { createFileService } from './files/fileService';
import { createOsFileOpener } from './files/openFromOs';
import { createPathGrants } from './files/pathPolicy';
import { createRecentFilesStore, parseRecentFiles } from './files/recentFiles';
import { readTextFileSync, writeTextFileSync } from './files/smallFiles';
import { createIpcHandlers, type Dialogs } from './ipc/handlers';
import { registerIpc } from './ipc/registerIpc';
import { sendEvent } from './ipc/sendEvent';
import { buildMenuTemplate } from './menu/menuTemplate';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './protocol/appProtocol';
import { contentSecurityPolicy, workerContentSecurityPolicy } from './security/csp';
import { hardenSession, hardenWebContents } from './security/hardening';
import { isTrustedSender } from './security/policies';
import { createMainWindow } from './window/mainWindow';
import { createPresenterWindows } from './window/presenterWindow';
import { qrSvg } from './voting/qr';
import { createVotingServer } from './voting/votingServer';
import { parseWindowState, restoreWindowState } from './window/windowState';

// Before ready: the privileged scheme, the pinned data folder, sandbox for every renderer.
protocol.registerSchemesAsPrivileged(APP_SCHEME_PRIVILEGES);
app.setName(PRODUCT_NAME);
// Development builds only: the Electron smoke test points userData at a temporary folder.
const testUserData = app.isPackaged ? undefined : process.env.LASTMILE_TEST_USER_DATA;
app.setPath('userData', testUserData ?? userDataPath(app.getPath('appData'), path.join));
if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
app.enableSandbox();

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererRoot = path.join(here, '../renderer');
const preloadPath = path.join(here, '../preload/index.cjs');
const devTools = !app.isPackaged;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  startApp();
}

function startApp(): void {
  const userData = app.getPath('userData');
  const windowStateFile = path.join(userData, 'window-state.json');
  const recentFile = path.join(userData, 'recent-files.json');
  const tempSuffix = (): string => randomUUID().slice(0, 8);

  let mainWindow: BrowserWindow | null = null;
  let trustedContentsId: number | null = null;
  let rendererReady = false;
  const queuedFiles: OpenedFile[] = [];
  const pendingPaths = workspaceFilesFromArgv(process.argv, { isPackaged: app.isPackaged, cwd: process.cwd(), path });

  const grants = createPathGrants(path);
  const files = createFileService({ fs: fsp, policy: { grants, appFolders: [userData], path }, tempSuffix });
  const backups = createBackupStore({ dir: path.join(userData, 'backups'), fs: fsp, join: path.join, now: () => new Date(), dayOf: localDay, tempSuffix });

  const rebuildMenu = (): void => {
    const template = buildMenuTemplate(
      { platform: process.platform, appName: PRODUCT_NAME, recentFiles: recent.list(), devTools, basename: path.basename },
      {
        command: (command) => {
          if (mainWindow === null) createWindow();
          else sendEvent(mainWindow.webContents, 'menuCommand', command);
        },
        openRecent: (filePath) => void openFromOs(filePath),
        clearRecent: () => recent.clear(),
        openDataFolder: () => void shell.openPath(userData),
      },
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };

  const recent = createRecentFilesStore({
    initial: parseRecentFiles(readTextFileSync(recentFile), path.isAbsolute),
    persist: (json) => writeTextFileSync(recentFile, json),
    onChange: (list, added) => {
      // The OS's own recent documents (Dock menu, Jump List) exist on macOS and Windows only.
      if (process.platform === 'darwin' || process.platform === 'win32') {
        if (added !== undefined) app.addRecentDocument(added);
        if (list.length === 0) app.clearRecentDocuments();
      }
      rebuildMenu();
    },
  });

  const deliver = (file: OpenedFile): void => {
    if (rendererReady && mainWindow !== null) sendEvent(mainWindow.webContents, 'openFileRequested', file);
    else queuedFiles.push(file);
  };
  const reportError = (message: string): void => {
    const options = { type: 'error' as const, title: PRODUCT_NAME, message };
    void (mainWindow === null ? dialog.showMessageBox(options) : dialog.showMessageBox(mainWindow, options));
  };
  // The presenter view: a second hardened window on the display of the main window (the projector shows the main one).
  const presenter = createPresenterWindows({
    BrowserWindow,
    preloadPath,
    devTools,
    workArea: () => (mainWindow === null ? screen.getPrimaryDisplay() : screen.getDisplayMatching(mainWindow.getBounds())).workArea,
  });
  // Voting from devices: a LAN server that listens only while a session's voting is open (docs/voting.md).
  const voting = createVotingServer({ randomBytes, now: Date.now, networkInterfaces, qrSvg });
  const openFromOs = createOsFileOpener({ files, grants, recent, basename: path.basename, deliver, reportError });

  const dialogs: Dialogs = {
    async save(parent, options) {
      const owner = BrowserWindow.fromWebContents(parent);
      const result = owner === null ? await dialog.showSaveDialog(options) : await dialog.showSaveDialog(owner, options);
      return result.canceled || result.filePath === undefined || result.filePath === '' ? null : result.filePath;
    },
    async open(parent, options) {
      const dialogOptions = { ...options, properties: ['openFile' as const] };
      const owner = BrowserWindow.fromWebContents(parent);
      const result = owner === null ? await dialog.showOpenDialog(dialogOptions) : await dialog.showOpenDialog(owner, dialogOptions);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };

  function createWindow(): void {
    const display = screen.getPrimaryDisplay();
    const state = restoreWindowState(
      parseWindowState(readTextFileSync(windowStateFile)),
      screen.getAllDisplays().map((d) => d.workArea),
      display.workArea,
    );
    rendererReady = false;
    const window = createMainWindow({
      BrowserWindow,
      preloadPath,
      state,
      devTools,
      saveState: (saved) => writeTextFileSync(windowStateFile, JSON.stringify(saved)),
      confirmLeave: (owner) =>
        dialog.showMessageBoxSync(owner, {
          type: 'question',
          buttons: ['Leave', 'Stay'],
          defaultId: 1,
          cancelId: 1,
          title: PRODUCT_NAME,
          message: 'You have unsaved changes.',
          detail: 'Leave and lose them, or stay and save them first?',
        }) === 0,
      onReady: (ready) => {
        rendererReady = true;
        for (const file of queuedFiles.splice(0)) sendEvent(ready.webContents, 'openFileRequested', file);
      },
    });
    // Behind the page, the page's own background in the system's theme (renderer/styles/theme.css), not white on a dark desktop.
    window.setBackgroundColor(nativeTheme.shouldUseDarkColors ? '#0f1419' : '#f6f7f9');
    mainWindow = window;
    trustedContentsId = window.webContents.id;
    window.on('closed', () => {
      void voting.stop();
      presenter.close();
      mainWindow = null;
      trustedContentsId = null;
      rendererReady = false;
    });
  }

  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    if (app.isReady()) void openFromOs(filePath);
    else pendingPaths.push(filePath);
  });

  app.on('second-instance', (_event, argv, workingDirectory) => {
    const files = workspaceFilesFromArgv(argv, { isPackaged: app.isPackaged, cwd: workingDirectory, path });
    if (!app.isReady()) {
      pendingPaths.push(...files);
      return;
    }
    if (mainWindow === null) createWindow();
    else {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
    for (const filePath of files) void openFromOs(filePath);
  });

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

  app.on('will-quit', () => void voting.stop());

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (mainWindow === null && app.isReady()) createWindow();
  });

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession);
    protocol.handle(
      APP_SCHEME,
      createAppProtocolHandler({ root: rendererRoot, csp: contentSecurityPolicy(), workerCsp: workerContentSecurityPolicy(), path, readFile: (p) => fsp.readFile(p) }),
    );
    const handlers = createIpcHandlers({
      appInfo: { name: PRODUCT_NAME, version: app.getVersion(), platform: process.platform },
      dialogs,
      files,
      grants,
      recent,
      backups,
      defaultSaveFolder: app.getPath('documents'),
      join: path.join,
      basename: path.basename,
      openExternal: (url) => shell.openExternal(url),
      voting,
      openPresenterView: (workspaceId) => presenter.open(workspaceId),
    });
    registerIpc(ipcMain, handlers, (event) => isTrustedSender(event, trustedContentsId));
    rebuildMenu();
    createWindow();
    for (const filePath of pendingPaths.splice(0)) void openFromOs(filePath);
  });
}
