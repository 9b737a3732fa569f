/** Size limits of workspace files, shared by the import, the exports, the backups and the desktop's file opening. */
const MB = 1024 * 1024;

/** A file size as every message of the app writes it (main process and renderer): "3.2 MB", "21 MB" (binary megabytes, one decimal at most). */
export const megabytes = (bytes: number): string => `${Math.round((bytes / MB) * 10) / 10} MB`;
/** Largest file opened, as stored (compressed or plain): 200 MB. */
export const WORKSPACE_FILE_MAX_BYTES = 200 * MB;
/**
 * Most workspace JSON a file may hold once unpacked: 384 MB. A workspace of 5,000 problems and 5,000 use cases
 * with every text at its maximum length is about 160 MB; the rest is room for text in multi-byte characters.
 * Inflating stops as soon as this is passed (a decompression bomb is refused, not unpacked).
 */
export const WORKSPACE_TEXT_MAX_BYTES = 384 * MB;
/** Files whose JSON is larger than this are written gzip-compressed; smaller ones stay plain JSON (any Lastmile opens them). */
export const WORKSPACE_COMPRESS_ABOVE_BYTES = 32 * MB;
