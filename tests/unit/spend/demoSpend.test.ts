import { describe, expect, it } from 'vitest';
import { buildDemoWorkspace, DEMO_SEAT_EXAMPLE_NAME } from '@shared/demo';
import { spendItemSchema, validate } from '@shared/domain';
import { parseWorkspaceFile, serializeWorkspaceFile } from '@shared/export/workspaceFile';
import { spendSummary } from '@shared/spend';

describe('the demo’s AI spend', () => {
  it('carries the published example: 5,000 seats × $200 = $1,000,000 a month with no use case behind it', () => {
    let n = 0;
    const demo = buildDemoWorkspace({ newId: () => `d-${n++}`, nowIso: '2027-01-01T00:00:00.000Z', todayMonth: '2027-07' });
    for (const item of demo.spend) expect(validate(spendItemSchema, item).ok).toBe(true);
    const seats = demo.spend.find((s) => s.name === DEMO_SEAT_EXAMPLE_NAME)!;
    expect(seats).toMatchObject({ kind: 'seats', seats: 5000, pricePerSeat: 200, links: [] });
    const ids = new Set(demo.useCases.map((u) => u.id));
    for (const item of demo.spend) for (const l of item.links) expect(ids.has(l.useCaseId)).toBe(true);
    const s = spendSummary(demo.spend, '2027-07', new Set(), ids);
    // $1,000,000 + 40 × $30 + $12,000 + $4,000; with nothing funded, the linked part is all unfunded.
    expect(s.totalCents).toBe((1_000_000 + 1_200 + 12_000 + 4_000) * 100);
    expect(s.noneCents).toBe((1_000_000 + 3_000 + 2_000) * 100);
    expect(s.unfundedCents).toBe((1_200 + 9_000 + 2_000) * 100);
    expect(s.seatsWithoutUseCase).toBe(5000);
    // It travels in the workspace file.
    const back = parseWorkspaceFile(serializeWorkspaceFile({ ...demo }, { exportedAt: '2027-07-01T00:00:00.000Z', appVersion: '0.1.0' }));
    expect(back.ok && back.bundle.spend?.length).toBe(demo.spend.length);
  });
});
