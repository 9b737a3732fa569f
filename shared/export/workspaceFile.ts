/**
 * The workspace file (`.lastmile`): one versioned JSON document carrying a whole workspace, so a
 * consultant can take it to the next machine. Format notes: WORKSPACE_FILE_FORMAT.md beside this file.
 *
 *   { format: 'lastmile-workspace', version: 1, exportedAt, app: { version }, workspace, problems, useCases, plan? }
 *
 * Writing is deterministic (fixed top-level order, other keys sorted, 2-space indent). Reading never
 * throws: a file that is too large, not JSON, cut off, of another format or of a newer version is refused
 * with a plain message; an older version is upgraded through the migrations; then every record is
 * validated with the shared schemas and every reference checked, each fault reported with its path.
 */
import { problemSchema } from '@shared/domain/problem';
import { useCaseSchema } from '@shared/domain/useCase';
import type { FieldError } from '@shared/domain/validation';
import { workspaceSchema } from '@shared/domain/workspace';
import { portfolioPlanSchema } from '@shared/portfolio/plan';
import { migrateDocument } from './migrations';
import { isRecord } from './migrations/types';
import { stableStringify } from './stableJson';
import { describeJsonFailure } from './jsonFailure';
import { validateWorkspaceDocument, type WorkspaceBundle, type WorkspaceFileMeta } from './workspaceFileValidation';

export type { WorkspaceBundle, WorkspaceFileMeta } from './workspaceFileValidation';

export const WORKSPACE_FILE_FORMAT = 'lastmile-workspace';
export const WORKSPACE_FILE_VERSION = 2;
export const WORKSPACE_FILE_EXTENSION = '.lastmile';
export const WORKSPACE_FILE_MIME = 'application/json';
/** Largest file opened: 50 MB (a 5,000-use-case workspace is about 20 MB). */
export const WORKSPACE_FILE_MAX_BYTES = 50 * 1024 * 1024;

const TOP_LEVEL_ORDER = ['format', 'version', 'exportedAt', 'app', 'workspace', 'problems', 'useCases', 'plan'] as const;

export type WorkspaceFileResult =
  | { ok: true; bundle: WorkspaceBundle; meta: WorkspaceFileMeta; migratedFrom?: number }
  | { ok: false; errors: FieldError[] };

export interface ParseWorkspaceFileOptions {
  /** Refuse files larger than this many bytes (default WORKSPACE_FILE_MAX_BYTES). */
  maxBytes?: number;
}

/** Writes a record through its schema when it is valid, so only known fields in canonical form are written. */
function canonical<T>(schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false } }, value: T): T {
  const r = schema.safeParse(value);
  return r.success ? r.data : value;
}

/** The `.lastmile` text of a workspace: deterministic, pretty, current version. */
export function serializeWorkspaceFile(bundle: WorkspaceBundle, meta: WorkspaceFileMeta): string {
  const document: Record<string, unknown> = {
    format: WORKSPACE_FILE_FORMAT,
    version: WORKSPACE_FILE_VERSION,
    exportedAt: meta.exportedAt,
    app: { version: meta.appVersion },
    workspace: canonical(workspaceSchema, bundle.workspace),
    problems: bundle.problems.map((p) => canonical(problemSchema, p)),
    useCases: bundle.useCases.map((uc) => canonical(useCaseSchema, uc)),
  };
  if (bundle.plan) document.plan = canonical(portfolioPlanSchema, bundle.plan);
  return stableStringify(document, TOP_LEVEL_ORDER);
}

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;

/**
 * Size check to run before reading a file at all (e.g. on `File.size` or `fs.stat`), and again on the text.
 * Returns the refusal, or null when the size is acceptable.
 */
export function checkWorkspaceFileSize(bytes: number, maxBytes = WORKSPACE_FILE_MAX_BYTES): FieldError | null {
  if (bytes <= maxBytes) return null;
  return { path: '', message: `The file is too large (${megabytes(bytes)}); Lastmile opens workspace files of up to ${megabytes(maxBytes)}` };
}

/** UTF-8 size of the text, counted only as far as needed to know it is over the limit. */
function utf8BytesUpTo(text: string, limit: number): number {
  if (text.length > limit) return text.length; // every UTF-16 unit is at least one UTF-8 byte
  if (text.length * 3 <= limit) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? 4 : c >= 0xdc00 && c < 0xe000 ? 0 : 3;
    if (bytes > limit) return bytes;
  }
  return bytes;
}

const fail = (message: string, path = ''): WorkspaceFileResult => ({ ok: false, errors: [{ path, message }] });

/** Reads a `.lastmile` file's text into a validated workspace bundle, or every reason it cannot. Never throws. */
export function parseWorkspaceFile(text: string, options: ParseWorkspaceFileOptions = {}): WorkspaceFileResult {
  try {
    return parseUnguarded(text, options);
  } catch (error) {
    // Defence in depth: validation is written not to throw, but a file must never crash the app.
    return fail(`The file could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function parseUnguarded(text: unknown, options: ParseWorkspaceFileOptions): WorkspaceFileResult {
  if (typeof text !== 'string') return fail('The file could not be read as text');
  const maxBytes = options.maxBytes ?? WORKSPACE_FILE_MAX_BYTES;
  const tooLarge = checkWorkspaceFileSize(utf8BytesUpTo(text, maxBytes), maxBytes);
  if (tooLarge) return { ok: false, errors: [tooLarge] };

  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (source.trim() === '') return fail('The file is empty');
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch {
    return fail(describeJsonFailure(source));
  }
  if (!isRecord(data)) return fail('This is not a Lastmile workspace file (it holds no workspace data)');
  if (data.format !== WORKSPACE_FILE_FORMAT) {
    return data.format === undefined
      ? fail('This is not a Lastmile workspace file (it has no "format": "lastmile-workspace" marker)', 'format')
      : fail(`This is not a Lastmile workspace file (its format is "${String(data.format).slice(0, 60)}")`, 'format');
  }
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return fail('The file has no valid format version (a whole number such as 1)', 'version');
  }
  if (version > WORKSPACE_FILE_VERSION) {
    return fail(`This file was made by a newer Lastmile (file version ${version}; this app reads up to version ${WORKSPACE_FILE_VERSION}). Update the app to open it.`, 'version');
  }
  const migrated = migrateDocument(data, version, WORKSPACE_FILE_VERSION);
  if (!migrated.ok) return migrated;
  const validated = validateWorkspaceDocument(migrated.document);
  if (!validated.ok) return validated;
  return version < WORKSPACE_FILE_VERSION
    ? { ok: true, bundle: validated.bundle, meta: validated.meta, migratedFrom: version }
    : { ok: true, bundle: validated.bundle, meta: validated.meta };
}

/** One fault as a line of text: `useCases[3].pilot.cost: Pilot cost must be a number of 0 or more`. */
export function formatFileError(error: FieldError): string {
  return error.path === '' ? error.message : `${error.path}: ${error.message}`;
}
