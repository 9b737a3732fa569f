/**
 * Persistent storage: by default a browser may evict a site's IndexedDB under storage pressure, which
 * would lose every workspace. The app asks once, at start, that its storage be kept until the user deletes
 * it (navigator.storage.persist(); the desktop app's permission handler grants exactly this permission),
 * and Help → About shows the answer with the space used.
 */

/** The parts of the StorageManager used here (absent in old browsers and some test environments). */
export type StorageLike = Partial<Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>>;

export interface StorageState {
  /** true = kept until the user deletes it; false = may be cleared under pressure; null = the browser cannot say. */
  persisted: boolean | null;
  /** Bytes used and the most the system allows (estimates), or null when unknown. */
  usage: number | null;
  quota: number | null;
}

const browserStorage = (): StorageLike | undefined => (typeof navigator === 'undefined' ? undefined : navigator.storage);

const requests = new WeakMap<StorageLike, Promise<boolean | null>>();

/**
 * Asks for persistent storage once per storage manager (later calls share the first answer): true when the
 * storage is persistent (already, or granted now), false when refused, null when the browser has no way to ask.
 */
export function requestPersistentStorage(storage: StorageLike | undefined = browserStorage()): Promise<boolean | null> {
  if (!storage?.persist) return Promise.resolve(null);
  const asked = requests.get(storage);
  if (asked) return asked;
  const ask = (async () => {
    try {
      if (await storage.persisted?.()) return true;
      return await (storage.persist as () => Promise<boolean>)();
    } catch {
      return null;
    }
  })();
  requests.set(storage, ask);
  return ask;
}

/** Whether the storage is persistent now, and the browser's estimate of the space used and allowed. */
export async function readStorageState(storage: StorageLike | undefined = browserStorage()): Promise<StorageState> {
  const persisted = storage?.persisted ? await storage.persisted().catch(() => null) : null;
  const estimate = storage?.estimate ? await storage.estimate().catch(() => null) : null;
  const known = (n: number | undefined) => (typeof n === 'number' && Number.isFinite(n) ? n : null);
  return { persisted, usage: known(estimate?.usage), quota: known(estimate?.quota) };
}
