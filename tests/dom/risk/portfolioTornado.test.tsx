import axe from 'axe-core';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { PortfolioTornado } from '@renderer/features/risk/PortfolioTornado';
import { blankUseCaseInput, defaultWorkspaceSettings, newLifecycle, type UseCase, type Workspace } from '@shared/domain';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const T0 = '2027-01-01T00:00:00.000Z';
const workspace: Workspace = { ...defaultWorkspaceSettings('Acme', '2027-01'), horizonMonths: 36, discountRate: 0, id: 'ws', createdAt: T0, updatedAt: T0 };

/** Pilot $30K (3 months), last mile $120K (6 months), then $20K of benefit and $2K of run cost a month: NPV $336K each. */
function useCase(i: number): UseCase {
  const base = blankUseCaseInput('p1', { pilotMonths: 3, lastMileMonths: 6, rampUpMonths: 0 });
  return {
    ...base,
    name: `Candidate ${i}`,
    pilot: { cost: 30_000, months: 3 },
    lastMile: { costs: { ...base.lastMile.costs, integration: 120_000 }, months: 6 },
    runCost: { ...base.runCost, infrastructurePerMonth: 2_000 },
    benefits: { ...base.benefits, costAvoidedPerMonth: 20_000, rampUpMonths: 0 },
    lifecycle: newLifecycle(),
    actuals: [],
    id: `uc${i}`,
    workspaceId: 'ws',
    createdAt: T0,
    updatedAt: T0,
  };
}

let root: Root | null = null;
let container: HTMLDivElement;

async function render(useCases: UseCase[]): Promise<void> {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root?.render(<PortfolioTornado useCases={useCases} workspace={workspace} todayMonth="2027-01" />));
}

afterEach(async () => {
  const r = root;
  root = null;
  if (r) await act(async () => r.unmount());
  container?.remove();
});

describe('the funded set’s tornado', () => {
  it('swings every funded use case together, says so to a screen reader, and names the break-even values', async () => {
    await render([useCase(1), useCase(2)]);
    expect(container.querySelector('h2')!.textContent).toBe('What moves the funded set’s NPV most');
    const img = container.querySelector('svg[role="img"]')!;
    // Two use cases of $336K; benefits −40% / +10% of $20K a month over 27 months each.
    expect(img.getAttribute('aria-label')).toContain('The funded set’s NPV at the likely values: $672,000.');
    expect(img.getAttribute('aria-label')).toContain('The largest driver is benefits ($24K a month → $44K a month), moving it from $240K to $780K.');
    const rows = [...container.querySelectorAll('table tbody tr')].map((r) => [...r.children].map((c) => c.textContent));
    expect(rows[0]).toEqual(['Benefits', '$24K a month → $44K a month', '$240,000', '$780,000', '$540,000']);
    expect(rows[1]).toEqual(['Last-mile costs', '$216K → $384K', '$696,000', '$528,000', '$168,000']);
    expect(rows.find((r) => r[0] === 'Last-mile durations')![1]).toBe('+0 months → +4 months');
    // Each last mile may reach $456K (3.8×): $912K in total for the two.
    expect(container.textContent).toContain('Last-mile costs above $912K in total (+280%) turn the funded set’s NPV negative (likely $240K).');
    expect(container.textContent).toContain('Benefits below $15.1K a month in total (−62%) turn the funded set’s NPV negative (likely $40K a month).');
  });

  it('has no accessibility violations axe can find without layout', { timeout: 60_000 }, async () => {
    await render([useCase(1), useCase(2)]);
    let result: axe.AxeResults | undefined;
    await act(async () => {
      result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    });
    expect(result!.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  it('says when nothing is funded', async () => {
    await render([]);
    expect(container.textContent).toContain('No use case is funded');
    expect(container.querySelector('svg')).toBeNull();
  });
});
