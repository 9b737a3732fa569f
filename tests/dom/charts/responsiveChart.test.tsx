import { act } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ResponsiveChart, type ChartSize } from '@renderer/charts';
import { mount } from './fixtures';

type Callback = (entries: { contentRect: { width: number } }[]) => void;

class FakeResizeObserver {
  static instances: FakeResizeObserver[] = [];
  observed: Element[] = [];
  disconnected = false;
  constructor(readonly callback: Callback) {
    FakeResizeObserver.instances.push(this);
  }
  observe(el: Element): void {
    this.observed.push(el);
  }
  disconnect(): void {
    this.disconnected = true;
  }
  resize(width: number): void {
    this.callback([{ contentRect: { width } }]);
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeResizeObserver.instances = [];
});

describe('ResponsiveChart', () => {
  it('renders at the initial width without a DOM (server/static rendering)', () => {
    const sizes: ChartSize[] = [];
    renderToStaticMarkup(<ResponsiveChart aspectRatio={2}>{(s) => (sizes.push(s), null)}</ResponsiveChart>);
    expect(sizes).toEqual([{ width: 640, height: 320 }]);
  });

  it('follows the width of its container and stops observing when unmounted', async () => {
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    const seen: ChartSize[] = [];
    const { container, unmount } = await mount(
      <ResponsiveChart height={300} minWidth={200}>
        {(s) => {
          seen.push(s);
          return <span data-testid="size">{`${s.width}x${s.height}`}</span>;
        }}
      </ResponsiveChart>,
    );
    const observer = FakeResizeObserver.instances[0]!;
    expect(observer.observed[0]).toBe(container.querySelector('.lm-responsive'));
    await act(async () => observer.resize(812.6));
    expect(container.textContent).toBe('812x300');
    await act(async () => observer.resize(150));
    expect(container.textContent).toBe('200x300'); // never below minWidth
    await unmount();
    expect(observer.disconnected).toBe(true);
  });
});
