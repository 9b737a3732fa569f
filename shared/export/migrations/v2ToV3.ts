import { DEFAULT_OVERRUN_THRESHOLD } from '@shared/domain/workspace';
import { isRecord, type Migration, type RawDocument } from './types';

/**
 * Version 2 → 3: the living portfolio (docs/living-portfolio.md).
 *
 * Every use case gains its life (`lifecycle`: stage history and last-mile gate decisions) and its monthly `actuals`;
 * a version-2 use case had neither, so it becomes an idea with no actuals, which is what it was. The workspace gains
 * `overrunThreshold` (the share over plan that flags a cost; 10% for older files). The file may also carry the
 * workspace's record: `decisions` (funding decisions), `changeLog` and `snapshots` (board snapshots); older files
 * have none. No value of a version-2 file changes.
 */
export const v2ToV3: Migration = {
  from: 2,
  summary: 'Use cases carry their stage history, gate decisions and monthly actuals (older ones are ideas with none); the workspace has an overrun threshold (10%); decisions, change log and board snapshots may be carried.',
  migrate(document) {
    const out: RawDocument = { ...document, version: 3 };
    if (isRecord(document.workspace) && !('overrunThreshold' in document.workspace)) {
      out.workspace = { ...document.workspace, overrunThreshold: DEFAULT_OVERRUN_THRESHOLD };
    }
    if (Array.isArray(document.useCases)) {
      out.useCases = document.useCases.map((uc) => {
        if (!isRecord(uc)) return uc;
        const next: Record<string, unknown> = { ...uc };
        if (!('lifecycle' in uc)) next.lifecycle = { history: [], decisions: [] };
        if (!('actuals' in uc)) next.actuals = [];
        return next;
      });
    }
    return { ok: true, document: out };
  },
};
