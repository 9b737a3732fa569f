import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RoiTimelineChart, type RoiTimelineChartProps } from '@renderer/charts';
import { cumulativeOf, parse, pathVertices, paybackOf, seedMonthlyNet, translateX } from './fixtures';
import { expectMatchesRef } from './refs';

const cumulative = cumulativeOf(seedMonthlyNet(36));
const payback = paybackOf(cumulative);

const props: RoiTimelineChartProps = {
  cumulative,
  phases: { pilot: [1, 4], lastMile: [5, 12], run: [13, 36] },
  paybackMonth: payback,
  planningStartMonth: '2026-01',
  currency: 'USD',
  width: 640,
  height: 300,
  title: 'Invoice capture: cumulative net cash',
};

const render = (p: Partial<RoiTimelineChartProps> = {}): HTMLElement => parse(renderToStaticMarkup(<RoiTimelineChart {...props} {...p} />));

/** x positions of the axis ticks at the start of the first month and at the end of the horizon. */
function axisEnds(root: HTMLElement): { x0: number; xEnd: number } {
  const ticks = [...root.querySelectorAll('.lm-axis--x .lm-axis__tick')];
  return { x0: translateX(ticks[0]!), xEnd: translateX(ticks[ticks.length - 1]!) };
}

describe('RoiTimelineChart', () => {
  it('fixture: the seed example pays back in month 28 (Apr 2028)', () => {
    expect(cumulative[11]).toBe(-355_000);
    expect(payback).toBe(28);
  });

  it('matches its reference SVG (seed example, phases, payback)', () => {
    expectMatchesRef('roi-timeline', renderToStaticMarkup(<RoiTimelineChart {...props} />));
  });

  it('matches its reference SVG without phases and with payback beyond the horizon (portfolio use)', () => {
    const weak = cumulativeOf(seedMonthlyNet(24));
    expectMatchesRef(
      'roi-timeline-portfolio',
      renderToStaticMarkup(
        <RoiTimelineChart {...props} cumulative={weak} phases={{ pilot: null, lastMile: null, run: null }} paybackMonth={null} currency="EUR" width={420} height={220} title="Funded set" />,
      ),
    );
  });

  it('puts the payback marker at the end of the payback month on the month axis', () => {
    const root = render();
    const { x0, xEnd } = axisEnds(root);
    const marker = root.querySelector('.lm-roi__payback-marker')!;
    const [mx] = pathVertices(marker.getAttribute('d')!)[0]!;
    // 36 months span the axis; the end of month 28 lies 28/36 of the way along it.
    expect(mx).toBeCloseTo(x0 + ((xEnd - x0) * 28) / 36, 1);
    expect(root.querySelector('.lm-roi__payback-label')?.textContent).toBe('Payback Apr 2028');
  });

  it('labels the axis with calendar months from the planning start', () => {
    const root = render({ planningStartMonth: '2026-11' });
    const first = root.querySelector('.lm-axis--x .lm-axis__tick text')!;
    const labels = [...root.querySelectorAll('.lm-axis--x .lm-axis__tick text')].map((t) => t.textContent);
    // Quarterly ticks aligned to Jan/Apr/Jul/Oct; the first shows its year.
    expect(first.textContent).toBe('Jan2027');
    expect(labels).toContain('Apr');
    expect(root.querySelector('.lm-roi__payback-label')?.textContent).toBe('Payback Feb 2029');
  });

  it('draws negative cumulative cash below the zero line and positive above it', () => {
    const root = render();
    const zeroY = Number(root.querySelector('.lm-zero-line')!.getAttribute('y1'));
    const vertices = pathVertices(root.querySelector('.lm-roi__line')!.getAttribute('d')!);
    expect(vertices).toHaveLength(37); // the start (0) and the end of each month
    cumulative.forEach((v, i) => {
      const y = vertices[i + 1]![1];
      if (v < 0) expect(y).toBeGreaterThan(zeroY);
      if (v > 0) expect(y).toBeLessThan(zeroY);
    });
    expect(root.querySelector('.lm-roi__area--negative')!.getAttribute('d')).not.toBe('');
  });

  it('shades the pilot, last-mile and run phases over their months', () => {
    const root = render();
    const { x0, xEnd } = axisEnds(root);
    const month = (m: number): number => x0 + ((xEnd - x0) * m) / 36;
    const band = (key: string): [number, number] => {
      const r = root.querySelector(`.lm-phase--${key} .lm-phase__band`)!;
      const x = Number(r.getAttribute('x'));
      return [x, x + Number(r.getAttribute('width'))];
    };
    expect(band('pilot')[0]).toBeCloseTo(month(0), 1);
    expect(band('pilot')[1]).toBeCloseTo(month(4), 1);
    expect(band('lastMile')[1]).toBeCloseTo(month(12), 1);
    expect(band('run')[1]).toBeCloseTo(month(36), 1);
    expect([...root.querySelectorAll('.lm-phase__label')].map((t) => t.textContent)).toEqual(['Pilot', 'Last mile', 'Run']);
  });

  it('names the phases in a legend instead when a name does not fit its ribbon (narrow use-case page)', () => {
    const narrow = render({ width: 300, height: 220 });
    expect(narrow.querySelectorAll('.lm-phase__label')).toHaveLength(0);
    expect([...narrow.querySelectorAll('.lm-legend text')].map((t) => t.textContent)).toEqual(['Pilot', 'Last mile', 'Run']);
    expect(render().querySelectorAll('.lm-legend')).toHaveLength(0);
  });

  it('says "beyond the horizon" and draws no marker when there is no payback', () => {
    const root = render({ paybackMonth: null });
    expect(root.querySelector('.lm-roi__payback-marker')).toBeNull();
    expect(root.querySelector('.lm-roi__note')?.textContent).toBe('Payback beyond the horizon');
    expect(root.querySelector('svg')!.getAttribute('aria-label')).toContain('payback beyond the horizon');
  });

  it('omits the phase bands when phases are null (portfolio)', () => {
    const root = render({ phases: { pilot: null, lastMile: null, run: null } });
    expect(root.querySelectorAll('.lm-phase')).toHaveLength(0);
  });

  it('is a named image with a title, a description and a data table in the workspace currency', () => {
    const root = render({ currency: 'EUR' });
    const svg = root.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    const name = svg.getAttribute('aria-label')!;
    expect(name).toContain('Invoice capture: cumulative net cash.');
    expect(name).toContain('lowest -€355,000 in Dec 2026');
    expect(name).toContain('payback in Apr 2028 (month 28)');
    expect(svg.querySelector('title')?.textContent).toBe('Invoice capture: cumulative net cash');
    expect(svg.querySelector('desc')?.textContent).toContain('Pilot Jan 2026 – Apr 2026');
    const rows = root.querySelectorAll('table.lm-visually-hidden tbody tr');
    expect(rows).toHaveLength(36);
    expect([...rows[27]!.children].map((c) => c.textContent)).toEqual(['Apr 2028', '28', '€200', 'Run']);
    expect([...root.querySelectorAll('.lm-axis--y text')].map((t) => t.textContent)).toContain('-€200K');
  });
});
