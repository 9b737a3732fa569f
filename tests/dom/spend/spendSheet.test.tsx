/**
 * The board pack's "AI spend" page as rendered: the month's total and where it goes (funded / not funded / not tied,
 * adding up to the total), seats without a use case, the same figures as the export model; no page without spend;
 * axe finds nothing.
 */
import axe from 'axe-core';
import { act, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { boardPackSteps, type BoardPackModel } from '@renderer/features/boardPack/boardPackModel';
import { SpendSheet } from '@renderer/features/boardPack/SpendSheet';
import { blankSpendItemInput, type SpendItem } from '@shared/domain';
import { runSteps } from '@shared/export/compression';
import { computeFunding } from '@shared/export/exportModel';
import { fixedBundle } from '../../unit/export/fixtures';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const GENERATED = '2027-02-01T09:30:00.000Z';

function packWith(spend: (useCaseIds: string[]) => SpendItem[]): BoardPackModel {
  const base = fixedBundle();
  const bundle = { ...base, spend: spend(base.useCases.map((u) => u.id)) };
  const month = bundle.workspace.planningStartMonth;
  return runSteps(boardPackSteps({ bundle: { ...bundle, plan: bundle.plan! }, funding: computeFunding(bundle, month), generatedAt: GENERATED, todayMonth: month })) as BoardPackModel;
}
const item = (id: string, patch: Partial<SpendItem>): SpendItem => ({ ...blankSpendItemInput(), name: id, ...patch, id, workspaceId: fixedBundle().workspace.id, createdAt: GENERATED, updatedAt: GENERATED });

let root: Root | null = null;
let container: HTMLDivElement;
async function render(element: ReactElement): Promise<void> {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root?.render(element));
}
afterEach(async () => {
  const r = root;
  root = null;
  if (r) await act(async () => r.unmount());
  container?.remove();
});

describe('the board pack’s AI spend page', () => {
  it('prints where every dollar goes, adding up to the total', async () => {
    const model = packWith((ids) => [
      item('Everyone’s seats', { seats: 5000, pricePerSeat: 200 }),
      item('Team seats', { seats: 10, pricePerSeat: 50, links: ids.map((useCaseId) => ({ useCaseId, share: 1 / ids.length })) }),
    ]);
    const s = model.spend!.summary;
    expect(s.totalCents).toBe(100_050_000);
    expect(s.fundedCents + s.unfundedCents + s.noneCents).toBe(s.totalCents);
    expect(s.noneCents).toBe(100_000_000);
    await render(<SpendSheet model={model} />);
    const rows = [...container.querySelectorAll('table tbody tr, table tfoot tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(rows.map((r) => r[0])).toEqual(['Serves funded use cases', 'Serves use cases not funded', 'Not tied to a use case', 'Total']);
    expect(rows[2]![1]).toBe(model.present.money(1_000_000));
    expect(rows[3]![1]).toBe(model.present.money(1_000_500));
    expect(container.textContent).toContain('Seats without a use case5,000of 5,010: $1,000,000 a month');
    expect(container.textContent).toContain('5,000 seats at $200 a month is $1,000,000 a month with no use case behind it');
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });

  it('prints nothing when no AI spend is recorded', async () => {
    const model = packWith(() => []);
    expect(model.spend).toBeUndefined();
    await render(<SpendSheet model={model} />);
    expect(container.textContent).toBe('');
  });
});
