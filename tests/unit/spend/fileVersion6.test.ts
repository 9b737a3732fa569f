import { describe, expect, it } from 'vitest';
import { blankSpendItemInput, type SpendItem } from '@shared/domain';
import { parseWorkspaceFile, serializeWorkspaceFile, WORKSPACE_FILE_VERSION } from '@shared/export/workspaceFile';
import { remapIds } from '@shared/export/remapIds';
import { fixedBundle } from '../export/fixtures';

const META = { exportedAt: '2027-02-01T09:30:00.000Z', appVersion: '0.1.0' };

function withSpend() {
  const bundle = fixedBundle();
  const uc = bundle.useCases[0]!;
  const item: SpendItem = {
    ...blankSpendItemInput(),
    name: 'Assistant seats',
    vendor: 'Vendor',
    seats: 5000,
    pricePerSeat: 200,
    startMonth: '2027-01',
    links: [{ useCaseId: uc.id, share: 0.1 }],
    id: 'sp1',
    workspaceId: bundle.workspace.id,
    createdAt: META.exportedAt,
    updatedAt: META.exportedAt,
  };
  bundle.spend = [item];
  return { bundle, uc };
}

describe('workspace file version 6 (AI spend)', () => {
  it('opens a version-5 file with no spend items, every value kept', () => {
    const bundle = fixedBundle();
    const doc = JSON.parse(serializeWorkspaceFile(bundle, META)) as Record<string, unknown>;
    const result = parseWorkspaceFile(JSON.stringify({ ...doc, version: 5 }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(5);
    expect(result.bundle).toEqual(bundle);
    expect(result.bundle.spend).toBeUndefined();
  });

  it('writes version 6 with the spend items and reads them back; import as new keeps every link on the new ids', () => {
    const { bundle } = withSpend();
    const text = serializeWorkspaceFile(bundle, META);
    expect(WORKSPACE_FILE_VERSION).toBeGreaterThanOrEqual(6);
    expect(JSON.parse(text).version).toBe(WORKSPACE_FILE_VERSION);
    const back = parseWorkspaceFile(text);
    expect(back.ok && back.bundle).toEqual(bundle);
    let n = 0;
    const fresh = remapIds(bundle, (kind) => `${kind}-${n++}`);
    expect(fresh.spend?.[0]).toMatchObject({ workspaceId: fresh.workspace.id, links: [{ useCaseId: fresh.useCases[0]!.id, share: 0.1 }] });
    expect(fresh.spend?.[0]?.id).toMatch(/^spend-/);
    expect(parseWorkspaceFile(serializeWorkspaceFile(fresh, META)).ok).toBe(true);
  });

  it('refuses an item linked to a use case not in the file, or with links over 100%, with their paths', () => {
    const { bundle } = withSpend();
    const doc = JSON.parse(serializeWorkspaceFile(bundle, META)) as { spend: Record<string, unknown>[] };
    doc.spend[0]!.links = [{ useCaseId: 'ghost', share: 0.7 }, { useCaseId: bundle.useCases[0]!.id, share: 0.5 }];
    const result = parseWorkspaceFile(JSON.stringify(doc));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const text = result.errors.map((e) => `${e.path}: ${e.message}`).join('\n');
    expect(text).toMatch(/spend\[0\]\.links: The links take more than 100% of the item/);
  });

  it('writes only links to use cases in the file', () => {
    const { bundle } = withSpend();
    bundle.spend![0]!.links.push({ useCaseId: 'not-in-file', share: 0.2 });
    const back = parseWorkspaceFile(serializeWorkspaceFile(bundle, META));
    expect(back.ok && back.bundle.spend?.[0]?.links.map((l) => l.useCaseId)).toEqual([bundle.useCases[0]!.id]);
  });
});
