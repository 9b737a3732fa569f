import type { Migration, RawDocument } from './types';

/**
 * Version 4 → 5: workshop sessions (docs/workshop.md). The file may carry `sessions`, the workspace's facilitated
 * sessions (agenda as run, participants, voting rules, votes, reveal, decisions); a version-4 file had none, so it gains
 * an empty list. No value of a version-4 file changes.
 */
export const v4ToV5: Migration = {
  from: 4,
  summary: 'The workspace may carry its workshop sessions (older files have none).',
  migrate(document) {
    const out: RawDocument = { ...document, version: 5 };
    if (!('sessions' in document)) out.sessions = [];
    return { ok: true, document: out };
  },
};
