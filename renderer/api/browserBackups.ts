import { isQuotaError } from '@renderer/db/repositoryResult';
import { containerFault } from '@shared/export/compression';
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
  if (isQuotaError(error)) return `The disk is full: could not ${action}; the earlier backups are kept. Free some space and try again.`;
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
    // A database that could not be opened (a full disk while it was created) is opened again next time, not given up on.
    dbPromise.catch(() => {
      dbPromise = null;
    });
    return dbPromise;
  };

  const allEntries = async (): Promise<BackupEntry[]> => {
    const tx = (await db()).transaction(ENTRIES, 'readonly');
    return request(tx.objectStore(ENTRIES).getAll() as IDBRequest<BackupEntry[]>);
  };

  return {
    async write(req) {
      const fault = containerFault(req.data);
      if (fault !== null) throw new Error(fault);
      const action = `write the backup of "${req.name}"`;
      try {
        const createdAt = now().toISOString();
        const existing = await allEntries();
        const taken = new Set(existing.map((e) => e.id));
        let id = backupIdFor(req.workspaceId, createdAt);
        for (let n = 1; taken.has(id) && n < 1000; n += 1) id = backupIdFor(req.workspaceId, createdAt, n);
        const entry: BackupEntry = { id, workspaceId: req.workspaceId, name: req.name, createdAt, bytes: typeof req.data === 'string' ? new TextEncoder().encode(req.data).length : req.data.byteLength };
        const doomed = backupsToDelete(
          [...existing, entry].map((e) => ({ id: e.id, workspaceId: e.workspaceId, createdAt: e.createdAt })),
          localDay(createdAt),
          localDay,
        );
        const tx = (await db()).transaction([ENTRIES, CONTENTS], 'readwrite');
        const done = finished(tx);
        try {
          // The new backup first, old ones pruned after: a refused write aborts the whole transaction, so a full disk
          // never leaves an entry without its content, nor deletes an older backup without the new one in its place.
          tx.objectStore(CONTENTS).put(req.data, id);
          tx.objectStore(ENTRIES).put(entry);
          for (const old of doomed) {
            tx.objectStore(ENTRIES).delete(old);
            tx.objectStore(CONTENTS).delete(old);
          }
        } catch (error) {
          done.catch(() => undefined);
          try {
            tx.abort();
          } catch {
            // already finished or aborted
          }
          throw error;
        }
        await done;
        return entry;
      } catch (error) {
        throw new Error(describeStorageError(error, action), { cause: error });
      }
    },

    async list() {
      return (await allEntries()).sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
    },

    async read(id) {
      const tx = (await db()).transaction([ENTRIES, CONTENTS], 'readonly');
      // Contents are the workspace file as written: bytes (gzip) since compression, plain JSON text before.
      const [entry, data] = await Promise.all([
        request(tx.objectStore(ENTRIES).get(id) as IDBRequest<BackupEntry | undefined>),
        request(tx.objectStore(CONTENTS).get(id) as IDBRequest<Uint8Array<ArrayBuffer> | string | undefined>),
      ]);
      if (entry === undefined || data === undefined) throw new Error('This backup no longer exists');
      return { entry, data };
    },
  };
}
