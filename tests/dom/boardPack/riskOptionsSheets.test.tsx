/**
 * The board pack's risk and options pages as rendered: the funded set's P10 ≤ P50 ≤ P90 with the seed and trials, the
 * S-curve and the tornado as labelled graphics, the break-even values, P50 / P90 per plan year; the options page with
 * the plan beside the chosen scenarios and the funded sets' differences marked; nothing funded is said; axe finds nothing.
 */
import axe from 'axe-core';
import { act, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { buildBoardPack } from '@renderer/features/boardPack/boardPackModel';
import { OptionsSheet } from '@renderer/features/boardPack/OptionsSheet';
import { riskRangeText } from '@renderer/features/boardPack/riskText';
import { RiskSheet } from '@renderer/features/boardPack/RiskSheet';
import { blankScenarioInput, type Scenario } from '@shared/domain';
import { computeFunding } from '@shared/export/exportModel';
import { exportOptions } from '@shared/export/exportOptions';
import { breakEvenSentence } from '@shared/uncertainty/sensitivityText';
import { fixedBundle, WS_ID } from '../../unit/export/fixtures';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const GENERATED = '2027-02-01T09:30:00.000Z';
const bundle = fixedBundle();
const month = bundle.workspace.planningStartMonth;
const plan = bundle.plan!;
const pack = buildBoardPack({ ...bundle, plan }, computeFunding(bundle, month), GENERATED, month);
const p = pack.present;

let root: Root | null = null;
let container: HTMLDivElement;

async function render(element: ReactElement): Promise<void> {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root?.render(element));
}

async function violations(): Promise<string[]> {
  let result: axe.AxeResults | undefined;
  await act(async () => {
    result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  });
  return result!.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

afterEach(async () => {
  const r = root;
  root = null;
  if (r) await act(async () => r.unmount());
  container?.remove();
});

describe('the board pack’s risk page', () => {
  it('states P10 ≤ P50 ≤ P90 of the funded set with the seed and trials, draws the S-curve and the tornado, and names the break-even values', { timeout: 60_000 }, async () => {
    await render(<RiskSheet model={pack} />);
    const f = pack.risk.funded;
    expect(f.count).toBe(pack.funded.length);
    expect(f.p10).toBeLessThanOrEqual(f.p50);
    expect(f.p50).toBeLessThanOrEqual(f.p90);
    const text = container.textContent ?? '';
    expect(text).toContain(riskRangeText(f, p));
    expect(text).toContain(`Seed ${bundle.workspace.uncertainty.seed}`);
    expect(text).toContain('the same seed gives the same answer');
    expect(text).toContain(p.percent(f.probPositive, 0));
    const graphics = [...container.querySelectorAll('svg[role="img"]')].map((s) => s.getAttribute('aria-label') ?? '');
    expect(graphics).toHaveLength(2);
    expect(graphics[0]).toContain(`P50 ${p.moneyCompact(f.p50)}`);
    expect(graphics[1]).toContain(pack.risk.tornado!.bars[0]!.label);
    for (const b of pack.risk.breakEvens) expect(text).toContain(breakEvenSentence(b, p, pack.risk.today, true));
    const years = [...container.querySelectorAll('.bp-table--risk-years tbody tr')].map((r) => [...r.children].map((c) => c.textContent));
    expect(years[0]).toEqual([p.planYear(1), p.money(pack.moneyByYear.years[0]!.investment), p.money(f.spendP50ByYear[0]!), p.money(f.spendP90ByYear[0]!)]);
    expect(await violations()).toEqual([]);
  });

  it('says so when nothing is funded', async () => {
    const none = buildBoardPack({ ...bundle, plan: { ...plan, budget: 0, forced: {} } }, { ...computeFunding(bundle, month), selectedIds: [] }, GENERATED, month);
    await render(<RiskSheet model={{ ...none, funded: [], fundedIds: new Set() }} />);
    expect(container.textContent).toContain('No candidate is funded, so there is no funded set to simulate.');
    expect(container.querySelector('svg')).toBeNull();
  });
});

describe('the board pack’s options page', () => {
  const scenario = (id: string, name: string, budget: number): Scenario => {
    const s: Scenario = { ...blankScenarioInput(name), id, workspaceId: WS_ID, createdAt: GENERATED, updatedAt: GENERATED };
    s.plan.budget = budget;
    return s;
  };
  const chosen = [scenario('sc-half', 'Half the budget', plan.budget / 2), scenario('sc-more', 'More budget', plan.budget * 1.5)];
  const options = exportOptions(pack, bundle, chosen)!;

  it('puts the plan beside the two scenarios chosen, with totals and the funded sets’ differences marked', { timeout: 60_000 }, async () => {
    await render(<OptionsSheet options={options} present={p} />);
    const heads = [...container.querySelector('.bp-table--options thead tr')!.children].map((c) => c.textContent);
    expect(heads).toEqual(['Figure', 'Base plan', 'Half the budget', 'More budget']);
    const rows = [...container.querySelectorAll('.bp-table--options tbody tr')].map((r) => [...r.children].map((c) => c.textContent));
    expect(rows.find((r) => r[0] === 'Budget')).toEqual(['Budget', ...[plan.budget, plan.budget / 2, plan.budget * 1.5].map((v) => p.money(v))]);
    expect(rows.find((r) => r[0] === 'Expected NPV')).toEqual(['Expected NPV', ...options.comparison.columns.map((c) => p.money(c.expectedNpv))]);
    const differs = [...container.querySelectorAll('.bp-row--differs')].map((r) => [...r.children].map((c) => c.textContent));
    expect(differs).toEqual(options.comparison.candidates.filter((c) => !c.inAll).map((c) => [c.name, ...c.funded.map((f) => (f ? 'Funded' : 'Not funded'))]));
    expect(container.textContent).toContain('Budget ' + p.money(plan.budget / 2));
    expect(await violations()).toEqual([]);
  });
});
