import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';

/** What an atomic write needs to know about a file (node's Stats fit). */
export interface AtomicWriteStats {
  mode: number;
  uid: number;
  gid: number;
  size: number;
  isFile(): boolean;
  isSymbolicLink(): boolean;
}

/** The fs functions an atomic write needs (node:fs/promises, or a stand-in that fails on purpose). */
export interface AtomicWriteFs {
  open(path: string, flags: string, mode?: number): Promise<Pick<FileHandle, 'writeFile' | 'sync' | 'close'>>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  lstat(path: string): Promise<AtomicWriteStats>;
  realpath(path: string): Promise<string>;
  readlink(path: string): Promise<string>;
  chmod(path: string, mode: number): Promise<void>;
  chown(path: string, uid: number, gid: number): Promise<void>;
}

const codeOf = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | undefined)?.code;

/** A plain-language message for a failed file operation; a full disk is named as such. */
export function describeFsError(error: unknown, action: string): string {
  switch (codeOf(error)) {
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
    case 'EISDIR':
      return `Could not ${action}: there is a folder of that name.`;
    case 'ELOOP':
      return `Could not ${action}: the shortcut (symbolic link) points to itself in a loop.`;
    default:
      return `Could not ${action}: ${error instanceof Error ? error.message : String(error)}`;
  }
}

const MAX_LINK_HOPS = 40;

/**
 * The file a write to `target` should replace: `target` itself, or, when it is a symbolic link (even one
 * whose target does not exist yet), the file at the end of the link, so the link stays a link.
 */
export async function resolveWriteTarget(fs: Pick<AtomicWriteFs, 'realpath' | 'lstat' | 'readlink'>, target: string): Promise<string> {
  let current = path.resolve(target);
  for (let hop = 0; hop <= MAX_LINK_HOPS; hop += 1) {
    try {
      return await fs.realpath(current);
    } catch (error) {
      if (codeOf(error) !== 'ENOENT') throw error;
    }
    let link: string;
    try {
      if (!(await fs.lstat(current)).isSymbolicLink()) return current;
      link = await fs.readlink(current);
    } catch (error) {
      if (codeOf(error) === 'ENOENT') return current;
      throw error;
    }
    current = path.resolve(path.dirname(current), link);
  }
  throw Object.assign(new Error(`Too many symbolic links at ${target}`), { code: 'ELOOP' });
}

/** The file's own details (not a link's: `file` is already resolved), or null when there is none. */
async function statIfExists(fs: Pick<AtomicWriteFs, 'lstat'>, file: string): Promise<AtomicWriteStats | null> {
  try {
    return await fs.lstat(file);
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return null;
    throw error;
  }
}

/** Flushes a folder's entries (the rename) to disk; folders cannot be opened for that on Windows, which is fine. */
async function syncFolder(fs: Pick<AtomicWriteFs, 'open'>, folder: string): Promise<void> {
  let handle: Pick<FileHandle, 'sync' | 'close'> | null = null;
  try {
    handle = await fs.open(folder, 'r');
    await handle.sync();
  } catch {
    // Not supported on this platform or file system: the rename itself is still atomic.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * Writes `data` to `target` so that the target is either the old file or the complete new one, never
 * half a file: write a temp file beside the real file, flush it to disk, then rename over it and flush the
 * folder. What the user had is kept: an existing file keeps its permissions (and owner, where the system
 * allows), and a symbolic link stays a link while the file it points to gets the new content. On failure
 * the temp file is removed and an Error with a plain message (disk full, permission) is thrown.
 */
export async function writeFileAtomic(
  fs: AtomicWriteFs,
  target: string,
  data: Uint8Array | string,
  options: { tempSuffix: string; action?: string; mode?: number },
): Promise<void> {
  const action = options.action ?? `save ${target}`;
  let temp: string | null = null;
  let handle: Pick<FileHandle, 'writeFile' | 'sync' | 'close'> | null = null;
  try {
    const real = await resolveWriteTarget(fs, target);
    const existing = await statIfExists(fs, real);
    if (existing !== null && !existing.isFile()) throw Object.assign(new Error(`${real} is not a file`), { code: 'EISDIR' });
    temp = `${real}.${options.tempSuffix}.tmp`;
    // While the data is written the temp file is private; it takes the old file's permissions before it replaces it.
    handle = await fs.open(temp, 'wx', existing === null ? (options.mode ?? 0o644) : 0o600);
    await handle.writeFile(data);
    if (existing !== null) {
      const mine = await fs.lstat(temp);
      if (mine.uid !== existing.uid || mine.gid !== existing.gid) {
        // Only an administrator may give a file away; a group the user belongs to may still succeed.
        await fs.chown(temp, existing.uid, existing.gid).catch(() => fs.chown(temp ?? '', mine.uid, existing.gid).catch(() => undefined));
      }
      await fs.chmod(temp, existing.mode & 0o7777);
    }
    await handle.sync();
    await handle.close();
    handle = null;
    await fs.rename(temp, real);
    temp = null;
    await syncFolder(fs, path.dirname(real));
  } catch (error) {
    if (handle !== null) await handle.close().catch(() => undefined);
    if (temp !== null) await fs.unlink(temp).catch(() => undefined);
    throw new Error(describeFsError(error, action), { cause: error });
  }
}
