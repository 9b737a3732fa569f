import { useEffect } from 'react';
import { getApi } from '@renderer/api';
import { chooseWorkspaceFile, useWorkspaceImport } from '@renderer/features/exchange/importStore';
import { runMenuExport } from '@renderer/features/exchange/menuExports';
import { togglePresentation } from '@renderer/features/present/enterPresentation';
import { useHistory } from '@renderer/state/history';
import { navigate } from '@renderer/state/router';
import { useToasts } from '@renderer/state/toasts';
import { useUi } from '@renderer/state/ui';
import { checkWorkspaceFileSize } from '@shared/export/workspaceFile';
import type { MenuCommand } from '@shared/ipc';
import { isTextEditing } from './useUndoShortcuts';

const showError = (message: string) => useToasts.getState().show(message, { tone: 'error' });

/** Acts on a native menu command exactly as on the matching button in the window. */
export function runMenuCommand(command: MenuCommand, workspaceId: string | null): void {
  switch (command) {
    case 'new-workspace':
      useUi.getState().requestNewWorkspace(true);
      return navigate({ page: 'workspaces' });
    case 'open-workspace-file':
      return void chooseWorkspaceFile(showError);
    case 'undo':
    case 'redo':
      // Edit → Undo while typing in a field undoes the typing, as in any desktop app; elsewhere it undoes the last edit.
      if (isTextEditing(document.activeElement)) return void document.execCommand(command);
      return void (command === 'undo' ? useHistory.getState().undo() : useHistory.getState().redo());
    case 'presentation':
      if (!workspaceId) return showError('Open a workspace first.');
      return togglePresentation(workspaceId);
    case 'about':
      return useUi.getState().setAboutOpen(true);
    case 'import-csv':
    case 'export-pdf':
    case 'export-pptx':
    case 'export-xlsx':
    case 'export-csv':
    case 'export-workspace':
      if (!workspaceId) return showError('Open a workspace first.');
      if (command === 'import-csv') return navigate({ page: 'export', workspaceId });
      if (command === 'export-pdf') return navigate({ page: 'boardPack', workspaceId });
      return void runMenuExport(command, workspaceId).then((m) => useToasts.getState().show(m));
  }
}

/**
 * Host events: menu commands, workspace files handed over by the OS, and `.lastmile` files dropped onto
 * the window (all offered for review before anything is imported).
 */
export function useHostEvents(workspaceId: string | null): void {
  useEffect(() => {
    const api = getApi();
    const offMenu = api.onMenuCommand((command) => runMenuCommand(command, workspaceId));
    const offFiles = api.openFileRequested((file) => useWorkspaceImport.getState().offer({ name: file.name, data: file.data }));
    return () => {
      offMenu();
      offFiles();
    };
  }, [workspaceId]);

  useEffect(() => {
    const onDragOver = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    const onDrop = (e: DragEvent) => {
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      e.preventDefault();
      if (!/\.(lastmile|json)$/i.test(file.name)) return showError(`“${file.name}” is not a Lastmile workspace file (.lastmile).`);
      const tooLarge = checkWorkspaceFileSize(file.size);
      if (tooLarge) return showError(tooLarge.message);
      void file.arrayBuffer().then((buffer) => useWorkspaceImport.getState().offer({ name: file.name, data: new Uint8Array(buffer) }), () => showError(`“${file.name}” could not be read.`));
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
}
