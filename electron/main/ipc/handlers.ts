import type { WebContents } from 'electron';
import type { AppInfo } from '@shared/ipc';
import type { BackupStore } from '../backups/backupStore';
import { hasWorkspaceExtension } from '../files/argv';
import { dialogFilters, type FileService } from '../files/fileService';
import type { PathGrants } from '../files/pathPolicy';
import type { RecentFilesStore } from '../files/recentFiles';
import { isSafeExternalUrl } from '../security/policies';
import { createVotingHandlers, type VotingService } from '../voting/ipcHandlers';
import type { IpcHandlers } from './registerIpc';

/** Dialogs, parented to the window of the calling page; each returns the chosen path or null when cancelled. */
export interface Dialogs {
  save(parent: WebContents, options: { defaultPath: string; filters: { name: string; extensions: string[] }[] }): Promise<string | null>;
  open(parent: WebContents, options: { filters: { name: string; extensions: string[] }[] }): Promise<string | null>;
}

export interface HandlerDeps {
  appInfo: Omit<AppInfo, 'host'>;
  dialogs: Dialogs;
  files: FileService;
  grants: PathGrants;
  recent: RecentFilesStore;
  backups: BackupStore;
  /** Folder the save dialog opens in (Documents). */
  defaultSaveFolder: string;
  join(...parts: string[]): string;
  basename(filePath: string): string;
  openExternal(url: string): Promise<void>;
  /** The LAN voting server (electron/main/voting); absent, the voting methods answer that it is not available. */
  voting?: VotingService;
  /** Opens the presenter view of a workspace in a second window (electron/main/window/presenterWindow.ts). */
  openPresenterView?(workspaceId: string): void;
}

const PDF_FILTERS = [{ name: 'PDF document', extensions: ['pdf'] }];

/** Main's side of every contract method. File paths come only from dialogs, never from the renderer. */
export function createIpcHandlers(deps: HandlerDeps): IpcHandlers {
  const remember = (filePath: string): void => {
    if (hasWorkspaceExtension(filePath)) deps.recent.add(filePath);
  };

  return {
    ...createVotingHandlers(deps.voting),
    getAppInfo: () => ({ ...deps.appInfo, host: 'desktop' }),

    saveFile: async ({ sender }, request) => {
      const target = await deps.dialogs.save(sender, {
        defaultPath: deps.join(deps.defaultSaveFolder, request.suggestedName),
        filters: dialogFilters(request.filters),
      });
      if (target === null) return { saved: false };
      deps.grants.grant(target);
      await deps.files.write(target, request.data);
      remember(target);
      return { saved: true, path: target };
    },

    openFile: async ({ sender }, request) => {
      const source = await deps.dialogs.open(sender, { filters: dialogFilters(request.filters) });
      if (source === null) return { cancelled: true };
      deps.grants.grant(source);
      const data = await deps.files.read(source, request.maxBytes);
      remember(source);
      return { cancelled: false, name: deps.basename(source), data };
    },

    printToPdf: async ({ sender }, request) => {
      const target = await deps.dialogs.save(sender, {
        defaultPath: deps.join(deps.defaultSaveFolder, request.suggestedName),
        filters: PDF_FILTERS,
      });
      if (target === null) return { saved: false };
      deps.grants.grant(target);
      const pdf = await sender.printToPDF({
        printBackground: true,
        preferCSSPageSize: true,
        landscape: request.landscape ?? false,
        pageSize: request.pageSize ?? 'A4',
      });
      await deps.files.write(target, new Uint8Array(pdf));
      return { saved: true, path: target };
    },

    writeBackup: (_context, request) => deps.backups.write(request),
    listBackups: () => deps.backups.list(),
    readBackup: (_context, id) => deps.backups.read(id),

    openExternal: async (_context, url) => {
      if (!isSafeExternalUrl(url)) throw new Error('Only https links can be opened');
      await deps.openExternal(url);
      return { opened: true };
    },

    openPresenterView: (_context, request) => {
      if (!deps.openPresenterView) throw new Error('The presenter view is not available');
      deps.openPresenterView(request.workspaceId);
      return { opened: true };
    },
  };
}
