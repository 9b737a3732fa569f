import type { OpenedFile } from '@shared/ipc';
import { MAX_WORKSPACE_FILE_BYTES } from '../constants';
import { hasWorkspaceExtension } from './argv';
import type { FileService } from './fileService';
import type { PathGrants } from './pathPolicy';
import type { RecentFilesStore } from './recentFiles';

/**
 * Opens a workspace file the OS handed over (double-click, second launch, drop on the dock icon) or the
 * user picked from recent files: only `.lastmile` files, read by main and delivered to the renderer as
 * `openFileRequested`. A file that cannot be read leaves the recent list and is reported.
 */
export function createOsFileOpener(deps: {
  files: FileService;
  grants: PathGrants;
  recent: RecentFilesStore;
  basename(filePath: string): string;
  deliver(file: OpenedFile): void;
  reportError(message: string): void;
}): (filePath: string) => Promise<boolean> {
  return async (filePath) => {
    if (!hasWorkspaceExtension(filePath)) {
      deps.reportError(`${deps.basename(filePath)} is not a Lastmile workspace file`);
      return false;
    }
    deps.grants.grant(filePath);
    let data: Uint8Array<ArrayBuffer>;
    try {
      data = await deps.files.read(filePath, MAX_WORKSPACE_FILE_BYTES);
    } catch (error) {
      deps.recent.remove(filePath);
      deps.reportError(error instanceof Error ? error.message : `Could not open ${filePath}`);
      return false;
    }
    deps.recent.add(filePath);
    deps.deliver({ name: deps.basename(filePath), data });
    return true;
  };
}
