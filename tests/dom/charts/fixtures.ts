import type { ReactNode } from 'react';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import type { CostIcebergRow, FrontierPoint, MatrixPoint, RoadmapRow } from '@renderer/charts';
import type { LastMileCategory } from '@shared/domain';

/** Seed example: pilot $75K over months 1–4, last mile $280K over 5–12, then $22,200 net per month from go-live (13). */
export function seedMonthlyNet(horizon = 36): number[] {
  return Array.from({ length: horizon }, (_, i) => {
    const m = i + 1;
    if (m <= 4) return -75_000 / 4;
    if (m <= 12) return -280_000 / 8;
    return 22_200;
  });
}

export function cumulativeOf(flows: number[]): number[] {
  let sum = 0;
  return flows.map((f) => (sum += f));
}

/** First month whose cumulative is ≥ 0 after having been negative (docs/domain.md), or null. */
export function paybackOf(cumulative: number[]): number | null {
  let seenNegative = false;
  for (let i = 0; i < cumulative.length; i += 1) {
    const v = cumulative[i]!;
    if (v < 0) seenNegative = true;
    else if (seenNegative) return i + 1;
  }
  return null;
}

export const MATRIX_POINTS: MatrixPoint[] = [
  { id: 'inv', label: 'Invoice capture', feasibility: 0.78, value: 820_000, investment: 355_000, kind: 'automation', funded: true },
  { id: 'price', label: 'Dynamic pricing assistant', feasibility: 0.35, value: 1_450_000, investment: 900_000, kind: 'value-creation' },
  { id: 'contract', label: 'Contract review', feasibility: 0.62, value: 310_000, investment: 210_000, kind: 'automation', funded: true },
  { id: 'churn', label: 'Churn prediction', feasibility: 0.55, value: 640_000, investment: 420_000, kind: 'value-creation', funded: true },
  { id: 'hr', label: 'HR chatbot', feasibility: 0.2, value: -120_000, investment: 150_000, kind: 'automation', blocker: true },
  { id: 'claims', label: 'Claims triage', feasibility: 0.8, value: 150_000, investment: 90_000, kind: 'automation' },
];

export const ICEBERG_ROWS: CostIcebergRow[] = [
  { id: 'inv', label: 'Invoice capture', pilot: 75_000, lastMile: 280_000 },
  { id: 'price', label: 'Dynamic pricing assistant for enterprise accounts', pilot: 120_000, lastMile: 610_000 },
  { id: 'contract', label: 'Contract review', pilot: 60_000, lastMile: 150_000 },
  { id: 'hr', label: 'HR chatbot', pilot: 0, lastMile: 150_000 },
];

export const ROADMAP_ROWS: RoadmapRow[] = [
  { id: 'inv', label: 'Invoice capture', startMonth: 1, pilotMonths: 4, lastMileMonths: 8, kind: 'automation' },
  { id: 'price', label: 'Dynamic pricing assistant', startMonth: 4, pilotMonths: 5, lastMileMonths: 10, kind: 'value-creation' },
  { id: 'churn', label: 'Churn prediction', startMonth: 20, pilotMonths: 4, lastMileMonths: 14, kind: 'value-creation' },
];

export const FRONTIER_POINTS: FrontierPoint[] = [
  { budget: 0, value: 0 },
  { budget: 200_000, value: 310_000 },
  { budget: 400_000, value: 820_000 },
  { budget: 600_000, value: 1_130_000 },
  { budget: 1_000_000, value: 1_770_000 },
  { budget: 1_500_000, value: 2_400_000 },
];

export const SEED_COSTS: Record<LastMileCategory, number> = {
  integration: 61_600,
  dataPipelines: 56_000,
  uxHumanReview: 33_600,
  securityCompliance: 28_000,
  testingQa: 28_000,
  monitoringMlops: 22_400,
  infrastructure: 0,
  changeManagement: 50_400,
};

/** Renders into a live jsdom container with react-dom/client (events work); returns it and an unmount. */
export async function mount(node: ReactNode): Promise<{ container: HTMLElement; unmount: () => Promise<void> }> {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => root.render(node));
  return {
    container,
    unmount: async () => {
      await act(async () => root.unmount());
      container.remove();
    },
  };
}

export async function click(el: Element): Promise<void> {
  await act(async () => {
    el.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  });
}

export async function press(el: Element, key: string): Promise<void> {
  await act(async () => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
}

/** Parses markup into a detached element for querying. */
export function parse(markup: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = markup;
  return host;
}

/** Numbers of an SVG path's vertices as [x, y] pairs ("M1,2L3,4…"; H/V/Z not used by the line generator). */
export function pathVertices(d: string): [number, number][] {
  const nums = (d.match(/-?\d+(\.\d+)?(e-?\d+)?/g) ?? []).map(Number);
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < nums.length; i += 2) out.push([nums[i]!, nums[i + 1]!]);
  return out;
}

/** x of a "translate(x,y)" transform. */
export function translateX(el: Element): number {
  const m = /translate\(([-\d.]+)/.exec(el.getAttribute('transform') ?? '');
  if (!m) throw new Error('element has no translate()');
  return Number(m[1]);
}
