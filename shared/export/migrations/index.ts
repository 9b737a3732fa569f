import type { FieldError } from '@shared/domain/validation';
import type { Migration, RawDocument } from './types';
import { v0ToV1 } from './v0ToV1';
import { v1ToV2 } from './v1ToV2';

/**
 * Every step of the workspace file format, in order: MIGRATIONS[k] turns version k into version k + 1.
 * To change the format: bump WORKSPACE_FILE_VERSION, add `vNToVN+1.ts` here with its own test, and a note
 * in WORKSPACE_FILE_FORMAT.md.
 */
export const MIGRATIONS: readonly Migration[] = [v0ToV1, v1ToV2];

export type MigrationOutcome = { ok: true; document: RawDocument } | { ok: false; errors: FieldError[] };

/** Runs the steps from `fromVersion` up to `toVersion`; never throws. */
export function migrateDocument(
  document: RawDocument,
  fromVersion: number,
  toVersion: number,
  migrations: readonly Migration[] = MIGRATIONS,
): MigrationOutcome {
  let current = document;
  for (let v = fromVersion; v < toVersion; v++) {
    const step = migrations.find((m) => m.from === v);
    if (!step) return { ok: false, errors: [{ path: 'version', message: `Files of version ${v} cannot be opened by this Lastmile (no upgrade path)` }] };
    try {
      const result = step.migrate(current);
      if (!result.ok) return result;
      current = { ...result.document, version: v + 1 };
    } catch (error) {
      return { ok: false, errors: [{ path: 'version', message: `Upgrading the file from version ${v} failed: ${error instanceof Error ? error.message : String(error)}` }] };
    }
  }
  return { ok: true, document: current };
}

export type { Migration, RawDocument } from './types';
