import { z } from '../zod';

/** Payload and result schemas of the IPC contract (shared by main, preload and the browser host). */

/** Largest file the app reads or writes through the API: a workspace file of 5,000 use cases is far smaller. */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

/** The extension of workspace files (file association, recent files). */
export const WORKSPACE_FILE_EXTENSION = 'lastmile';

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
  host: z.enum(['desktop', 'browser']),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

/** A file name offered in a save dialog: no folders, no control characters. */
export const suggestedNameSchema = z
  .string({ error: 'File name must be text' })
  .min(1, { error: 'File name is required' })
  .max(200, { error: 'File name must be at most 200 characters' })
  // eslint-disable-next-line no-control-regex
  .refine((name) => !/[/\\\u0000-\u001f]/.test(name) && name !== '.' && name !== '..', {
    error: 'File name must not contain folders or control characters',
  });

export const fileFilterSchema = z.object({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^[A-Za-z0-9]{1,16}$/, { error: 'Extensions are letters and digits, without a dot' }))
    .min(1)
    .max(20),
});
export type FileFilter = z.infer<typeof fileFilterSchema>;

const filtersSchema = z.array(fileFilterSchema).max(10);

const fileBytesSchema = z
  .instanceof(Uint8Array, { error: 'File data must be bytes' })
  .refine((b) => b.byteLength <= MAX_FILE_BYTES, { error: 'File is too large to save' });
const fileTextSchema = z.string().max(MAX_FILE_BYTES, { error: 'File is too large to save' });

export const saveFileRequestSchema = z.object({
  suggestedName: suggestedNameSchema,
  filters: filtersSchema,
  data: z.union([fileBytesSchema, fileTextSchema]),
});
export type SaveFileRequest = z.infer<typeof saveFileRequestSchema>;

/** `path` is where the desktop host wrote the file; the browser host hands it to the browser's downloads. */
export const saveFileResultSchema = z.object({
  saved: z.boolean(),
  path: z.string().optional(),
});
export type SaveFileResult = z.infer<typeof saveFileResultSchema>;

export const openFileRequestSchema = z.object({
  filters: filtersSchema,
  maxBytes: z.number().int().positive().max(MAX_FILE_BYTES),
});
export type OpenFileRequest = z.infer<typeof openFileRequestSchema>;

export const openedFileSchema = z.object({
  name: z.string().min(1).max(1000),
  data: z.instanceof(Uint8Array),
});
export type OpenedFile = z.infer<typeof openedFileSchema>;

export const openFileResultSchema = z.discriminatedUnion('cancelled', [
  z.object({ cancelled: z.literal(true) }),
  openedFileSchema.extend({ cancelled: z.literal(false) }),
]);
export type OpenFileResult = z.infer<typeof openFileResultSchema>;

export const printToPdfRequestSchema = z.object({
  suggestedName: suggestedNameSchema,
  landscape: z.boolean().optional(),
  pageSize: z.enum(['A4', 'Letter']).optional(),
});
export type PrintToPdfRequest = z.infer<typeof printToPdfRequestSchema>;

/**
 * Desktop: `saved` and `path` of the PDF. Browser: the page went to the browser's print dialog
 * (`printDialog: true`), where the user saves or prints it; whether they did is unknown, so `saved` is false.
 */
export const printToPdfResultSchema = saveFileResultSchema.extend({ printDialog: z.boolean().optional() });
export type PrintToPdfResult = z.infer<typeof printToPdfResultSchema>;

/** Backups: one snapshot of one workspace (its workspace file, compressed; backups written before compression hold plain JSON). */
export const backupIdSchema = z
  .string({ error: 'Backup id must be text' })
  .regex(/^[A-Za-z0-9_-]{1,200}\.\d{8}T\d{9}Z(-\d{1,3})?$/, { error: 'Not a backup id' });

export const writeBackupRequestSchema = z.object({
  workspaceId: z.string().min(1).max(100),
  name: z.string().max(500),
  /** The workspace file exactly as an export would write it: gzip bytes (what the app sends) or plain JSON text (older callers). */
  data: z.union([fileBytesSchema, fileTextSchema]),
});
export type WriteBackupRequest = z.infer<typeof writeBackupRequestSchema>;

export const backupEntrySchema = z.object({
  id: backupIdSchema,
  workspaceId: z.string(),
  name: z.string(),
  /** ISO date-time when the snapshot was taken. */
  createdAt: z.string(),
  /** Size of the stored workspace file (compressed, for backups written since compression). */
  bytes: z.number().int().nonnegative(),
});
export type BackupEntry = z.infer<typeof backupEntrySchema>;

/** A backup's workspace file as stored: bytes (gzip or plain JSON; `parseWorkspaceFile` tells them apart) or, in the browser host, older plain text. */
export const backupContentSchema = z.object({ entry: backupEntrySchema, data: z.union([z.instanceof(Uint8Array), z.string()]) });
export type BackupContent = z.infer<typeof backupContentSchema>;

/** Only https links leave the app, to the system browser. */
export const externalUrlSchema = z
  .string()
  .max(2000)
  .refine((url) => URL.canParse(url) && new URL(url).protocol === 'https:', { error: 'Only https links can be opened' });
