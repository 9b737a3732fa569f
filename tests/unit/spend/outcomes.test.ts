import { describe, expect, it } from 'vitest';
import { candidateCases, initialPortfolioPlan } from '@shared/analysis';
import { buildDemoWorkspace } from '@shared/demo';
import type { SpendItem, UseCase } from '@shared/domain';
import { cacheSaving, costPerOutcome, spendSummary, tokenPriceRise } from '@shared/spend';

let n = 0;
const TODAY = '2027-07';
const demo = () => buildDemoWorkspace({ newId: () => `id-${n++}`, nowIso: '2027-01-01T00:00:00.000Z', todayMonth: TODAY });
const withApi = (uc: UseCase, requestsPerMonth: number, tokensPerRequest: number, pricePer1kTokens: number, cacheHitShare: number): UseCase => ({
  ...uc,
  runCost: { ...uc.runCost, modelApi: { requestsPerMonth, tokensPerRequest, pricePer1kTokens, cacheHitShare } },
});
const seatItem = (links: SpendItem['links']): SpendItem => ({
  name: 'Assistant seats', vendor: 'V', kind: 'seats', seats: 100, pricePerSeat: 30, monthlyAmount: 0, startMonth: null, endMonth: null, links,
  id: 's1', workspaceId: 'w', createdAt: '2027-01-01T00:00:00.000Z', updatedAt: '2027-01-01T00:00:00.000Z',
});

describe('what the AI spend buys', () => {
  it('divides spend by the use cases’ own hours saved and benefit', () => {
    const { workspace, problems, useCases } = demo();
    const [a, b] = useCases;
    const cases = candidateCases(workspace, problems, useCases, TODAY);
    // $3,000 a month: half to a (funded), a quarter to b (not funded), a quarter not tied.
    const summary = spendSummary([seatItem([{ useCaseId: a!.id, share: 0.5 }, { useCaseId: b!.id, share: 0.25 }])], TODAY, new Set([a!.id]), new Set(useCases.map((u) => u.id)));
    const out = costPerOutcome(summary, cases, new Set([a!.id]));
    const caseA = cases.find((c) => c.useCase.id === a!.id)!;
    expect(out.portfolio.spend).toBe(3_000);
    expect(out.portfolio.hours).toBe(a!.benefits.hoursSavedPerMonth);
    expect(out.portfolio.perHour).toBeCloseTo(3_000 / a!.benefits.hoursSavedPerMonth, 9);
    expect(out.portfolio.perBenefitDollar).toBeCloseTo(3_000 / caseA.metrics.monthlyBenefitAtFull, 9);
    expect(out.useCases.map((r) => [r.useCaseId, r.spend, r.funded])).toEqual([
      [a!.id, 1_500, true],
      [b!.id, 750, false],
    ]);
    expect(out.useCases[0]!.perHour).toBeCloseTo(1_500 / a!.benefits.hoursSavedPerMonth, 9);
  });

  it('saves with the cache: 10,000 requests × 2,000 tokens at $0.01 per 1K is $200 a month, $50 with 75% cache hits', () => {
    const { useCases } = demo();
    const one = withApi(useCases[0]!, 10_000, 2_000, 0.01, 0.75);
    const none = withApi(useCases[1]!, 0, 0, 0, 0);
    const s = cacheSaving([one, none], new Set([one.id]));
    expect(s.rows).toHaveLength(1);
    expect(s.rows[0]!.billWithoutCache).toBeCloseTo(200, 9);
    expect(s.rows[0]!.bill).toBeCloseTo(50, 9);
    expect(s.funded).toBeCloseTo(150, 9);
    expect(s.all).toBeCloseTo(150, 9);
  });

  it('raises token prices through the scenario factor and names the use cases that turn negative', () => {
    const { workspace, problems, useCases } = demo();
    const cases = candidateCases(workspace, problems, useCases, TODAY);
    // NPV falls in a straight line with the model/API bill B: NPV(B) = A − k·B. Measured at B = 0 and B = 1,000, the
    // break-even bill is A / k; at 80% of it the use case keeps 20% of A, and +50% (120% of break-even) turns it negative.
    const target = cases.find((c) => c.metrics.npv > 0)!;
    const at = (bill: number) => useCases.map((u) => (u.id === target.useCase.id ? withApi(u, 1_000, 1_000, bill / 1_000, 0) : u));
    const npvAt = (bill: number) => tokenPriceRise(workspace, initialPortfolioPlan(useCases), problems, at(bill), TODAY, 0, new Set()).rows.find((r) => r.useCaseId === target.useCase.id)!.npvBefore;
    const a0 = npvAt(0);
    const k = (a0 - npvAt(1_000)) / 1_000;
    const tuned = at((0.8 * a0) / k);
    const plan = initialPortfolioPlan(tuned);
    const rise = tokenPriceRise(workspace, plan, problems, tuned, TODAY, 0.5, new Set([target.useCase.id]));
    const row = rise.rows.find((r) => r.useCaseId === target.useCase.id)!;
    expect(row.apiAfter).toBeCloseTo(row.apiBefore * 1.5, 6);
    expect(row.npvAfter).toBeLessThan(row.npvBefore);
    for (const r of rise.rows) expect(r.turnsNegative).toBe(r.npvBefore >= 0 && r.npvAfter < 0);
    expect(row.npvBefore).toBeGreaterThanOrEqual(0);
    expect(row.npvAfter).toBeLessThan(0);
    expect(rise.turnNegative.map((r) => r.useCaseId)).toContain(target.useCase.id);
    expect(rise.fundedNpvBefore).toBeCloseTo(row.npvBefore, 6);
    expect(rise.fundedNpvAfter).toBeCloseTo(row.npvAfter, 6);
    // No rise, no change.
    const flat = tokenPriceRise(workspace, plan, problems, tuned, TODAY, 0, new Set());
    expect(flat.turnNegative).toEqual([]);
    for (const r of flat.rows) expect(r.npvAfter).toBe(r.npvBefore);
  });
});
