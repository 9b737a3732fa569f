import type { FileHandle } from 'node:fs/promises';
import { backupIdFor, backupIdSchema, backupsToDelete, parseBackupId, DEFAULT_RETENTION, type BackupContent, type BackupEntry, type RetentionPolicy, type WriteBackupRequest } from '@shared/ipc';
import { containerFault } from '@shared/export/compression';
import { describeFsError, type AtomicWriteFs } from '../files/atomicWrite';
import { writeBackupMakingRoom } from './fullDisk';

/**
 * Automatic backups in `<userData>/backups`: one file per snapshot, named `<workspace key>.<UTC stamp>.json` (a short
 * key: a readable prefix of the workspace id and a hash of it, see shared/ipc/backupIds) so that retention needs
 * no reads. Files named by the earlier scheme (whole id in base64url) still list, restore and count. Each file holds one line of metadata (JSON), a newline, then the
 * workspace file exactly as given: gzip-compressed since compressed workspace files (older backups hold plain JSON).
 * A restore reads those bytes back and opens them with the import's parse, which tells the two apart by the gzip magic bytes.
 */
export interface BackupFs extends AtomicWriteFs {
  mkdir(path: string, options: { recursive: true; mode?: number }): Promise<unknown>;
  readdir(path: string): Promise<string[]>;
  readFile(path: string): Promise<Uint8Array>;
  stat(path: string): Promise<{ size: number }>;
  open(path: string, flags: string, mode?: number): Promise<Pick<FileHandle, 'writeFile' | 'sync' | 'close' | 'read'>>;
}

export interface BackupStoreDeps {
  dir: string;
  fs: BackupFs;
  join(...parts: string[]): string;
  now(): Date;
  /** Local calendar day "YYYY-MM-DD" of an ISO date-time (retention counts local days). */
  dayOf(iso: string): string;
  tempSuffix(): string;
  policy?: RetentionPolicy;
  /** Where a damaged backup file is reported when listing skips it. */
  warn?: (message: string, error: unknown) => void;
}

export interface BackupStore {
  write(request: WriteBackupRequest): Promise<BackupEntry>;
  list(): Promise<BackupEntry[]>;
  read(id: string): Promise<BackupContent>;
}

const META_BYTES = 16 * 1024;

/** Local calendar day of an ISO date-time in the machine's time zone. */
export function localDay(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** What the file name alone tells (workspace key and time), or null for files that are not backups. */
export function parseBackupFileName(fileName: string): { id: string; workspaceKey: string; createdAt: string } | null {
  if (!fileName.endsWith('.json')) return null;
  const id = fileName.slice(0, -'.json'.length);
  const parsed = parseBackupId(id);
  return parsed === null ? null : { id, ...parsed };
}

function parseMeta(line: string, id: string): BackupEntry {
  const meta = JSON.parse(line) as Partial<BackupEntry>;
  if (typeof meta.workspaceId !== 'string' || typeof meta.name !== 'string' || typeof meta.createdAt !== 'string' || typeof meta.bytes !== 'number') {
    throw new Error(`Backup ${id} is damaged`);
  }
  return { id, workspaceId: meta.workspaceId, name: meta.name, createdAt: meta.createdAt, bytes: meta.bytes };
}

export function createBackupStore(deps: BackupStoreDeps): BackupStore {
  const fileOf = (id: string): string => deps.join(deps.dir, `${id}.json`);

  async function existingFiles(): Promise<string[]> {
    try {
      return await deps.fs.readdir(deps.dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw new Error(describeFsError(error, 'list the backups'), { cause: error });
    }
  }

  async function readMeta(id: string): Promise<BackupEntry> {
    const handle = await deps.fs.open(fileOf(id), 'r');
    try {
      const buffer = Buffer.alloc(META_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, META_BYTES, 0);
      const text = buffer.subarray(0, bytesRead).toString('utf8');
      const newline = text.indexOf('\n');
      if (newline < 0) throw new Error(`Backup ${id} is damaged`);
      return parseMeta(text.slice(0, newline), id);
    } finally {
      await handle.close();
    }
  }

  async function applyRetention(): Promise<void> {
    const parsed = (await existingFiles()).map(parseBackupFileName).filter((p) => p !== null);
    const today = deps.dayOf(deps.now().toISOString());
    const doomed = backupsToDelete(
      parsed.map((p) => ({ id: p.id, workspaceId: p.workspaceKey, createdAt: p.createdAt })),
      today,
      deps.dayOf,
      deps.policy ?? DEFAULT_RETENTION,
    );
    for (const id of doomed) await deps.fs.unlink(fileOf(id)).catch(() => undefined);
  }

  return {
    async write(request) {
      const fault = containerFault(request.data);
      if (fault !== null) throw new Error(fault);
      await deps.fs.mkdir(deps.dir, { recursive: true, mode: 0o700 }).catch((error: unknown) => {
        throw new Error(describeFsError(error, 'create the backups folder'), { cause: error });
      });
      const createdAt = deps.now().toISOString();
      const taken = new Set(await existingFiles());
      let id = backupIdFor(request.workspaceId, createdAt);
      for (let n = 1; taken.has(`${id}.json`) && n < 1000; n += 1) id = backupIdFor(request.workspaceId, createdAt, n);
      const entry: BackupEntry = {
        id,
        workspaceId: request.workspaceId,
        name: request.name,
        createdAt,
        bytes: typeof request.data === 'string' ? Buffer.byteLength(request.data, 'utf8') : request.data.byteLength,
      };
      const { id: _omit, ...meta } = entry;
      // A full disk: older backups make room (never the newest of a workspace), then one more try.
      await writeBackupMakingRoom({
        fs: deps.fs,
        file: fileOf(id),
        data:
          typeof request.data === 'string'
            ? `${JSON.stringify(meta)}\n${request.data}`
            : Buffer.concat([Buffer.from(`${JSON.stringify(meta)}\n`, 'utf8'), request.data]),
        tempSuffix: deps.tempSuffix,
        action: `write the backup of "${request.name}"`,
        stored: async () =>
          (await existingFiles())
            .map(parseBackupFileName)
            .filter((p) => p !== null)
            .map((p) => ({ ...p, file: fileOf(p.id) })),
      });
      await applyRetention();
      return entry;
    },

    async list() {
      const entries: BackupEntry[] = [];
      for (const fileName of await existingFiles()) {
        const parsed = parseBackupFileName(fileName);
        if (parsed === null) continue;
        try {
          entries.push(await readMeta(parsed.id));
        } catch (error) {
          (deps.warn ?? console.warn)(`Skipping unreadable backup ${fileName}`, error);
        }
      }
      return entries.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
    },

    async read(id) {
      if (!backupIdSchema.safeParse(id).success) throw new Error('Not a backup id');
      let stored: Uint8Array;
      try {
        stored = await deps.fs.readFile(fileOf(id));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error('This backup no longer exists', { cause: error });
        throw new Error(describeFsError(error, 'read the backup'), { cause: error });
      }
      const newline = stored.indexOf(0x0a);
      if (newline < 0) throw new Error(`Backup ${id} is damaged`);
      const entry = parseMeta(Buffer.from(stored.buffer, stored.byteOffset, newline).toString('utf8'), id);
      // A copy of just the workspace file (a plain Uint8Array, not a view into the whole file's buffer) for the IPC reply.
      return { entry, data: new Uint8Array(stored.subarray(newline + 1)) };
    },
  };
}
