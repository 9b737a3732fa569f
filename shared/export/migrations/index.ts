import type { FieldError } from '@shared/domain/validation';
import { jsonDepthFault } from '../jsonDepth';
import type { Migration, RawDocument } from './types';
import { v0ToV1 } from './v0ToV1';
import { v1ToV2 } from './v1ToV2';
import { v2ToV3 } from './v2ToV3';
import { v3ToV4 } from './v3ToV4';
import { v4ToV5 } from './v4ToV5';
import { v5ToV6 } from './v5ToV6';
import { v6ToV7 } from './v6ToV7';

/**
 * Every step of the workspace file format, in order: MIGRATIONS[k] turns version k into version k + 1.
 * To change the format: bump WORKSPACE_FILE_VERSION, add `vNToVN+1.ts` here with its own test, and a note
 * in WORKSPACE_FILE_FORMAT.md.
 */
export const MIGRATIONS: readonly Migration[] = [v0ToV1, v1ToV2, v2ToV3, v3ToV4, v4ToV5, v5ToV6, v6ToV7];

export type MigrationOutcome = { ok: true; document: RawDocument } | { ok: false; errors: FieldError[] };

/**
 * Runs the steps from `fromVersion` up to `toVersion`, one after another (a loop, not recursion); never throws. A
 * document nested deeper than the bound (jsonDepth.ts) is refused before any step walks it, and after each step.
 */
export function migrateDocument(
  document: RawDocument,
  fromVersion: number,
  toVersion: number,
  migrations: readonly Migration[] = MIGRATIONS,
): MigrationOutcome {
  let current = document;
  const tooDeep = jsonDepthFault(current);
  if (tooDeep) return { ok: false, errors: [tooDeep] };
  for (let v = fromVersion; v < toVersion; v++) {
    const step = migrations.find((m) => m.from === v);
    if (!step) return { ok: false, errors: [{ path: 'version', message: `Files of version ${v} cannot be opened by this Lastmile (no upgrade path)` }] };
    try {
      const result = step.migrate(current);
      if (!result.ok) return result;
      current = { ...result.document, version: v + 1 };
      const deeper = jsonDepthFault(current);
      if (deeper) return { ok: false, errors: [deeper] };
    } catch (error) {
      return { ok: false, errors: [{ path: 'version', message: `Upgrading the file from version ${v} failed: ${error instanceof Error ? error.message : String(error)}` }] };
    }
  }
  return { ok: true, document: current };
}

export type { Migration, RawDocument } from './types';
