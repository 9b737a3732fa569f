import { closeSync, fchmodSync, fsyncSync, lstatSync, openSync, readFileSync, realpathSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';

/** Small settings files in userData (window state, recent files): read, or null when absent or unreadable. */
export function readTextFileSync(filePath: string): string | null {
  try {
    return readFileSync(filePath, 'utf8');
  } catch {
    return null;
  }
}

/** The file a write replaces: the file itself, or the one a symbolic link leads to (the link stays). */
function realTargetSync(filePath: string): string {
  try {
    return realpathSync.native(filePath);
  } catch {
    return filePath;
  }
}

/**
 * Writes a small settings file synchronously (it runs while the window closes, when an async write
 * could be cut short), through a flushed temp file and a rename so a crash never leaves half a file.
 * Like every file write, it keeps what the user had: an existing file's permissions (new ones are private,
 * 0600) and a symbolic link in place of the file. Settings are conveniences: a failure is logged, not fatal.
 */
export function writeTextFileSync(filePath: string, text: string): void {
  const target = realTargetSync(filePath);
  const temp = `${target}.${process.pid}.tmp`;
  let fd: number | null = null;
  try {
    let mode = 0o600;
    try {
      mode = lstatSync(target).mode & 0o7777;
    } catch {
      // A new file: private.
    }
    fd = openSync(temp, 'w', 0o600);
    writeSync(fd, text, null, 'utf8');
    fchmodSync(fd, mode);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    renameSync(temp, target);
    syncFolderSync(path.dirname(target));
  } catch (error) {
    try {
      if (fd !== null) closeSync(fd);
      unlinkSync(temp);
    } catch {
      // Already gone.
    }
    console.error(`Could not save ${filePath}`, error);
  }
}

function syncFolderSync(folder: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch {
    // Folders cannot be flushed on every platform; the rename is atomic regardless.
  } finally {
    if (fd !== null) closeSync(fd);
  }
}
