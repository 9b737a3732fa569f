import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ValueFeasibilityMatrix, type MatrixPoint, type ValueFeasibilityMatrixProps } from '@renderer/charts';
import { LabelPlacer, boxAround, leaderTo, segmentCrossesBox } from '@renderer/charts/labelPlacement';
import { FONT, boxesOverlap, textWidth, type Box } from '@renderer/charts/text';
import { MATRIX_POINTS, parse } from './fixtures';

const NAMES = ['Invoice capture', 'Dynamic pricing assistant for enterprise accounts', 'Contract review', 'Churn prediction', 'HR chatbot', 'Claims triage'];

/**
 * 50 candidates on a deterministic spread, with clusters the way real portfolios have them: five candidates on
 * exactly the same spot, four a hair apart, and a row of equal feasibility (readiness scores are coarse).
 */
function fiftyCandidates(): MatrixPoint[] {
  return Array.from({ length: 50 }, (_, i): MatrixPoint => {
    let feasibility = ((i * 37) % 50) / 49;
    let value = (((i * 53) % 50) - 12) * 40_000;
    if (i < 5) [feasibility, value] = [0.6, 500_000];
    else if (i < 9) [feasibility, value] = [0.3 + i * 0.001, 900_000 + i * 500];
    else if (i < 16) feasibility = 0.75;
    return {
      id: `uc-${i}`,
      label: `${NAMES[i % NAMES.length]} ${i + 1}`,
      feasibility,
      value,
      investment: 40_000 + ((i * 71) % 50) * 18_000,
      kind: i % 3 === 0 ? 'value-creation' : 'automation',
      funded: i % 4 === 0,
      blocker: i % 7 === 0,
      rank: i + 1,
    };
  });
}

const base: ValueFeasibilityMatrixProps = { points: fiftyCandidates(), valueThreshold: 0, feasibilityThreshold: 0.5, currency: 'USD', width: 1000, height: 520 };
const render = (p: Partial<ValueFeasibilityMatrixProps> = {}): HTMLElement => parse(renderToStaticMarkup(<ValueFeasibilityMatrix {...base} {...p} />));

/** The box a drawn label or number takes, from its position, anchor and text (the layout's own text metrics). */
function boxOf(t: Element): Box {
  const text = t.textContent ?? '';
  const number = t.classList.contains('lm-matrix__number');
  const w = textWidth(text, FONT.tick) + (number ? 4 : 0);
  const x = Number(t.getAttribute('x'));
  const left = t.getAttribute('text-anchor') === 'middle' ? x - w / 2 : t.getAttribute('text-anchor') === 'end' ? x - w : x;
  return { x: left, y: Number(t.getAttribute('y')) - 10.5, width: w, height: 13 };
}

function expectNoOverlaps(root: HTMLElement): void {
  const texts = [...root.querySelectorAll('.lm-matrix__label, .lm-matrix__number')];
  const boxes = texts.map(boxOf);
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      expect(boxesOverlap(boxes[i]!, boxes[j]!), `"${texts[i]!.textContent}" overlaps "${texts[j]!.textContent}"`).toBe(false);
    }
  }
}

describe('matrix labels with 50 candidates', () => {
  it('on paper: every bubble carries its rank, no two numbers overlap, and the key gives each number its full name, funding and figures', () => {
    const root = render({ variant: 'print', feasibilityLabel: 'Readiness', formatFeasibility: (f) => (1 + 4 * f).toFixed(1) });
    const marks = [...root.querySelectorAll('.lm-matrix__point')];
    expect(marks).toHaveLength(50);
    expect(root.querySelectorAll('.lm-matrix__label')).toHaveLength(0);
    expectNoOverlaps(root);

    const key = new Map<string, string[]>();
    for (const row of root.querySelectorAll('.lm-matrix__key-table tbody tr')) {
      const cells = [...row.children].map((c) => c.textContent ?? '');
      key.set(cells[0]!, cells.slice(1));
    }
    expect(key.size).toBe(50);
    const points = fiftyCandidates();
    for (const mark of marks) {
      const numbers = mark.querySelectorAll('.lm-matrix__number');
      expect(numbers).toHaveLength(1);
      const [name, funded, readiness, value] = key.get(numbers[0]!.textContent!)!;
      const point = points.find((p) => p.label === name)!;
      expect(String(point.rank)).toBe(numbers[0]!.textContent);
      expect(mark.querySelector('title')!.textContent!.startsWith(`${name}:`)).toBe(true);
      expect(funded).toBe(point.funded ? 'Yes' : 'No');
      expect(readiness).toBe((1 + 4 * point.feasibility!).toFixed(1));
      expect(value).toBe(`${point.value! < 0 ? '-' : ''}$${Math.abs(point.value!).toLocaleString('en-US')}`);
    }
    // The five candidates on one spot are five distinct numbers, some moved off with a leader line.
    expect(root.querySelectorAll('.lm-matrix__leader').length).toBeGreaterThan(0);
  });

  it('on screen: names where they fit, numbers elsewhere, none overlapping; every bubble is identified by its name or by a number in the key', () => {
    for (const [width, height] of [
      [1000, 520],
      [640, 400],
    ] as const) {
      const root = render({ width, height, onSelect: () => undefined });
      expectNoOverlaps(root);
      const listed = new Map([...root.querySelectorAll('.lm-matrix__key-item')].map((item) => [item.querySelector('dt')!.textContent!, item.querySelector('dd')!.textContent!]));
      const buttons = [...root.querySelectorAll('[role="button"]')];
      expect(buttons).toHaveLength(50);
      let named = 0;
      for (const b of buttons) {
        const name = b.getAttribute('aria-label')!;
        const shown = b.querySelectorAll('.lm-matrix__label, .lm-matrix__number');
        expect(shown).toHaveLength(1);
        const text = shown[0]!.textContent!;
        if (shown[0]!.classList.contains('lm-matrix__label')) {
          named += 1;
          expect(name.startsWith(text.replace(/…$/u, ''))).toBe(true);
        } else {
          // A number: its name is in the list under the chart, and the button's name says which number it is.
          expect(name.startsWith(`${listed.get(text)}:`)).toBe(true);
          expect(name).toContain(`number ${text} on the chart`);
        }
      }
      expect(named).toBeGreaterThan(5);
      expect(listed.size).toBe(50 - named);
    }
  });

  it('is deterministic', () => {
    expect(renderToStaticMarkup(<ValueFeasibilityMatrix {...base} variant="print" />)).toBe(renderToStaticMarkup(<ValueFeasibilityMatrix {...base} variant="print" />));
  });
});

describe('candidates without readiness', () => {
  const points: MatrixPoint[] = [
    ...MATRIX_POINTS,
    { id: 'a', label: 'Forecasting copilot', feasibility: null, value: 200_000, investment: 100_000, kind: 'automation', funded: true },
    { id: 'b', label: 'Supplier risk radar', feasibility: null, value: null, investment: 80_000, kind: 'value-creation' },
  ];

  for (const variant of ['screen', 'print'] as const) {
    it(`are not drawn but listed under the chart (${variant})`, () => {
      const root = render({ points, variant, valueThreshold: 400_000 });
      expect(root.querySelectorAll('.lm-matrix__point')).toHaveLength(6);
      expect(root.querySelector('svg')!.textContent).not.toContain('Forecasting copilot');
      expect(root.querySelector('.lm-matrix__omitted')!.textContent).toBe('Readiness not assessed: Forecasting copilot, Supplier risk radar');
      expect(root.querySelector('svg')!.getAttribute('aria-label')).toContain('8 candidates');
      expect(root.querySelector('svg')!.getAttribute('aria-label')).toContain('2 not on the chart');
      const hidden = [...root.querySelectorAll('table.lm-visually-hidden tbody tr')].map((r) => [...r.children].map((c) => c.textContent));
      expect(hidden.find((r) => r[0] === 'Forecasting copilot')!.slice(1, 3)).toEqual(['Not on the chart', 'Not assessed']);
    });
  }

  it('leaves an empty plot with a note when no candidate has been assessed', () => {
    const root = render({ points: points.slice(6) });
    expect(root.querySelectorAll('.lm-matrix__point')).toHaveLength(0);
    expect(root.querySelector('.lm-chart__empty')!.textContent).toBe('No candidate has both figures yet');
    expect(root.querySelector('.lm-matrix__omitted')!.textContent).toContain('Readiness not assessed: Forecasting copilot');
  });
});

describe('LabelPlacer', () => {
  const bounds = { x: 0, y: 0, width: 400, height: 300 };

  it('puts a label beside its mark, then moves it away with a leader line that crosses no label', () => {
    const anchor = { cx: 200, cy: 150, extent: 10 };
    const placer = new LabelPlacer(bounds, [{ x: 190, y: 140, width: 20, height: 20 }], []);
    const first = placer.place(0, anchor, 40, 13, { rings: 0, avoidMarks: true })!;
    expect(first.box).toEqual(boxAround(anchor, 13, 0, 40, 13));
    expect(first.leader).toBeNull();
    // Left, above and below are taken next; the mark is then hemmed in, so further labels need leaders that cross.
    const near = Array.from({ length: 3 }, () => placer.place(0, anchor, 40, 13, { rings: 6, avoidMarks: true })!);
    expect(near.every((s) => s.leader === null)).toBe(true);
    expect(placer.place(0, anchor, 40, 13, { rings: 6, avoidMarks: true })).toBeNull();
    const far = Array.from({ length: 8 }, () => placer.placeSurely(0, anchor, 40, 13, false, 6));
    expect(far.every((s) => s.leader !== null)).toBe(true);
    const all = [first, ...near, ...far].map((s) => s.box);
    for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) expect(boxesOverlap(all[i]!, all[j]!)).toBe(false);
  });

  it('moves a label off its mark with a leader when the near spots are taken by other marks', () => {
    const anchor = { cx: 200, cy: 150, extent: 10 };
    const neighbours = [0, 90, 180, 270, 45, 135, 225, 315].map((deg) => boxAround(anchor, 13, deg, 40, 13));
    const placer = new LabelPlacer(bounds, [{ x: 190, y: 140, width: 20, height: 20 }, ...neighbours], []);
    const spot = placer.place(0, anchor, 40, 13, { rings: 3, avoidMarks: true })!;
    expect(spot.leader).not.toBeNull();
    expect(neighbours.some((n) => boxesOverlap(n, spot.box))).toBe(false);
  });

  it('keeps labels off other marks, inside the bounds, and always finds a spot on request', () => {
    const marks = [
      { x: 10, y: 0, width: 20, height: 20 },
      { x: 32, y: 0, width: 20, height: 20 },
    ];
    const placer = new LabelPlacer({ x: 0, y: 0, width: 80, height: 40 }, marks, []);
    // Right of the first mark is the second mark, left and above are off the chart: below it is.
    const spot = placer.place(0, { cx: 20, cy: 10, extent: 10 }, 30, 13, { rings: 0, avoidMarks: true })!;
    expect(spot.box).toEqual(boxAround({ cx: 20, cy: 10, extent: 10 }, 13, 90, 30, 13));
    // Too wide for the chart anywhere: it still gets a spot (on its mark), never none.
    expect(placer.place(1, { cx: 42, cy: 10, extent: 10 }, 200, 13, { rings: 2, avoidMarks: false })).toBeNull();
    expect(placer.placeSurely(1, { cx: 42, cy: 10, extent: 10 }, 200, 13, false, 2).box).toEqual({ x: -58, y: 3.5, width: 200, height: 13 });
  });

  it('draws a leader from the edge of the mark to the nearest point of the label', () => {
    expect(leaderTo({ cx: 0, cy: 0, extent: 10 }, { x: 30, y: -5, width: 20, height: 10 })).toEqual({ x1: 10, y1: 0, x2: 30, y2: 0 });
    expect(leaderTo({ cx: 0, cy: 0, extent: 10 }, { x: 13, y: -5, width: 20, height: 10 })).toBeNull();
  });
});

describe('segmentCrossesBox', () => {
  it('tells a leader line that crosses a label from one that passes by or only touches it', () => {
    const box = { x: 10, y: 10, width: 10, height: 10 };
    expect(segmentCrossesBox({ x1: 0, y1: 15, x2: 30, y2: 15 }, box)).toBe(true);
    expect(segmentCrossesBox({ x1: 0, y1: 0, x2: 12, y2: 12 }, box)).toBe(true);
    expect(segmentCrossesBox({ x1: 0, y1: 25, x2: 30, y2: 25 }, box)).toBe(false);
    expect(segmentCrossesBox({ x1: 0, y1: 15, x2: 10, y2: 15 }, box)).toBe(false);
  });
});
