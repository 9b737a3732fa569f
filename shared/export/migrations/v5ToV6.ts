import type { Migration, RawDocument } from './types';

/**
 * Version 5 → 6: AI spend (docs/spend.md). The file may carry `spend`, the organisation's AI spend items (seat
 * licences, committed API spend, platform fees) with their links to use cases; a version-5 file had none, so it gains
 * an empty list. No value of a version-5 file changes.
 */
export const v5ToV6: Migration = {
  from: 5,
  summary: 'The workspace may carry its AI spend items (older files have none).',
  migrate(document) {
    const out: RawDocument = { ...document, version: 6 };
    if (!('spend' in document)) out.spend = [];
    return { ok: true, document: out };
  },
};
