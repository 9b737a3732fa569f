import { exportForBoard } from './boardExports';
import { exportWorkspaceFile } from './exportActions';

/** File → Export commands of the native menu; answers the message to show. */
export function runMenuExport(command: 'export-pptx' | 'export-xlsx' | 'export-csv' | 'export-workspace', workspaceId: string): Promise<string> {
  switch (command) {
    case 'export-pptx':
      return exportForBoard('pptx', workspaceId);
    case 'export-xlsx':
      return exportForBoard('xlsx', workspaceId);
    case 'export-csv':
      return exportForBoard('csv', workspaceId);
    case 'export-workspace':
      return exportWorkspaceFile(workspaceId);
  }
}
