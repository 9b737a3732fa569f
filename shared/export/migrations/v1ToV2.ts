import { DEFAULT_NUMBER_FORMAT } from '@shared/presentation/locale';
import { isRecord, type Migration, type RawDocument } from './types';

/**
 * Version 1 → 2.
 *
 * Version 2 adds the workspace's number format (`workspace.numberFormat`: en-US, en-GB, de-DE or fr-FR), which every
 * figure in the app and the exports is written in; version-1 files get en-US, the format they were shown in.
 * Version 2 also allows readiness scores of `null` (not assessed), a classification `kind` of `null` (not classified)
 * and `null` for a problem's people affected, monthly hours and monthly cost (not given). Version-1 values are all
 * still valid and are kept as they were: a score in a version-1 file was the team's, so nothing is reset.
 */
export const v1ToV2: Migration = {
  from: 1,
  summary: 'Workspace number format added (en-US for older files); readiness, classification and problem figures may be "not assessed" / "not given".',
  migrate(document) {
    const out: RawDocument = { ...document, version: 2 };
    if (isRecord(document.workspace) && !('numberFormat' in document.workspace)) {
      out.workspace = { ...document.workspace, numberFormat: DEFAULT_NUMBER_FORMAT };
    }
    return { ok: true, document: out };
  },
};
