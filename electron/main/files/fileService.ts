import { megabytes } from '@shared/export/fileLimits';
import type { FileFilter } from '@shared/ipc';
import { describeFsError, writeFileAtomic, type AtomicWriteFs } from './atomicWrite';
import { assertPathAllowed, type PathPolicy } from './pathPolicy';

/** The fs functions the file service needs. */
export interface FileServiceFs extends AtomicWriteFs {
  stat(path: string): Promise<{ size: number; isFile(): boolean }>;
  readFile(path: string): Promise<Uint8Array>;
}

export interface FileService {
  /** Writes to a path that passed the path policy (dialog-chosen or app folder), atomically. */
  write(target: string, data: Uint8Array | string): Promise<void>;
  /** Reads a policy-approved regular file of at most `maxBytes`. */
  read(target: string, maxBytes: number): Promise<Uint8Array<ArrayBuffer>>;
}

export function createFileService(deps: { fs: FileServiceFs; policy: PathPolicy; tempSuffix(): string }): FileService {
  return {
    async write(target, data) {
      assertPathAllowed(target, deps.policy);
      await writeFileAtomic(deps.fs, target, data, { tempSuffix: deps.tempSuffix(), action: `save ${target}` });
    },
    async read(target, maxBytes) {
      assertPathAllowed(target, deps.policy);
      let stat: { size: number; isFile(): boolean };
      try {
        stat = await deps.fs.stat(target);
      } catch (error) {
        throw new Error(describeFsError(error, `open ${target}`), { cause: error });
      }
      if (!stat.isFile()) throw new Error(`${target} is not a file`);
      if (stat.size > maxBytes) {
        throw new Error(`The file is ${megabytes(stat.size)}, more than the ${megabytes(maxBytes)} this import accepts`);
      }
      try {
        return new Uint8Array(await deps.fs.readFile(target));
      } catch (error) {
        throw new Error(describeFsError(error, `open ${target}`), { cause: error });
      }
    },
  };
}

/** Electron dialog filters from the contract's filters (plus "All files" is never added: the app reads what it asked for). */
export function dialogFilters(filters: readonly FileFilter[]): { name: string; extensions: string[] }[] {
  return filters.map((f) => ({ name: f.name, extensions: [...f.extensions] }));
}

