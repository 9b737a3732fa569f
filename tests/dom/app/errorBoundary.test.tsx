import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// The portfolio page fails as the board pack did at 7,000 use cases; every other page is the real one.
vi.mock('@renderer/features/portfolio/PortfolioPage', () => ({
  PortfolioPage: () => {
    throw new RangeError('Maximum call stack size exceeded');
  },
}));

const { App } = await import('@renderer/App');

let root: Root | null = null;
let container: HTMLDivElement;

async function showApp(hash: string): Promise<void> {
  window.location.hash = hash;
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root?.render(<App />));
}
async function go(hash: string): Promise<void> {
  await act(async () => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
}
const alertText = () => container.querySelector('[role="alert"]')?.textContent ?? null;
const header = () => container.querySelector('header.app-header');

afterEach(async () => {
  const r = root;
  root = null;
  if (r) await act(async () => r.unmount());
  container?.remove();
  vi.restoreAllMocks();
});

describe('no blank screens', () => {
  it('a page that throws says what failed; the header and navigation stay usable, and another page works', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    await showApp('#/w/ws-1/portfolio');
    expect(alertText()).toContain('Lastmile could not show the portfolio');
    expect(alertText()).toContain('Maximum call stack size exceeded');
    expect(alertText()).toContain('Your saved work is not affected');
    expect(container.querySelector('[role="alert"] a[href="#/workspaces"]')?.textContent).toBe('Go to the workspaces page');
    expect([...container.querySelectorAll('[role="alert"] button')].map((b) => b.textContent)).toEqual(['Reload']);
    // the rest of the app is still there: brand, workspace switcher, the sections
    expect(header()?.querySelector('a.brand')?.textContent).toBe('Lastmile');
    expect(header()?.querySelector('select')).not.toBeNull();
    expect([...(header()?.querySelectorAll('nav[aria-label="Sections"] a') ?? [])].map((a) => a.textContent)).toEqual(['Problems', 'Portfolio', 'Scenarios', 'Risk', 'Spend', 'Inventory', 'Workshop', 'Record', 'Export', 'Settings']);
    expect(logged).toHaveBeenCalled();

    await go('#/workspaces');
    expect(alertText()).toBeNull();
    expect(header()).not.toBeNull();
  });

  it('a malformed address (#/w/%E0%A4%A/…) shows "cannot be read" with the way out, not a blank app', async () => {
    await showApp('#/w/%E0%A4%A/problems');
    expect(alertText()).toContain('This address cannot be read');
    expect(alertText()).toContain('#/w/%E0%A4%A/problems');
    expect(alertText()).toContain('Go to the workspaces page');
    expect(header()?.querySelector('a.brand')).not.toBeNull();

    await go('#/w/ws-1/nowhere');
    expect(alertText()).toContain('There is no page at this address');
  });
});
