/**
 * The app's chart colours as hex for the deck: the same values as the `--lm-chart-*` variables in
 * renderer/charts/charts.css (a unit test keeps the two equal), so the deck's charts read like the app's.
 * Automation blue, value creation orange (Okabe & Ito); candidates not classified yet in a neutral grey.
 */
import type { Classification } from '@shared/domain';

export const CHART_COLORS = {
  text: '1F2937',
  muted: '4B5563',
  axis: '6B7280',
  grid: 'DCDFE4',
  positive: '009E73',
  negative: 'D55E00',
  automation: '0072B2',
  automationEdge: '004C77',
  valueCreation: 'E69F00',
  valueCreationEdge: '8A4B00',
  pilot: 'A9D6F0',
  pilotEdge: '1F4E79',
  lastMile: '1F4E79',
  run: 'C4EADC',
  runEdge: '007A5A',
  payback: '007A5A',
  blocker: 'B42318',
  funded: '111827',
} as const;

/** The CSS variable each colour comes from (for the test that keeps them equal). */
export const CHART_COLOR_VARIABLES: Record<keyof typeof CHART_COLORS, string> = {
  text: '--lm-chart-text',
  muted: '--lm-chart-muted',
  axis: '--lm-chart-axis',
  grid: '--lm-chart-grid',
  positive: '--lm-chart-positive',
  negative: '--lm-chart-negative',
  automation: '--lm-chart-automation',
  automationEdge: '--lm-chart-automation-edge',
  valueCreation: '--lm-chart-value-creation',
  valueCreationEdge: '--lm-chart-value-creation-edge',
  pilot: '--lm-chart-pilot',
  pilotEdge: '--lm-chart-pilot-edge',
  lastMile: '--lm-chart-last-mile',
  run: '--lm-chart-run',
  runEdge: '--lm-chart-run-edge',
  payback: '--lm-chart-payback',
  blocker: '--lm-chart-blocker',
  funded: '--lm-chart-funded',
};

/** Neutral grey of a candidate not classified yet (the charts' axis grey: in neither colour). */
export const UNCLASSIFIED_COLOR = CHART_COLORS.axis;

/** The colour of a classification: automation, value creation, or grey when not classified. */
export function kindColor(kind: Classification | null): string {
  if (kind === 'automation') return CHART_COLORS.automation;
  if (kind === 'value-creation') return CHART_COLORS.valueCreation;
  return UNCLASSIFIED_COLOR;
}

/** The same hue mixed with white (share 0–1 of white): the pale version that marks "not funded" beside the full colour. */
export function paler(hex: string, share = 0.6): string {
  const channel = (i: number) => {
    const v = parseInt(hex.slice(i, i + 2), 16);
    return Math.round(v + (255 - v) * share)
      .toString(16)
      .padStart(2, '0');
  };
  return `${channel(0)}${channel(2)}${channel(4)}`.toUpperCase();
}
