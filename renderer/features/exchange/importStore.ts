import { create } from 'zustand';
import { WORKSPACE_FILE_MAX_BYTES } from '@shared/export/workspaceFile';
import { chooseTextFile } from './fileText';

export interface PendingFile {
  name: string;
  text: string;
}

interface ImportState {
  pending: PendingFile | null;
  /** A workspace file to review and import (from the Export page, the File menu, the OS or a drop). */
  offer: (file: PendingFile) => void;
  clear: () => void;
}

export const useWorkspaceImport = create<ImportState>()((set) => ({
  pending: null,
  offer: (file) => set({ pending: file }),
  clear: () => set({ pending: null }),
}));

/** Opens the file chooser for a `.lastmile` file and offers it for import. */
export async function chooseWorkspaceFile(onError: (message: string) => void): Promise<void> {
  const picked = await chooseTextFile([{ name: 'Lastmile workspace', extensions: ['lastmile', 'json'] }], WORKSPACE_FILE_MAX_BYTES);
  if (!picked) return;
  if ('error' in picked) return onError(picked.error);
  useWorkspaceImport.getState().offer(picked);
}
