import { z } from 'zod';

export const MAX_RECENT_FILES = 10;

/** Puts `filePath` first, without duplicates, keeping at most `max` entries. */
export function addRecentFile(list: readonly string[], filePath: string, max = MAX_RECENT_FILES): string[] {
  return [filePath, ...list.filter((p) => p !== filePath)].slice(0, max);
}

const recentSchema = z.array(z.string().min(1).max(4096)).max(100);

/** Reads the saved list; malformed content counts as an empty list. */
export function parseRecentFiles(raw: string | null, isAbsolute: (p: string) => boolean): string[] {
  if (raw === null) return [];
  try {
    const parsed = recentSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data.filter(isAbsolute).slice(0, MAX_RECENT_FILES) : [];
  } catch {
    return [];
  }
}

export interface RecentFilesStore {
  list(): readonly string[];
  add(filePath: string): void;
  remove(filePath: string): void;
  clear(): void;
}

/**
 * The recent-files list kept in userData. `persist` writes it (atomically, by the caller's writer);
 * `onChange` rebuilds the menu and tells the OS (addRecentDocument).
 */
export function createRecentFilesStore(options: {
  initial: readonly string[];
  persist: (json: string) => void;
  onChange: (list: readonly string[], added?: string) => void;
}): RecentFilesStore {
  let current: string[] = [...options.initial];
  const update = (next: string[], added?: string): void => {
    current = next;
    options.persist(JSON.stringify(current));
    options.onChange(current, added);
  };
  return {
    list: () => current,
    add: (filePath) => update(addRecentFile(current, filePath), filePath),
    remove: (filePath) => update(current.filter((p) => p !== filePath)),
    clear: () => update([]),
  };
}
