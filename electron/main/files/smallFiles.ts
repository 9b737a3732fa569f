import { readFileSync, renameSync, writeFileSync } from 'node:fs';

/** Small settings files in userData (window state, recent files): read, or null when absent or unreadable. */
export function readTextFileSync(filePath: string): string | null {
  try {
    return readFileSync(filePath, 'utf8');
  } catch {
    return null;
  }
}

/**
 * Writes a small settings file synchronously (it runs while the window closes, when an async write
 * could be cut short), through a temp file and a rename so a crash never leaves half a file.
 * Settings are conveniences: a failure is logged, not fatal.
 */
export function writeTextFileSync(filePath: string, text: string): void {
  const temp = `${filePath}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, text, { encoding: 'utf8', mode: 0o600 });
    renameSync(temp, filePath);
  } catch (error) {
    console.error(`Could not save ${filePath}`, error);
  }
}
