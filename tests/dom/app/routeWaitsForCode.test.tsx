import { act, useRef } from 'react';
import { InertWhileLeaving } from '@renderer/App';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ROUTE_WAIT_MS, setRouteReadiness, useRoute, useRouteWaiting } from '@renderer/state/router';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/**
 * A move to another page keeps the current page on screen until the next page's code is loaded (lazyPages.tsx registers
 * the wait), instead of showing "Opening the page…" and having React hold the page back for up to 300 ms after it.
 */
function MainLeaving() {
  const ref = useRef<HTMLElement>(null);
  return (
    <>
      <InertWhileLeaving target={ref} />
      <main ref={ref}>
        <input aria-label="Name" />
      </main>
    </>
  );
}

function Shown() {
  const route = useRoute();
  const leaving = useRouteWaiting();
  return <p data-leaving={leaving}>{route.page}</p>;
}

let root: Root;
let container: HTMLDivElement;
let pending: Map<string, { promise: Promise<void>; resolve: () => void }>;

beforeEach(async () => {
  pending = new Map();
  setRouteReadiness((hash) => {
    if (!hash.endsWith('/portfolio') && !hash.endsWith('/risk')) return null;
    let resolve = () => undefined as void;
    const promise = new Promise<void>((r) => (resolve = r));
    pending.set(hash, { promise, resolve });
    return promise;
  });
  window.location.hash = '#/w/ws-1/problems';
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root.render(<Shown />));
});
afterEach(async () => {
  await act(async () => root.unmount());
  container.remove();
  setRouteReadiness(() => null);
  vi.useRealTimers();
});

async function go(hash: string): Promise<void> {
  await act(async () => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
}
const shown = () => container.textContent;
const leaving = () => container.querySelector('p')?.dataset.leaving;

describe('moving to a page whose code is still loading', () => {
  it('keeps the current page until the code is here, then shows the new one', async () => {
    expect(shown()).toBe('problems');
    expect(leaving()).toBe('false');
    await go('#/w/ws-1/portfolio');
    expect(shown()).toBe('problems');
    // the page on its way out takes no input meanwhile (App makes it inert): what is typed there would go unasked
    expect(leaving()).toBe('true');
    await act(async () => pending.get('#/w/ws-1/portfolio')?.resolve());
    expect(shown()).toBe('portfolio');
    expect(leaving()).toBe('false');
  });

  it('makes the page on its way out inert and busy, and gives it back when the move is done', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const second = createRoot(host);
    await act(async () => second.render(<MainLeaving />));
    const main = host.querySelector('main') as HTMLElement;
    expect(main.hasAttribute('inert')).toBe(false);
    await go('#/w/ws-1/portfolio');
    expect(main.hasAttribute('inert')).toBe(true);
    expect(main.getAttribute('aria-busy')).toBe('true');
    await act(async () => pending.get('#/w/ws-1/portfolio')?.resolve());
    expect(main.hasAttribute('inert')).toBe(false);
    expect(main.hasAttribute('aria-busy')).toBe(false);
    await act(async () => second.unmount());
    host.remove();
  });

  it('a move back to the page shown, while the other page’s code loads, makes it usable again at once', async () => {
    await go('#/w/ws-1/portfolio');
    expect(leaving()).toBe('true');
    await go('#/w/ws-1/problems');
    expect(shown()).toBe('problems');
    expect(leaving()).toBe('false');
  });

  it('a later move wins: the page asked for first is not shown when its code arrives after', async () => {
    await go('#/w/ws-1/portfolio');
    await go('#/w/ws-1/settings');
    expect(shown()).toBe('settings');
    await act(async () => pending.get('#/w/ws-1/portfolio')?.resolve());
    expect(shown()).toBe('settings');
  });

  it('a page without code to wait for is shown at once', async () => {
    await go('#/w/ws-1/settings');
    expect(shown()).toBe('settings');
  });

  it('does not wait for ever: after ROUTE_WAIT_MS the page is shown (with its own "Opening the page…")', async () => {
    vi.useFakeTimers();
    await go('#/w/ws-1/risk');
    expect(shown()).toBe('problems');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(ROUTE_WAIT_MS + 1);
    });
    expect(shown()).toBe('risk');
  });
});
