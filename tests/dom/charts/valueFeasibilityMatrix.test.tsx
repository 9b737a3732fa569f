import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { ValueFeasibilityMatrix, quadrantOf, type ValueFeasibilityMatrixProps } from '@renderer/charts';
import { MATRIX_POINTS, click, mount, parse, press } from './fixtures';
import { expectMatchesRef } from './refs';

const props: ValueFeasibilityMatrixProps = {
  points: MATRIX_POINTS,
  valueThreshold: 400_000,
  feasibilityThreshold: 0.5,
  currency: 'USD',
  width: 640,
  height: 420,
};

const render = (p: Partial<ValueFeasibilityMatrixProps> = {}): HTMLElement => parse(renderToStaticMarkup(<ValueFeasibilityMatrix {...props} {...p} />));

/** Centre of a bubble: a circle's cx/cy or the diamond's top vertex x and mid height. */
function centre(mark: Element): { x: number; y: number; size: number } {
  const shape = mark.querySelector('.lm-matrix__bubble')!;
  if (shape.localName === 'circle') {
    return { x: Number(shape.getAttribute('cx')), y: Number(shape.getAttribute('cy')), size: Number(shape.getAttribute('r')) };
  }
  const nums = (shape.getAttribute('d')!.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
  // M cx,(cy−h) L (cx+h),cy …: centre (cx, cy) and half-diagonal h.
  return { x: nums[0]!, y: nums[3]!, size: nums[2]! - nums[0]! };
}

describe('quadrantOf', () => {
  it('assigns the four quadrants, a value or feasibility on its threshold counting as high', () => {
    expect(quadrantOf(0.8, 500, 0.5, 100)).toBe('quick-win');
    expect(quadrantOf(0.2, 500, 0.5, 100)).toBe('strategic-bet');
    expect(quadrantOf(0.8, 50, 0.5, 100)).toBe('fill-in');
    expect(quadrantOf(0.2, 50, 0.5, 100)).toBe('defer');
    expect(quadrantOf(0.5, 100, 0.5, 100)).toBe('quick-win');
    expect(quadrantOf(0.49, -10, 0.5, 0)).toBe('defer');
  });
});

describe('ValueFeasibilityMatrix', () => {
  it('matches its reference SVG (static)', () => {
    expectMatchesRef('value-feasibility-matrix', renderToStaticMarkup(<ValueFeasibilityMatrix {...props} />));
  });

  it('matches its reference SVG (interactive, readiness axis)', () => {
    expectMatchesRef(
      'value-feasibility-matrix-interactive',
      renderToStaticMarkup(
        <ValueFeasibilityMatrix {...props} width={420} height={320} onSelect={() => undefined} feasibilityLabel="Readiness" formatFeasibility={(f) => String(1 + 4 * f)} />,
      ),
    );
  });

  it('places each bubble in its quadrant and names the quadrant', () => {
    const root = render({ onSelect: () => undefined });
    const [vertical, horizontal] = [...root.querySelectorAll('.lm-matrix__threshold')];
    const tx = Number(vertical!.getAttribute('x1'));
    const ty = Number(horizontal!.getAttribute('y1'));
    const expected: Record<string, string> = {
      inv: 'Quick win',
      price: 'Strategic bet',
      contract: 'Fill-in',
      churn: 'Quick win',
      hr: 'Defer',
      claims: 'Fill-in',
    };
    for (const mark of root.querySelectorAll('[role="button"]')) {
      const id = mark.getAttribute('data-id')!;
      const quadrant = expected[id]!;
      expect(mark.getAttribute('aria-label')).toContain(`: ${quadrant};`);
      const c = centre(mark);
      expect(c.x >= tx).toBe(quadrant === 'Quick win' || quadrant === 'Fill-in');
      expect(c.y <= ty).toBe(quadrant === 'Quick win' || quadrant === 'Strategic bet');
    }
    const quadrantCells = [...root.querySelectorAll('tbody tr')].map((r) => r.children[1]!.textContent);
    expect(quadrantCells.sort()).toEqual(['Defer', 'Fill-in', 'Fill-in', 'Quick win', 'Quick win', 'Strategic bet']);
    expect([...root.querySelectorAll('.lm-matrix__quadrant')].map((q) => q.textContent)).toEqual(['STRATEGIC BETS', 'QUICK WINS', 'DEFER', 'FILL-INS']);
  });

  it('sizes bubbles by area: radius grows with the square root of the investment', () => {
    const root = render();
    const radius = (label: string): number => {
      const mark = [...root.querySelectorAll('.lm-matrix__point')].find((m) => m.querySelector('title')!.textContent!.startsWith(label))!;
      const shape = mark.querySelector('.lm-matrix__bubble')!;
      return shape.localName === 'circle' ? centre(mark).size : centre(mark).size / Math.sqrt(Math.PI / 2);
    };
    expect(radius('Invoice capture') / radius('Contract review')).toBeCloseTo(Math.sqrt(355_000 / 210_000), 2);
    expect(radius('Dynamic pricing') / radius('Invoice capture')).toBeCloseTo(Math.sqrt(900_000 / 355_000), 2);
  });

  it('tells kinds apart by shape and marks funded candidates and blockers with rings', () => {
    const root = render();
    const byLabel = (label: string): Element =>
      [...root.querySelectorAll('.lm-matrix__point')].find((m) => m.querySelector('title')!.textContent!.startsWith(label))!;
    expect(byLabel('Invoice capture').querySelector('.lm-matrix__bubble')!.localName).toBe('circle');
    expect(byLabel('Churn prediction').querySelector('.lm-matrix__bubble')!.localName).toBe('path');
    expect(byLabel('Invoice capture').querySelector('.lm-matrix__funded-ring')).not.toBeNull();
    expect(byLabel('HR chatbot').querySelector('.lm-matrix__blocker-ring')).not.toBeNull();
    expect(byLabel('Claims triage').querySelector('.lm-matrix__funded-ring, .lm-matrix__blocker-ring')).toBeNull();
  });

  it('is one named image without onSelect, and a group of named buttons with it', () => {
    const staticRoot = render();
    expect(staticRoot.querySelector('svg')!.getAttribute('role')).toBe('img');
    expect(staticRoot.querySelector('svg')!.getAttribute('aria-label')).toContain('6 candidates: 2 quick wins, 1 strategic bet, 2 fill-ins, 1 to defer; 3 funded; 1 with a blocker.');
    expect(staticRoot.querySelectorAll('[role="button"]')).toHaveLength(0);

    const root = render({ onSelect: () => undefined });
    const svg = root.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('group');
    expect(root.querySelector(`[id="${svg.getAttribute('aria-labelledby')!}"]`)!.textContent).toBe('Value vs feasibility');
    expect(svg.querySelector('[role="img"]')!.getAttribute('aria-label')).toContain('6 candidates');
    const buttons = [...root.querySelectorAll('[role="button"]')];
    expect(buttons).toHaveLength(6);
    for (const b of buttons) expect(b.getAttribute('tabindex')).toBe('0');
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toContain(
      'HR chatbot: Defer; feasibility 20%, expected value -$120,000, investment $150,000; Automation, blocker',
    );
  });

  it('draws inside each button only text that is part of its name (label in name)', () => {
    const root = render({ onSelect: () => undefined, width: 420, height: 320 });
    const shown = [...root.querySelectorAll('[role="button"] .lm-matrix__label')];
    expect(shown.length).toBeGreaterThan(2);
    for (const t of shown) {
      const name = t.closest('[role="button"]')!.getAttribute('aria-label')!;
      expect(name.startsWith(t.textContent!.replace(/…$/u, ''))).toBe(true);
    }
  });

  it('calls onSelect with the id on click, Enter and Space, and not on other keys', async () => {
    const onSelect = vi.fn();
    const { container, unmount } = await mount(<ValueFeasibilityMatrix {...props} onSelect={onSelect} />);
    const churn = container.querySelector('[data-id="churn"]')!;
    await click(churn);
    await press(churn, 'Enter');
    await press(container.querySelector('[data-id="hr"]')!, ' ');
    await press(churn, 'Tab');
    await press(churn, 'a');
    expect(onSelect.mock.calls).toEqual([['churn'], ['churn'], ['hr']]);
    await unmount();
  });
});
