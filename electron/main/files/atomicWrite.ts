import type { FileHandle } from 'node:fs/promises';

/** The fs functions an atomic write needs (node:fs/promises, or a stand-in that fails on purpose). */
export interface AtomicWriteFs {
  open(path: string, flags: string, mode?: number): Promise<Pick<FileHandle, 'writeFile' | 'sync' | 'close'>>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

/** A plain-language message for a failed file operation; a full disk is named as such. */
export function describeFsError(error: unknown, action: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return `The disk is full: could not ${action}. Free some space and try again.`;
    case 'EACCES':
    case 'EPERM':
      return `Permission denied: could not ${action}.`;
    case 'EROFS':
      return `The disk is read-only: could not ${action}.`;
    case 'ENOENT':
      return `Could not ${action}: the file or folder does not exist.`;
    default:
      return `Could not ${action}: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/**
 * Writes `data` to `target` so that the target is either the old file or the complete new one, never
 * half a file: write a temp file beside it, flush it to disk, then rename over the target. On failure
 * the temp file is removed and an Error with a plain message (disk full, permission) is thrown.
 */
export async function writeFileAtomic(
  fs: AtomicWriteFs,
  target: string,
  data: Uint8Array | string,
  options: { tempSuffix: string; action?: string; mode?: number },
): Promise<void> {
  const temp = `${target}.${options.tempSuffix}.tmp`;
  const action = options.action ?? `save ${target}`;
  let handle: Pick<FileHandle, 'writeFile' | 'sync' | 'close'> | null = null;
  try {
    handle = await fs.open(temp, 'wx', options.mode ?? 0o644);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = null;
    await fs.rename(temp, target);
  } catch (error) {
    if (handle !== null) await handle.close().catch(() => undefined);
    await fs.unlink(temp).catch(() => undefined);
    throw new Error(describeFsError(error, action), { cause: error });
  }
}
