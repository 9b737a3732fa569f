import { create } from 'zustand';
import { getApi } from '@renderer/api';
import { WORKSPACE_FILE_MAX_BYTES } from '@shared/export/workspaceFile';

export interface PendingFile {
  name: string;
  /** The file as stored (plain JSON or gzip bytes; the import tells them apart), or its text. */
  data: Uint8Array | string;
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

/** Opens the file chooser for a `.lastmile` file and offers its bytes for import (decoding and unpacking happen in the import). */
export async function chooseWorkspaceFile(onError: (message: string) => void): Promise<void> {
  const r = await getApi().openFile({ filters: [{ name: 'Lastmile workspace', extensions: ['lastmile', 'json'] }], maxBytes: WORKSPACE_FILE_MAX_BYTES });
  if (!r.ok) return onError(r.error);
  if (r.value.cancelled) return;
  useWorkspaceImport.getState().offer({ name: r.value.name, data: r.value.data });
}
