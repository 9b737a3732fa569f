import { backupsToFreeSpace } from '@shared/ipc';
import { writeFileAtomic, type AtomicWriteFs } from '../files/atomicWrite';

/** True when the error (or what caused it) is a full disk or an exhausted quota. */
export function isDiskFull(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current !== null && typeof current === 'object'; depth += 1) {
    const code = (current as NodeJS.ErrnoException).code;
    if (code === 'ENOSPC' || code === 'EDQUOT') return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/** A backup file already on disk: its id, the workspace it belongs to (a key), when it was taken, and its path. */
export interface StoredBackup {
  id: string;
  workspaceKey: string;
  createdAt: string;
  file: string;
}

export interface MakeRoomFs extends AtomicWriteFs {
  stat(path: string): Promise<{ size: number }>;
}

/**
 * Writes a backup file atomically. When the disk is full, removes older backups (oldest first, never the
 * newest of a workspace) until there is room for this one, and tries once more; if that fails too, the
 * error says in plain words that the disk is full. Answers the ids it removed.
 */
export async function writeBackupMakingRoom(options: {
  fs: MakeRoomFs;
  file: string;
  data: Uint8Array | string;
  tempSuffix(): string;
  action: string;
  stored(): Promise<StoredBackup[]>;
}): Promise<{ removed: string[] }> {
  const write = (): Promise<void> => writeFileAtomic(options.fs, options.file, options.data, { tempSuffix: options.tempSuffix(), action: options.action, mode: 0o600 });
  try {
    await write();
    return { removed: [] };
  } catch (error) {
    if (!isDiskFull(error)) throw error;
    const stored = (await options.stored().catch(() => [])).filter((b) => b.file !== options.file);
    const sized = await Promise.all(
      stored.map(async (b) => ({ id: b.id, workspaceId: b.workspaceKey, createdAt: b.createdAt, file: b.file, bytes: (await options.fs.stat(b.file).catch(() => null))?.size ?? 0 })),
    );
    const needed = typeof options.data === 'string' ? Buffer.byteLength(options.data, 'utf8') : options.data.byteLength;
    const doomed = new Set(backupsToFreeSpace(sized, needed));
    if (doomed.size === 0) throw error;
    const removed: string[] = [];
    for (const b of sized) {
      if (!doomed.has(b.id)) continue;
      const gone = await options.fs.unlink(b.file).then(
        () => true,
        () => false,
      );
      if (gone) removed.push(b.id);
    }
    try {
      await write();
      return { removed };
    } catch (retryError) {
      if (!isDiskFull(retryError)) throw retryError;
      const count = removed.length === 1 ? '1 older backup' : `${removed.length} older backups`;
      throw new Error(`The disk is full: could not ${options.action}, even after removing ${count} to make room. Free some space and try again.`, {
        cause: retryError,
      });
    }
  }
}
