import { create } from 'zustand';
import { navigate } from '@renderer/state/router';

export type MenuExportCommand = 'export-pptx' | 'export-xlsx' | 'export-csv' | 'export-workspace';

/** A File → Export command waiting for the Export page, which runs it with its progress line and Cancel. */
export interface MenuExportRequest {
  command: MenuExportCommand;
  workspaceId: string;
  /** When asked (ms, the page's clock): a request the page did not pick up at once (the user stayed where they were) is dropped. */
  at: number;
  done: (message: string) => void;
}

/** How long a request waits for the Export page to open. */
export const MENU_EXPORT_PATIENCE_MS = 3000;

export const useMenuExport = create<{ request: MenuExportRequest | null }>()(() => ({ request: null }));

/** The request for this workspace, taken off the queue (a stale one is answered and dropped); null when there is none. */
export function takeMenuExport(workspaceId: string): MenuExportRequest | null {
  const request = useMenuExport.getState().request;
  if (!request || request.workspaceId !== workspaceId) return null;
  useMenuExport.setState({ request: null });
  if (performance.now() - request.at > MENU_EXPORT_PATIENCE_MS) {
    request.done('Not exported: the Export page did not open. Choose the export again.');
    return null;
  }
  return request;
}

/**
 * File → Export commands of the native menu: opens the Export page, which builds the file with its progress line and
 * Cancel (as its own buttons do); answers the message to show when it is done.
 */
export function runMenuExport(command: MenuExportCommand, workspaceId: string): Promise<string> {
  return new Promise((resolve) => {
    useMenuExport.getState().request?.done('Not exported: another export was chosen.');
    useMenuExport.setState({ request: { command, workspaceId, at: performance.now(), done: resolve } });
    navigate({ page: 'export', workspaceId });
  });
}
