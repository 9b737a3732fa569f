/**
 * The workspace file (`.lastmile`): one versioned JSON document carrying a whole workspace, so a
 * consultant can take it to the next machine. Format notes: WORKSPACE_FILE_FORMAT.md beside this file.
 *
 *   { format: 'lastmile-workspace', version: 7, exportedAt, app: { version }, workspace, problems, useCases, plan?, decisions?, changeLog?, snapshots?, scenarios?, sessions?, spend?, inventorySettings? }
 *
 * Writing is deterministic (fixed top-level order, other keys sorted, 2-space indent); a large file is written
 * gzip-compressed (the same JSON in a gzip container, compression.ts), and every file is read back through
 * the import's own parse before it is handed out, so the app never writes a file it would refuse. Reading
 * never throws and takes text or bytes (plain or gzip, told apart by the gzip magic bytes): a file that is
 * too large, not JSON, cut off, of another format or of a newer version is refused with a plain message; an
 * older version is upgraded through the migrations; then every record is validated with the shared schemas
 * and every reference checked, each fault reported with its path.
 */
import { problemSchema } from '@shared/domain/problem';
import { useCaseSchema, type UseCase } from '@shared/domain/useCase';
import { scenarioSchema, type Scenario } from '@shared/domain/scenario';
import { workshopSessionSchema, type WorkshopSession } from '@shared/domain/workshop';
import { withoutCandidates } from '@shared/workshop/session';
import { spendItemSchema, type SpendItem } from '@shared/domain/spend';
import { boardSnapshotSchema, changeLogEntrySchema, fundingDecisionSchema } from '@shared/domain/record';
import type { FieldError } from '@shared/domain/validation';
import { workspaceSchema } from '@shared/domain/workspace';
import { portfolioPlanSchema, type PortfolioPlan } from '@shared/portfolio/plan';
import { migrateDocument } from './migrations';
import { isRecord } from './migrations/types';
import { stableStringify } from './stableJson';
import { gunzipTextSteps, gzipTextSteps, isGzip, runSteps, runStepsAsync, type InflateOutcome, type StepOptions, type Steps } from './compression';
import { decodeUtf8 } from './utf8Text';
import { describeJsonFailure } from './jsonFailure';
import { jsonDepthFault } from './jsonDepth';
import { inventorySettingsInFileSchema, validateWorkspaceDocument, type WorkspaceBundle, type WorkspaceFileMeta } from './workspaceFileValidation';

export type { WorkspaceBundle, WorkspaceFileMeta } from './workspaceFileValidation';

export const WORKSPACE_FILE_FORMAT = 'lastmile-workspace';
export const WORKSPACE_FILE_VERSION = 7;
export const WORKSPACE_FILE_EXTENSION = '.lastmile';
/** Media type of a plain workspace file; a compressed one is `application/gzip`. */
export const WORKSPACE_FILE_MIME = 'application/json';
import { megabytes, WORKSPACE_COMPRESS_ABOVE_BYTES, WORKSPACE_FILE_MAX_BYTES, WORKSPACE_TEXT_MAX_BYTES } from './fileLimits';
export { WORKSPACE_COMPRESS_ABOVE_BYTES, WORKSPACE_FILE_MAX_BYTES, WORKSPACE_TEXT_MAX_BYTES };

const TOP_LEVEL_ORDER = ['format', 'version', 'exportedAt', 'app', 'workspace', 'problems', 'useCases', 'plan', 'decisions', 'changeLog', 'snapshots', 'scenarios', 'sessions', 'spend', 'inventorySettings'] as const;

export type WorkspaceFileResult =
  | { ok: true; bundle: WorkspaceBundle; meta: WorkspaceFileMeta; migratedFrom?: number }
  | { ok: false; errors: FieldError[] };

export interface ParseWorkspaceFileOptions {
  /** Refuse files larger than this many bytes as stored (default WORKSPACE_FILE_MAX_BYTES). */
  maxBytes?: number;
  /** Refuse files whose JSON is larger than this once unpacked (default WORKSPACE_TEXT_MAX_BYTES). */
  maxTextBytes?: number;
}

/** Writes a record through its schema when it is valid, so only known fields in canonical form are written. */
function canonical<T>(schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false } }, value: T): T {
  const r = schema.safeParse(value);
  return r.success ? r.data : value;
}

/** The plan as written: forced choices only for use cases in the file (a choice left behind by a deleted use case is dropped). */
function planToWrite(plan: PortfolioPlan, useCases: readonly UseCase[]): PortfolioPlan {
  const ids = new Set(useCases.map((uc) => uc.id));
  const forced = Object.entries(plan.forced).filter(([id]) => ids.has(id));
  return forced.length === Object.keys(plan.forced).length ? plan : { ...plan, forced: Object.fromEntries(forced) };
}

/** A scenario as written: overrides only for use cases in the file (like the plan's forced choices). */
function scenarioToWrite(scenario: Scenario, useCases: readonly UseCase[]): Scenario {
  const ids = new Set(useCases.map((uc) => uc.id));
  const keep = <T>(r: Record<string, T>) => Object.fromEntries(Object.entries(r).filter(([id]) => ids.has(id)));
  return { ...scenario, useCases: keep(scenario.useCases), plan: { ...scenario.plan, forced: keep(scenario.plan.forced) } };
}

/** A workshop session as written: naming only use cases in the file (like the plan's forced choices). */
function sessionToWrite(session: WorkshopSession, useCases: readonly UseCase[]): WorkshopSession {
  const ids = new Set(useCases.map((uc) => uc.id));
  const gone = [...session.candidateIds, ...session.votes.map((v) => v.useCaseId), ...session.decisions.flatMap((d) => (d.useCaseId === null ? [] : [d.useCaseId]))].filter((id) => !ids.has(id));
  return gone.length === 0 ? session : withoutCandidates(session, gone);
}

/** An AI spend item as written: linked only to use cases in the file. */
function spendToWrite(item: SpendItem, useCases: readonly UseCase[]): SpendItem {
  const ids = new Set(useCases.map((u) => u.id));
  return item.links.every((l) => ids.has(l.useCaseId)) ? item : { ...item, links: item.links.filter((l) => ids.has(l.useCaseId)) };
}

/** The `.lastmile` JSON of a workspace: deterministic, pretty, current version. */
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
  if (bundle.plan) document.plan = canonical(portfolioPlanSchema, planToWrite(bundle.plan, bundle.useCases));
  // The workspace's record (decisions, change log, board snapshots): written when there is any.
  const record = bundle.record;
  if (record?.decisions.length) document.decisions = record.decisions.map((d) => canonical(fundingDecisionSchema, d));
  if (record?.changeLog.length) document.changeLog = record.changeLog.map((c) => canonical(changeLogEntrySchema, c));
  if (record?.snapshots.length) document.snapshots = record.snapshots.map((s) => canonical(boardSnapshotSchema, s));
  if (bundle.scenarios?.length) document.scenarios = bundle.scenarios.map((s) => canonical(scenarioSchema, scenarioToWrite(s, bundle.useCases)));
  if (bundle.sessions?.length) document.sessions = bundle.sessions.map((s) => canonical(workshopSessionSchema, sessionToWrite(s, bundle.useCases)));
  if (bundle.spend?.length) document.spend = bundle.spend.map((s) => canonical(spendItemSchema, spendToWrite(s, bundle.useCases)));
  if (bundle.inventorySettings) document.inventorySettings = canonical(inventorySettingsInFileSchema, bundle.inventorySettings);
  return stableStringify(document, TOP_LEVEL_ORDER);
}


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

function inflateFailure(outcome: Exclude<InflateOutcome, { ok: true }>, limit: number): string {
  switch (outcome.reason) {
    case 'too-large':
      return `The file is too large: it unpacks to more than ${megabytes(limit)} of workspace data, the most Lastmile opens`;
    case 'incomplete':
      return 'The file is incomplete: it ends before the workspace data does (it may have been cut off while copying or downloading)';
    case 'damaged':
      return 'The file is damaged: its compressed data cannot be read';
    case 'not-utf8':
      return `The file is not valid UTF-8 text: the byte at offset ${outcome.offset} of its unpacked data is not part of any character; nothing was imported.`;
  }
}

/**
 * Reads a `.lastmile` file — its text, or its bytes as stored (plain UTF-8 JSON or gzip) — into a validated
 * workspace bundle, or every reason it cannot. Never throws.
 */
export function parseWorkspaceFile(data: string | Uint8Array, options: ParseWorkspaceFileOptions = {}): WorkspaceFileResult {
  return runSteps(parseWorkspaceFileSteps(data, options));
}

/** The same parse, giving the page a turn while a large file unpacks (progress 0–1 through `onProgress`). */
export function parseWorkspaceFileAsync(data: string | Uint8Array, options: ParseWorkspaceFileOptions & StepOptions = {}): Promise<WorkspaceFileResult> {
  return runStepsAsync(parseWorkspaceFileSteps(data, options), options);
}

/** Share of the progress bar taken by unpacking; checking the records takes the rest. */
const UNPACKED = 0.7;

function* parseWorkspaceFileSteps(data: unknown, options: ParseWorkspaceFileOptions): Steps<WorkspaceFileResult> {
  const maxBytes = options.maxBytes ?? WORKSPACE_FILE_MAX_BYTES;
  const maxTextBytes = options.maxTextBytes ?? WORKSPACE_TEXT_MAX_BYTES;
  try {
    if (typeof data === 'string') return yield* parseTextSteps(data, Math.min(maxBytes, maxTextBytes), 0);
    if (!(data instanceof Uint8Array)) return fail('The file could not be read as text');
    const tooLarge = checkWorkspaceFileSize(data.length, maxBytes);
    if (tooLarge) return { ok: false, errors: [tooLarge] };
    let text: string;
    if (isGzip(data)) {
      const steps = gunzipTextSteps(data, maxTextBytes);
      let r = steps.next();
      for (; !r.done; r = steps.next()) yield r.value * UNPACKED;
      if (!r.value.ok) return fail(inflateFailure(r.value, maxTextBytes));
      text = r.value.text;
    } else {
      const tooLargeText = checkWorkspaceFileSize(data.length, maxTextBytes);
      if (tooLargeText) return { ok: false, errors: [tooLargeText] };
      const decoded = decodeUtf8(data);
      if (!decoded.ok) return fail(decoded.message);
      text = decoded.text;
    }
    yield UNPACKED;
    return yield* parseTextSteps(text, Infinity, UNPACKED);
  } catch (error) {
    // Defence in depth: validation is written not to throw, but a file must never crash the app.
    return fail(`The file could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function parseText(text: string, maxBytes: number): WorkspaceFileResult {
  return runSteps(parseTextSteps(text, maxBytes, 1));
}

/**
 * Reads the JSON text of a file: parse, then migrate and validate every record, with a pause between the two (reported
 * as `from` to 1 of the progress), so a large file never holds the page for both at once.
 */
function* parseTextSteps(text: string, maxBytes: number, from: number): Steps<WorkspaceFileResult> {
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
  const tooDeep = jsonDepthFault(data);
  if (tooDeep) return { ok: false, errors: [tooDeep] };
  yield from + (1 - from) * 0.4;
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
  // A current file needs no upgrade, nor the depth check migrateDocument starts with (this document passed it above).
  const migrated = version === WORKSPACE_FILE_VERSION ? { ok: true as const, document: data } : migrateDocument(data, version, WORKSPACE_FILE_VERSION);
  if (!migrated.ok) return migrated;
  const validated = validateWorkspaceDocument(migrated.document);
  if (!validated.ok) return validated;
  return version < WORKSPACE_FILE_VERSION
    ? { ok: true, bundle: validated.bundle, meta: validated.meta, migratedFrom: version }
    : { ok: true, bundle: validated.bundle, meta: validated.meta };
}

export type EncodedWorkspaceFile = { ok: true; data: Uint8Array<ArrayBuffer> | string; compressed: boolean } | { ok: false; errors: FieldError[] };

export interface EncodeWorkspaceFileOptions {
  /** 'auto' (default): compressed when the JSON is over WORKSPACE_COMPRESS_ABOVE_BYTES; backups use 'always'. */
  compress?: 'auto' | 'always' | 'never';
}

/**
 * The file to write for a workspace: its JSON, read back through the import's own parse (so a file the import
 * would refuse is never written: the faults come back instead), then compressed when large. `data` is text for
 * a plain file and bytes for a compressed one.
 */
export function encodeWorkspaceFile(bundle: WorkspaceBundle, meta: WorkspaceFileMeta, options: EncodeWorkspaceFileOptions = {}): EncodedWorkspaceFile {
  return runSteps(encodeWorkspaceFileSteps(bundle, meta, options));
}

export function encodeWorkspaceFileAsync(bundle: WorkspaceBundle, meta: WorkspaceFileMeta, options: EncodeWorkspaceFileOptions & StepOptions = {}): Promise<EncodedWorkspaceFile> {
  return runStepsAsync(encodeWorkspaceFileSteps(bundle, meta, options), options);
}

function* encodeWorkspaceFileSteps(bundle: WorkspaceBundle, meta: WorkspaceFileMeta, options: EncodeWorkspaceFileOptions): Steps<EncodedWorkspaceFile> {
  const text = serializeWorkspaceFile(bundle, meta);
  yield 0.2;
  const mode = options.compress ?? 'auto';
  const compress = mode === 'always' || (mode === 'auto' && utf8BytesUpTo(text, WORKSPACE_COMPRESS_ABOVE_BYTES) > WORKSPACE_COMPRESS_ABOVE_BYTES);
  const check = parseText(text, compress ? WORKSPACE_TEXT_MAX_BYTES : Math.min(WORKSPACE_FILE_MAX_BYTES, WORKSPACE_TEXT_MAX_BYTES));
  if (!check.ok) return { ok: false, errors: check.errors };
  yield 0.5;
  if (!compress) return { ok: true, data: text, compressed: false };
  const steps = gzipTextSteps(text);
  let r = steps.next();
  for (; !r.done; r = steps.next()) yield 0.5 + r.value * 0.5;
  const tooLarge = checkWorkspaceFileSize(r.value.length);
  if (tooLarge) return { ok: false, errors: [tooLarge] };
  return { ok: true, data: r.value, compressed: true };
}

/** One fault as a line of text: `useCases[3].pilot.cost: Pilot cost must be a number of 0 or more`. */
export function formatFileError(error: FieldError): string {
  return error.path === '' ? error.message : `${error.path}: ${error.message}`;
}
