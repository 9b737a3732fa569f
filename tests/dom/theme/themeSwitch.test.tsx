import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A system setting the test can change, as the operating system does (prefers-color-scheme). */
function fakeSystem(dark: boolean) {
  const listeners = new Set<() => void>();
  const query = {
    get matches() {
      return state.dark;
    },
    addEventListener: (_: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
  };
  const state = { dark };
  window.matchMedia = vi.fn(() => query as unknown as MediaQueryList);
  return {
    set(next: boolean) {
      state.dark = next;
      for (const l of listeners) l();
    },
  };
}

/** A fresh copy of the theme module (it keeps the choice and its listeners for the page's life). */
async function themeModule() {
  vi.resetModules();
  return import('@renderer/state/theme');
}

const theme = () => document.documentElement.dataset.theme;

beforeEach(() => {
  localStorage.clear();
  delete document.documentElement.dataset.theme;
});
afterEach(() => {
  document.body.innerHTML = '';
});

describe('the theme: System, Light or Dark, remembered on this computer', () => {
  it('starts from the system setting when nothing was chosen, and follows it while the app is open', async () => {
    const system = fakeSystem(true);
    const { startTheme } = await themeModule();
    startTheme();
    expect(theme()).toBe('dark');
    system.set(false);
    expect(theme()).toBe('light');
  });

  it('a remembered choice wins over the system, from the start; an unreadable one counts as System', async () => {
    fakeSystem(true);
    localStorage.setItem('lastmile.theme.v1', 'light');
    let m = await themeModule();
    m.startTheme();
    expect(theme()).toBe('light');
    localStorage.setItem('lastmile.theme.v1', 'sepia');
    m = await themeModule();
    expect(m.loadThemeChoice()).toBe('system');
    m.startTheme();
    expect(theme()).toBe('dark');
  });

  it('the header switch applies the choice at once, remembers it, and a choice made in another window follows', async () => {
    const system = fakeSystem(false);
    const m = await themeModule();
    const { ThemeSwitch } = await import('@renderer/features/layout/ThemeSwitch');
    m.startTheme();
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    await act(async () => root.render(<ThemeSwitch />));
    const select = host.querySelector('select') as HTMLSelectElement;
    expect(select.labels?.[0]?.textContent).toContain('Theme');
    expect([...select.options].map((o) => o.textContent)).toEqual(['System', 'Light', 'Dark']);
    expect(select.value).toBe('system');

    await act(async () => {
      select.value = 'dark';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(theme()).toBe('dark');
    expect(localStorage.getItem('lastmile.theme.v1')).toBe('dark');
    system.set(false);
    expect(theme()).toBe('dark');

    // Another window of the app chose Light: this one follows (the storage event), the switch too.
    localStorage.setItem('lastmile.theme.v1', 'light');
    await act(async () => window.dispatchEvent(new StorageEvent('storage', { key: 'lastmile.theme.v1' })));
    expect(theme()).toBe('light');
    expect(select.value).toBe('light');
    await act(async () => root.unmount());
  });

  it('a refused storage still applies the choice for the session', async () => {
    fakeSystem(false);
    const m = await themeModule();
    m.startTheme();
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    m.setThemeChoice('dark');
    expect(theme()).toBe('dark');
    setItem.mockRestore();
  });
});
