import { describe, expect, it } from 'vitest';
import { parseWorkspaceFile, serializeWorkspaceFile, WORKSPACE_FILE_VERSION } from '@shared/export/workspaceFile';
import { fixedBundle } from './fixtures';

const META = { exportedAt: '2027-02-01T09:30:00.000Z', appVersion: '0.1.0' };

/** A version-1 file as the first release wrote it: no number format; every readiness score and classification set. */
function v1File(): string {
  const doc = JSON.parse(serializeWorkspaceFile(fixedBundle(), META));
  const { numberFormat: _numberFormat, ...workspace } = doc.workspace as Record<string, unknown>;
  return JSON.stringify({ ...doc, version: 1, workspace });
}

describe('migration v1 → v2 (number format; not assessed / not given)', () => {
  it('opens a version-1 file with every value kept and the en-US number format it was shown in', () => {
    const r = parseWorkspaceFile(v1File());
    expect(r).toEqual({ ok: true, bundle: fixedBundle(), meta: META, migratedFrom: 1 });
  });

  it('keeps readiness scores and classifications of version 1 as the team set them (nothing is reset to "not assessed")', () => {
    const r = parseWorkspaceFile(v1File());
    if (!r.ok) throw new Error('expected the file to open');
    for (const uc of r.bundle.useCases) {
      expect(Object.values(uc.readiness).every((d) => typeof d.score === 'number')).toBe(true);
      expect(uc.classification.kind).not.toBeNull();
    }
  });

  it('writes version 2 and reads back not-assessed readiness, an unclassified candidate and problem figures not given', () => {
    const bundle = fixedBundle();
    const uc = bundle.useCases[0]!;
    bundle.useCases[0] = { ...uc, readiness: { ...uc.readiness, data: { score: null, note: '' } }, classification: { kind: null, rubric: uc.classification.rubric, rationale: '' } };
    bundle.problems[0] = { ...bundle.problems[0]!, peopleAffected: null, monthlyHours: null, monthlyCost: null };
    const text = serializeWorkspaceFile(bundle, META);
    expect(JSON.parse(text).version).toBe(WORKSPACE_FILE_VERSION);
    expect(parseWorkspaceFile(text)).toEqual({ ok: true, bundle, meta: META });
  });
});
