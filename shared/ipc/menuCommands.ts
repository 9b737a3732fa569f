import { z } from '../zod';

/**
 * Commands the native menu (desktop host) sends to the renderer. The renderer acts on them exactly as on
 * its own buttons; in the browser host there is no native menu, so none arrive.
 */
export const MENU_COMMANDS = [
  'new-workspace',
  'open-workspace-file',
  'import-csv',
  'export-pdf',
  'export-pptx',
  'export-xlsx',
  'export-csv',
  'export-workspace',
  'undo',
  'redo',
  'presentation',
  'about',
] as const;

export const menuCommandSchema = z.enum(MENU_COMMANDS);
export type MenuCommand = z.infer<typeof menuCommandSchema>;
