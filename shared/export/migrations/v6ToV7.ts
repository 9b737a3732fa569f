import { emptyRegister, ownEstimate } from '@shared/domain/inventory';
import { isRecord, type Migration, type RawDocument } from './types';

/**
 * Version 6 → 7: the client's inventory (docs/inventory.md). Every use case gains `register` (what a client's register
 * says about it: register id, owner, vendor, personal data, whether a problem was stated, the file it came from) and
 * `estimate` (where its cost estimate comes from); a version-6 use case was entered in the app, so an empty register and
 * its own estimate. The file may carry `inventorySettings` (the saved import mappings and reference classes); a
 * version-6 file had none, so it gains null. No value of a version-6 file changes.
 */
export const v6ToV7: Migration = {
  from: 6,
  summary: 'Use cases carry what a client’s register says and where their estimate comes from (older ones: entered in the app, their own figures); the workspace may carry its saved import mappings and reference classes (older files have none).',
  migrate(document) {
    const out: RawDocument = { ...document, version: 7 };
    if (Array.isArray(document.useCases)) {
      out.useCases = document.useCases.map((uc) =>
        isRecord(uc) && (!('register' in uc) || !('estimate' in uc))
          ? { ...uc, ...(!('register' in uc) ? { register: emptyRegister() } : {}), ...(!('estimate' in uc) ? { estimate: ownEstimate() } : {}) }
          : uc,
      );
    }
    if (!('inventorySettings' in document)) out.inventorySettings = null;
    return { ok: true, document: out };
  },
};
