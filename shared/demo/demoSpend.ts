import { PUBLISHED_SEAT_EXAMPLE, type SpendItem, type SpendItemInput, type UseCase } from '../domain';
import { DEMO_PUBLISHED_EXAMPLE_USE_CASE_NAME } from './demoUseCasesBackOffice';

/** The demo's seat licence that repeats the published example (docs/sources.md): 5,000 seats × $200 a month, no use case. */
export const DEMO_SEAT_EXAMPLE_NAME = 'AI assistant seats for everyone (the published 5,000-seat example)';

/**
 * The demo's AI spend (docs/spend.md): the published 5,000-seat example with no use case behind it, seats of the
 * accounts-payable team for the AP agent, a committed model API spend shared by two use cases with a part not tied to
 * any, and a platform fee half of which serves demand forecasting.
 */
export function demoSpend(workspaceId: string, useCases: readonly UseCase[], newId: () => string, nowIso: string): SpendItem[] {
  const idOf = (name: string) => useCases.find((u) => u.name === name)?.id;
  const link = (name: string, share: number) => {
    const id = idOf(name);
    return id ? [{ useCaseId: id, share }] : [];
  };
  const open = { startMonth: null, endMonth: null };
  const inputs: SpendItemInput[] = [
    { ...open, name: DEMO_SEAT_EXAMPLE_NAME, vendor: 'Assistant vendor', kind: 'seats', seats: PUBLISHED_SEAT_EXAMPLE.seats, pricePerSeat: PUBLISHED_SEAT_EXAMPLE.pricePerSeat, monthlyAmount: 0, links: [] },
    { ...open, name: 'Coding and matching assistant seats, accounts payable', vendor: 'Assistant vendor', kind: 'seats', seats: 40, pricePerSeat: 30, monthlyAmount: 0, links: link('AP agent that matches, chases suppliers and schedules payments', 1) },
    {
      ...open,
      name: 'Committed model API spend',
      vendor: 'Model provider',
      kind: 'api',
      seats: 0,
      pricePerSeat: 0,
      monthlyAmount: 12_000,
      links: [...link(DEMO_PUBLISHED_EXAMPLE_USE_CASE_NAME, 0.5), ...link('Order-status assistant on web chat and phone', 0.25)],
    },
    { ...open, name: 'Machine-learning platform fee', vendor: 'Cloud platform', kind: 'platform', seats: 0, pricePerSeat: 0, monthlyAmount: 4_000, links: link('Branch-level demand forecasting for fast movers', 0.5) },
  ];
  return inputs.map((input) => ({ ...input, id: newId(), workspaceId, createdAt: nowIso, updatedAt: nowIso }));
}
