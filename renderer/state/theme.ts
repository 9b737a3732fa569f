import { useSyncExternalStore } from 'react';

/**
 * Light or dark screens. The choice is kept per computer (this browser profile, like the table's columns), not in the
 * workspace: a consultant's dark laptop and the client's projector each keep their own. "System" follows the operating
 * system's setting (prefers-color-scheme; Electron passes it on by itself) and changes with it.
 *
 * The resolved theme is the data-theme attribute of <html> ('light' | 'dark'); the style sheets set color-scheme from it
 * and every colour is a light-dark() pair (renderer/styles/theme.css). Paper never follows the screen: the board pack's
 * sheets and anything printed are always light.
 */
export type ThemeChoice = 'system' | 'light' | 'dark';
export type Theme = 'light' | 'dark';

export const THEME_CHOICES: readonly { value: ThemeChoice; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];
export const THEME_STORAGE_KEY = 'lastmile.theme.v1';
const DARK_QUERY = '(prefers-color-scheme: dark)';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function isChoice(value: unknown): value is ThemeChoice {
  return value === 'system' || value === 'light' || value === 'dark';
}

/** The remembered choice; nothing remembered (or unreadable) is "System". */
export function loadThemeChoice(): ThemeChoice {
  let value: string | null | undefined;
  try {
    value = storage()?.getItem(THEME_STORAGE_KEY);
  } catch {
    return 'system';
  }
  return isChoice(value) ? value : 'system';
}

export function resolveTheme(choice: ThemeChoice, systemDark: boolean): Theme {
  if (choice === 'system') return systemDark ? 'dark' : 'light';
  return choice;
}

function systemIsDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia(DARK_QUERY).matches;
}

let current: ThemeChoice = 'system';
const listeners = new Set<() => void>();

function apply(): void {
  if (typeof document === 'undefined') return;
  document.documentElement.dataset.theme = resolveTheme(current, systemIsDark());
}

let started = false;
/**
 * Sets data-theme from the remembered choice. Called by the entry module before anything renders (the page's CSP forbids
 * an inline script in index.html), so the first paint is already in the right theme; then follows the system's setting and
 * a choice made in another window of the app.
 */
export function startTheme(): void {
  current = loadThemeChoice();
  apply();
  if (started) return;
  started = true;
  if (typeof matchMedia === 'function') matchMedia(DARK_QUERY).addEventListener('change', apply);
  if (typeof window !== 'undefined')
    window.addEventListener('storage', (event) => {
      if (event.key !== THEME_STORAGE_KEY && event.key !== null) return;
      current = loadThemeChoice();
      apply();
      for (const listener of listeners) listener();
    });
}

/** Applies and remembers a choice; a full or refused storage only means it is not remembered after this session. */
export function setThemeChoice(choice: ThemeChoice): void {
  current = choice;
  try {
    storage()?.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // The choice still applies until the window closes.
  }
  apply();
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current choice (System / Light / Dark), for the switch. */
export function useThemeChoice(): ThemeChoice {
  return useSyncExternalStore(subscribe, () => current);
}
