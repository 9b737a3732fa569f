import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ValueFeasibilityMatrix, type MatrixPoint } from '@renderer/charts';
import { LONG_TABLE_ROWS } from '@renderer/charts/ChartFrame';
import { CROWD_BUBBLES } from '@renderer/charts/CrowdedBubbles';
import { SCREEN_LABEL_ALL, SCREEN_NAMES, matrixLayout } from '@renderer/charts/matrixLayout';
import { boxesOverlap } from '@renderer/charts/text';
import { parse } from './fixtures';

/** A portfolio of `n` candidates spread over the whole plot, every fifth funded. */
function candidates(n: number): MatrixPoint[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `uc-${String(i).padStart(5, '0')}`,
    label: `Candidate ${i + 1} with a descriptive name`,
    feasibility: ((i * 7919) % 1000) / 999,
    value: (((i * 104729) % 1000) - 200) * 5_000,
    investment: 50_000 + ((i * 31) % 97) * 20_000,
    kind: i % 3 === 0 ? 'value-creation' : 'automation',
    funded: i % 5 === 0,
    rank: i + 1,
  }));
}

const layoutOf = (points: MatrixPoint[], labels: 'names' | 'numbers') =>
  matrixLayout({ points, valueThreshold: 0, feasibilityThreshold: 0.5, currency: 'USD', locale: 'en-US', top: 40, width: 1000, height: 520, formatFeasibility: String, labels });

describe('the value–feasibility matrix with a thousand candidates', () => {
  it('on screen names at most the 40 funded or highest-value candidates, never overlapping, and draws every bubble', () => {
    const points = candidates(1000);
    const layout = layoutOf(points, 'names');
    expect(layout.bubbles).toHaveLength(1000);
    const named = layout.bubbles.filter((b) => b.label !== null);
    expect(named.length).toBeGreaterThan(10);
    expect(named.length).toBeLessThanOrEqual(SCREEN_NAMES);
    expect(named.every((b) => b.label?.kind === 'name')).toBe(true);
    // funded first: every named bubble is funded while funded ones remain unnamed only for want of room
    expect(named.filter((b) => b.point.funded).length).toBe(named.length);
    for (let i = 0; i < named.length; i++) for (let j = i + 1; j < named.length; j++) expect(boxesOverlap(named[i]!.label!.box, named[j]!.label!.box)).toBe(false);
  });

  it('on paper still numbers every bubble, with no two numbers overlapping', () => {
    const layout = layoutOf(candidates(400), 'numbers');
    expect(layout.bubbles.every((b) => b.label?.kind === 'number')).toBe(true);
    const boxes = layout.bubbles.map((b) => b.label!.box);
    let overlaps = 0;
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) if (boxesOverlap(boxes[i]!, boxes[j]!)) overlaps++;
    expect(overlaps).toBe(0);
  });

  it('keeps the whole set labelled up to the crowding limit', () => {
    const layout = layoutOf(candidates(SCREEN_LABEL_ALL), 'names');
    expect(layout.bubbles.every((b) => b.label !== null)).toBe(true);
  });

  it('up to 600 bubbles, keeps a mark of its own for each, named on hover and focus', () => {
    const root = parse(renderToStaticMarkup(<ValueFeasibilityMatrix points={candidates(CROWD_BUBBLES)} valueThreshold={0} feasibilityThreshold={0.5} currency="USD" width={1000} height={520} />));
    expect(root.querySelectorAll('.lm-matrix__point title')).toHaveLength(CROWD_BUBBLES);
    expect(root.querySelector('.lm-matrix__crowd')).toBeNull();
  });

  it('beyond that draws the unnamed bubbles as a few shared paths, keeps the named ones as marks, and offers the figures as a table behind a disclosure instead of ten thousand hidden cells', () => {
    const root = parse(renderToStaticMarkup(<ValueFeasibilityMatrix points={candidates(1000)} valueThreshold={0} feasibilityThreshold={0.5} currency="USD" width={1000} height={520} />));
    const marks = root.querySelectorAll('.lm-matrix__point');
    expect(marks.length).toBeGreaterThan(10);
    expect(marks.length).toBeLessThanOrEqual(SCREEN_NAMES);
    // the names are drawn above every bubble (after the shared paths and the marks), so no bubble hides one
    const names = root.querySelectorAll('.lm-matrix__labels .lm-matrix__label');
    expect(names).toHaveLength(marks.length);
    expect(root.querySelectorAll('.lm-matrix__point .lm-matrix__label')).toHaveLength(0);
    const last = marks[marks.length - 1]!;
    expect(last.compareDocumentPosition(names[0]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const crowd = root.querySelector('.lm-matrix__crowd');
    // one path per kind drawn, plus the funded rings: every unnamed bubble is drawn (a circle is 'M…a…a…Z', a diamond 'M…L…L…L…Z')
    const shapes = [...crowd!.querySelectorAll('path.lm-matrix__bubble')].reduce((n, p) => n + (p.getAttribute('d')?.match(/Z/g)?.length ?? 0), 0);
    expect(shapes + marks.length).toBe(1000);
    expect(crowd!.querySelector('path.lm-matrix__funded-ring')).not.toBeNull();
    expect(root.querySelector('table.lm-visually-hidden')).toBeNull();
    const disclosure = root.querySelector('details.lm-chart__table summary');
    expect(disclosure?.textContent).toBe('Value vs feasibility: the figures as a table (1,000 rows)');
    expect(root.querySelectorAll('tbody tr')).toHaveLength(0);
    expect(root.querySelector('desc')?.textContent).toContain('only the funded and highest-value ones are named, and only those can be opened from the chart');
  });

  it(`keeps a short chart's table in the page for screen readers (up to ${LONG_TABLE_ROWS} rows)`, () => {
    const root = parse(renderToStaticMarkup(<ValueFeasibilityMatrix points={candidates(LONG_TABLE_ROWS)} valueThreshold={0} feasibilityThreshold={0.5} currency="USD" width={1000} height={520} />));
    expect(root.querySelectorAll('table.lm-visually-hidden tbody tr')).toHaveLength(LONG_TABLE_ROWS);
    expect(root.querySelector('details.lm-chart__table')).toBeNull();
  });

  it('builds the long table when the disclosure is opened, with a row per candidate', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    await act(async () => root.render(<ValueFeasibilityMatrix points={candidates(700)} valueThreshold={0} feasibilityThreshold={0.5} currency="USD" width={1000} height={520} />));
    const details = host.querySelector('details.lm-chart__table') as HTMLDetailsElement;
    expect(details.querySelectorAll('tbody tr')).toHaveLength(0);
    await act(async () => {
      details.open = true;
      details.dispatchEvent(new Event('toggle'));
    });
    const rows = details.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(700);
    expect(rows[0]!.querySelector('th')?.textContent).toMatch(/^Candidate \d+ with a descriptive name$/);
    act(() => root.unmount());
    host.remove();
  });

  it('names the first 20 candidates left off the chart and sums up the rest', () => {
    const points = candidates(300).map((p, i) => (i < 30 ? { ...p, feasibility: null } : p));
    const root = parse(renderToStaticMarkup(<ValueFeasibilityMatrix points={points} valueThreshold={0} feasibilityThreshold={0.5} currency="USD" width={1000} height={520} />));
    const omitted = root.querySelector('.lm-matrix__omitted')?.textContent ?? '';
    expect(omitted.startsWith('Readiness not assessed: Candidate 1 with a descriptive name, ')).toBe(true);
    expect(omitted.endsWith(" and 10 more (all listed in the chart's table)")).toBe(true);
  });
});
