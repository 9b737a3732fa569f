import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DistributionChart } from '@renderer/charts/DistributionChart';
import { FanChart } from '@renderer/charts/FanChart';
import { asNumberFormat, formatMoney } from '@shared/presentation';
import { parse } from './fixtures';

const money = (v: number) => formatMoney(v, 'USD', asNumberFormat('en-US'));

/** 1,000 values −100 … 899 (so 10% lie below zero). */
const sorted = Float64Array.from({ length: 1_000 }, (_, i) => i - 100);

describe('DistributionChart', () => {
  const render = (values: Float64Array = sorted) =>
    parse(
      renderToStaticMarkup(
        <DistributionChart sorted={values} percentiles={{ p10: -0.1, p50: 399.5, p90: 799.1 }} currency="USD" width={600} height={300} title="The funded set’s NPV" valueLabel="NPV" />,
      ),
    );

  it('says the percentiles and the share above zero, and its bars hold every trial once', () => {
    const root = render();
    const label = root.querySelector('svg')!.getAttribute('aria-label')!;
    expect(label).toBe(`The funded set’s NPV. 1,000 trials. NPV: P10 ${money(-0.1)}, P50 ${money(399.5)}, P90 ${money(799.1)}; above zero in 90% of trials.`);
    expect(root.querySelector('svg')!.getAttribute('role')).toBe('img');
    const shares = [...root.querySelectorAll('tbody tr td')].map((td) => Number(td.textContent!.replace('%', '')));
    expect(shares).toHaveLength(30);
    // Thirty equal bands of 33 or 34 values each: 3% of trials apiece (rounded), 100% together.
    expect(shares.every((s) => s === 3)).toBe(true);
    expect(root.querySelectorAll('rect')).toHaveLength(30);
    // P10, P50 and P90 are marked.
    expect([...root.querySelectorAll('text')].map((t) => t.textContent).filter((t) => /^P\d0$/.test(t!))).toEqual(['P10', 'P50', 'P90']);
  });

  it('draws nothing made up without values', () => {
    const root = render(new Float64Array(0));
    expect(root.querySelector('svg')!.getAttribute('aria-label')).toBe('The funded set’s NPV. No simulated values to show.');
    expect(root.querySelectorAll('rect')).toHaveLength(0);
  });
});

describe('FanChart', () => {
  it('says where the band ends and lists every month', () => {
    const months = [4, 5, 6, 7];
    const root = parse(
      renderToStaticMarkup(
        <FanChart
          months={months}
          p10={[-300, -600, -700, -400]}
          p50={[-200, -400, -300, 100]}
          p90={[-100, -200, 100, 600]}
          planningStartMonth="2027-01"
          currency="USD"
          width={600}
          height={300}
          title="Cumulative cash"
          valueLabel="Cumulative cash"
        />,
      ),
    );
    expect(root.querySelector('svg')!.getAttribute('aria-label')).toBe(`Cumulative cash. Cumulative cash by Jul 2027: P10 ${money(-400)}, P50 ${money(100)}, P90 ${money(600)}.`);
    const rows = [...root.querySelectorAll('tbody tr')].map((r) => [...r.children].map((c) => c.textContent));
    expect(rows.map((r) => r[0])).toEqual(['Apr 2027', 'May 2027', 'Jun 2027', 'Jul 2027']);
    expect(rows[3]).toEqual(['Jul 2027', money(-400), money(100), money(600)]);
  });
});
