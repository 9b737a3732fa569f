import type { FieldError } from '@shared/domain/validation';

/** A workspace file document as plain JSON, before validation. */
export type RawDocument = Record<string, unknown>;

export type MigrationResult = { ok: true; document: RawDocument } | { ok: false; errors: FieldError[] };

/** One step of the file format: turns a version-`from` document into a version-`from + 1` document. */
export interface Migration {
  from: number;
  /** What changed, for the format notes and the import report. */
  summary: string;
  /** Pure; never throws; leaves what it does not recognise for validation to report. */
  migrate: (document: RawDocument) => MigrationResult;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
