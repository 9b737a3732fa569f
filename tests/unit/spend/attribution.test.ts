import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blankSpendItemInput, spendItemInputSchema, validate, type SpendItem, type SpendItemInput } from '@shared/domain';
import { activeIn, itemMonthlyCost, spendSummary, splitItem } from '@shared/spend';

const item = (id: string, change: Partial<SpendItemInput>): SpendItem => ({
  ...blankSpendItemInput(),
  name: id,
  ...change,
  id,
  workspaceId: 'w',
  createdAt: '2027-01-01T00:00:00.000Z',
  updatedAt: '2027-01-01T00:00:00.000Z',
});

describe('AI spend attribution', () => {
  it('costs each kind of item per month', () => {
    expect(itemMonthlyCost(item('a', { kind: 'seats', seats: 5000, pricePerSeat: 200, monthlyAmount: 999 }))).toBe(1_000_000);
    expect(itemMonthlyCost(item('b', { kind: 'api', seats: 10, pricePerSeat: 10, monthlyAmount: 12_700 }))).toBe(12_700);
    expect(itemMonthlyCost(item('c', { kind: 'platform', monthlyAmount: 4_000 }))).toBe(4_000);
  });

  it('accounts for every dollar of a hand-worked example: funded + unfunded + not tied = total', () => {
    // Seats: 5,000 × $200 = $1,000,000, no link (all not tied).
    // Copilot: 300 × $30 = $9,000: 60% to u1 (funded) = $5,400, 25% to u2 (unfunded) = $2,250, 15% not tied = $1,350; 45 seats without a use case.
    // API: $10,000.01 a month, a third to u1: 1,000,001 cents / 3 = 333,333.67 → 333,334 cents; the rest 666,667 cents not tied.
    // Platform: $2,500 from 2027-09 (not paid in 2027-07).
    const items = [
      item('seats', { kind: 'seats', seats: 5000, pricePerSeat: 200 }),
      item('copilot', { kind: 'seats', seats: 300, pricePerSeat: 30, links: [{ useCaseId: 'u1', share: 0.6 }, { useCaseId: 'u2', share: 0.25 }] }),
      item('api', { kind: 'api', monthlyAmount: 10_000.01, links: [{ useCaseId: 'u1', share: 1 / 3 }] }),
      item('platform', { kind: 'platform', monthlyAmount: 2_500, startMonth: '2027-09', links: [{ useCaseId: 'u2', share: 1 }] }),
    ];
    const s = spendSummary(items, '2027-07', new Set(['u1']), new Set(['u1', 'u2']));
    expect(s.totalCents).toBe(100_000_000 + 900_000 + 1_000_001);
    expect(s.fundedCents).toBe(540_000 + 333_334);
    expect(s.unfundedCents).toBe(225_000);
    expect(s.noneCents).toBe(100_000_000 + 135_000 + 666_667);
    expect(s.fundedCents + s.unfundedCents + s.noneCents).toBe(s.totalCents);
    expect(s.byUseCase).toEqual({ u1: 873_334, u2: 225_000 });
    expect(s.seats).toBe(5300);
    expect(s.seatsWithoutUseCase).toBe(5045);
    expect(s.seatsWithoutUseCaseCents).toBe(100_135_000);
    // From September the platform fee counts too, all of it for the unfunded u2.
    const sep = spendSummary(items, '2027-09', new Set(['u1']), new Set(['u1', 'u2']));
    expect(sep.unfundedCents).toBe(225_000 + 250_000);
  });

  it('counts a link to a use case that is not there as not tied', () => {
    const s = spendSummary([item('x', { kind: 'platform', monthlyAmount: 100, links: [{ useCaseId: 'gone', share: 0.5 }] })], '2027-01', new Set(), new Set());
    expect(s.noneCents).toBe(10_000);
    expect(s.byUseCase).toEqual({});
  });

  it('is paid between its start and end months', () => {
    const x = { startMonth: '2027-03', endMonth: '2027-05' };
    expect(['2027-02', '2027-03', '2027-05', '2027-06'].map((m) => activeIn(x, m))).toEqual([false, true, true, false]);
    expect(activeIn({ startMonth: null, endMonth: null }, '1999-01')).toBe(true);
  });

  it('splits any item into parts that add up to its cents exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_00 }), fc.array(fc.integer({ min: 0, max: 10_000 }), { maxLength: 8 }), (cents, raw) => {
        const total = raw.reduce((s, r) => s + r, 0);
        const links = raw.map((r, i) => ({ useCaseId: `u${i}`, share: total > 10_000 ? r / total : r / 10_000 }));
        const split = splitItem({ kind: 'platform', seats: 0, pricePerSeat: 0, monthlyAmount: cents / 100, links });
        expect(split.cents).toBe(cents);
        expect(split.links.reduce((s, l) => s + l.cents, 0) + split.unlinkedCents).toBe(cents);
        for (const [i, l] of split.links.entries()) expect(Math.abs(l.cents - cents * links[i]!.share)).toBeLessThanOrEqual(links.length + 1);
      }),
    );
  });

  it('refuses what is wrong, naming it', () => {
    const bad = validate(spendItemInputSchema, {
      ...blankSpendItemInput(),
      name: ' ',
      startMonth: '2027-06',
      endMonth: '2027-01',
      links: [{ useCaseId: 'u1', share: 0.7 }, { useCaseId: 'u1', share: 0.5 }],
    });
    expect(bad.ok).toBe(false);
    const messages = bad.ok ? [] : bad.errors.map((e) => `${e.path}: ${e.message}`);
    expect(messages).toEqual(expect.arrayContaining(['name: Name is required']));
    expect(messages.join('\n')).toMatch(/The end month must not be before the start month/);
    expect(messages.join('\n')).toMatch(/A use case is linked twice/);
    expect(messages.join('\n')).toMatch(/more than 100% of the item/);
  });
});
