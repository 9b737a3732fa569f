import { describe, expect, it } from 'vitest';
import { parseWorkspaceFile, serializeWorkspaceFile, WORKSPACE_FILE_VERSION } from '@shared/export/workspaceFile';
import { fixedBundle } from './fixtures';

const META = { exportedAt: '2027-02-01T09:30:00.000Z', appVersion: '0.1.0' };

/** The fixed bundle as a version-2 file wrote it: no stage history, actuals or overrun threshold, no record. */
function version2Text(): string {
  const doc = JSON.parse(serializeWorkspaceFile(fixedBundle(), META)) as Record<string, unknown>;
  const workspace = { ...(doc.workspace as Record<string, unknown>) };
  delete workspace.overrunThreshold;
  const useCases = (doc.useCases as Record<string, unknown>[]).map(({ lifecycle: _l, actuals: _a, ...u }) => u);
  return JSON.stringify({ ...doc, version: 2, workspace, useCases });
}

describe('migration v2 → v3 (the living portfolio)', () => {
  it('opens a version-2 file: every value kept, each use case an idea with no actuals, a 10% overrun threshold', () => {
    const result = parseWorkspaceFile(version2Text());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(2);
    expect(result.bundle).toEqual(fixedBundle());
    expect(result.bundle.workspace.overrunThreshold).toBe(0.1);
    expect(result.bundle.useCases.every((u) => u.lifecycle.history.length === 0 && u.lifecycle.decisions.length === 0 && u.actuals.length === 0)).toBe(true);
    expect(result.bundle.record).toBeUndefined();
  });

  it('writes version 3 with stages, actuals and the record, and reads them back', () => {
    const bundle = fixedBundle();
    const uc = bundle.useCases[0]!;
    uc.lifecycle = { history: [{ stage: 'pilot', month: '2027-01', at: META.exportedAt, by: 'COO', note: 'Kick-off', evidence: null }], decisions: [] };
    uc.actuals = [{ month: '2027-01', pilot: 12_500, lastMile: 0, lastMileByCategory: null, run: 0, benefit: 0 }];
    bundle.record = {
      decisions: [],
      changeLog: [{ id: 'c1', workspaceId: bundle.workspace.id, at: META.exportedAt, by: 'COO', action: 'Edit', entity: 'useCase', entityId: uc.id, entityName: uc.name, field: 'Pilot cost', before: '$10,000', after: '$12,500' }],
      snapshots: [],
    };
    const text = serializeWorkspaceFile(bundle, META);
    expect(JSON.parse(text).version).toBe(WORKSPACE_FILE_VERSION);
    const back = parseWorkspaceFile(text);
    expect(back.ok && back.bundle).toEqual(bundle);
  });

  it('refuses a change log entry of another workspace, with its path', () => {
    const bundle = fixedBundle();
    bundle.record = {
      decisions: [],
      changeLog: [{ id: 'c1', workspaceId: 'elsewhere', at: META.exportedAt, by: '', action: '', entity: 'plan', entityId: '', entityName: '', field: 'Budget', before: '1', after: '2' }],
      snapshots: [],
    };
    const back = parseWorkspaceFile(serializeWorkspaceFile(bundle, META));
    expect(back.ok).toBe(false);
    if (!back.ok) expect(back.errors[0]?.path).toBe('changeLog[0].workspaceId');
  });
});
