import { backupIdFor, backupsToDelete, type BackupContent, type BackupEntry, type WriteBackupRequest } from '@shared/ipc';

/**
 * Backups in the browser host. The one exception to "only renderer/db touches IndexedDB": a small,
 * separate database (`lastmile-backups`) through the plain indexedDB API, so that backups never share a
 * schema or a transaction with the workspaces they protect. Same ids and retention as the desktop host.
 */
export const BACKUP_DB_NAME = 'lastmile-backups';
const ENTRIES = 'entries';
const CONTENTS = 'contents';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function finished(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

function describeStorageError(error: unknown, action: string): string {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'QuotaExceededError') return `The browser's storage is full: could not ${action}. Free some space and try again.`;
  return `Could not ${action}: ${error instanceof Error ? error.message : String(error)}`;
}

export function localDay(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export interface BrowserBackups {
  write(request: WriteBackupRequest): Promise<BackupEntry>;
  list(): Promise<BackupEntry[]>;
  read(id: string): Promise<BackupContent>;
}

export function createBrowserBackups(factory: IDBFactory, now: () => Date = () => new Date()): BrowserBackups {
  let dbPromise: Promise<IDBDatabase> | null = null;
  const db = (): Promise<IDBDatabase> => {
    dbPromise ??= new Promise((resolve, reject) => {
      const open = factory.open(BACKUP_DB_NAME, 1);
      open.onupgradeneeded = () => {
        open.result.createObjectStore(ENTRIES, { keyPath: 'id' });
        open.result.createObjectStore(CONTENTS);
      };
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new Error('Could not open the backups database'));
    });
    return dbPromise;
  };

  const allEntries = async (): Promise<BackupEntry[]> => {
    const tx = (await db()).transaction(ENTRIES, 'readonly');
    return request(tx.objectStore(ENTRIES).getAll() as IDBRequest<BackupEntry[]>);
  };

  return {
    async write(req) {
      try {
        JSON.parse(req.json);
      } catch {
        throw new Error('The backup was not written: the workspace data is not valid JSON');
      }
      const createdAt = now().toISOString();
      const existing = await allEntries();
      const taken = new Set(existing.map((e) => e.id));
      let id = backupIdFor(req.workspaceId, createdAt);
      for (let n = 1; taken.has(id) && n < 1000; n += 1) id = backupIdFor(req.workspaceId, createdAt, n);
      const entry: BackupEntry = { id, workspaceId: req.workspaceId, name: req.name, createdAt, bytes: new TextEncoder().encode(req.json).length };
      const all = [...existing, entry];
      const doomed = backupsToDelete(
        all.map((e) => ({ id: e.id, workspaceId: e.workspaceId, createdAt: e.createdAt })),
        localDay(createdAt),
        localDay,
      );
      try {
        const tx = (await db()).transaction([ENTRIES, CONTENTS], 'readwrite');
        tx.objectStore(ENTRIES).put(entry);
        tx.objectStore(CONTENTS).put(req.json, id);
        for (const old of doomed) {
          tx.objectStore(ENTRIES).delete(old);
          tx.objectStore(CONTENTS).delete(old);
        }
        await finished(tx);
      } catch (error) {
        throw new Error(describeStorageError(error, `write the backup of "${req.name}"`), { cause: error });
      }
      return entry;
    },

    async list() {
      return (await allEntries()).sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
    },

    async read(id) {
      const tx = (await db()).transaction([ENTRIES, CONTENTS], 'readonly');
      const [entry, json] = await Promise.all([
        request(tx.objectStore(ENTRIES).get(id) as IDBRequest<BackupEntry | undefined>),
        request(tx.objectStore(CONTENTS).get(id) as IDBRequest<string | undefined>),
      ]);
      if (entry === undefined || json === undefined) throw new Error('This backup no longer exists');
      return { entry, json };
    },
  };
}
