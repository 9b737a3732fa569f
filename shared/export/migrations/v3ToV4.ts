import { defaultUncertaintySettings, noRanges } from '@shared/domain/ranges';
import { isRecord, type Migration, type RawDocument } from './types';

/**
 * Version 3 → 4: uncertainty and scenarios (docs/uncertainty.md, docs/scenarios.md).
 *
 * Every use case gains `ranges` (its own low / likely / high ranges; a version-3 use case had none, so each field
 * follows the workspace's policy); the workspace gains `uncertainty` (the policy: default ranges, distribution, shared
 * overrun, seed and trials; older files get the default policy); the plan gains `costBasis` ('likely': what older
 * files funded against). The file may also carry `scenarios`. No value of a version-3 file changes.
 */
export const v3ToV4: Migration = {
  from: 3,
  summary: 'Use cases carry ranges of their own (older ones follow the workspace policy); the workspace has an uncertainty policy (the default); the plan funds against the likely cost; scenarios may be carried.',
  migrate(document) {
    const out: RawDocument = { ...document, version: 4 };
    if (isRecord(document.workspace) && !('uncertainty' in document.workspace)) {
      out.workspace = { ...document.workspace, uncertainty: defaultUncertaintySettings() };
    }
    if (Array.isArray(document.useCases)) {
      out.useCases = document.useCases.map((uc) => (isRecord(uc) && !('ranges' in uc) ? { ...uc, ranges: noRanges() } : uc));
    }
    if (isRecord(document.plan) && !('costBasis' in document.plan)) out.plan = { ...document.plan, costBasis: 'likely' };
    return { ok: true, document: out };
  },
};
