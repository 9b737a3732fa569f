import { useMemo, useSyncExternalStore } from 'react';

/** The pages of the app; the workspace is part of every route so a reload reopens the same view. */
export type Route =
  | { page: 'home' }
  | { page: 'workspaces' }
  | { page: 'problems'; workspaceId: string }
  | { page: 'problem'; workspaceId: string; problemId: string }
  | { page: 'useCase'; workspaceId: string; useCaseId: string }
  /** The last-mile decision of a use case (a finished, successful pilot), and its past decisions. */
  | { page: 'gate'; workspaceId: string; useCaseId: string }
  | { page: 'portfolio'; workspaceId: string }
  /** Named what-ifs layered on the workspace, compared side by side (docs/scenarios.md). */
  | { page: 'scenarios'; workspaceId: string }
  /** The portfolio simulated: P10 / P50 / P90 of the funded set and of each use case. */
  | { page: 'risk'; workspaceId: string }
  /** The organisation's AI spend, attributed to the use cases it serves (docs/spend.md). */
  | { page: 'spend'; workspaceId: string }
  /** The client's AI inventory: import, flags, reference-class estimates, export (docs/inventory.md). */
  | { page: 'inventory'; workspaceId: string }
  | { page: 'settings'; workspaceId: string }
  | { page: 'export'; workspaceId: string }
  | { page: 'boardPack'; workspaceId: string }
  /** The workspace's record: since last board, decisions, change log. */
  | { page: 'record'; workspaceId: string }
  /** A facilitated workshop session: agenda, votes hidden until the reveal, decisions (docs/workshop.md). */
  | { page: 'workshop'; workspaceId: string }
  /** Presentation mode on the projector: screen `slide` (1-based) of the deck (renderer/features/present). */
  | { page: 'present'; workspaceId: string; slide: number }
  /** The presenter view (next screen, notes, timer), kept in step with the presentation. */
  | { page: 'presenter'; workspaceId: string }
  /** An address that leads nowhere: `malformed` when it cannot even be read (a broken %-escape), `unknown` otherwise. */
  | { page: 'notFound'; hash: string; reason: 'malformed' | 'unknown' };

/** The pages under `#/w/<id>/` that take nothing more (problems and use cases may add an id). */
const WORKSPACE_PAGES: Record<string, 'problems' | 'portfolio' | 'scenarios' | 'risk' | 'spend' | 'inventory' | 'settings' | 'export' | 'boardPack' | 'record' | 'workshop' | 'presenter'> = {
  problems: 'problems',
  portfolio: 'portfolio',
  scenarios: 'scenarios',
  risk: 'risk',
  spend: 'spend',
  inventory: 'inventory',
  settings: 'settings',
  export: 'export',
  'board-pack': 'boardPack',
  record: 'record',
  workshop: 'workshop',
  presenter: 'presenter',
};

/** The route of an address. Never throws: an address that cannot be read or leads nowhere is the "not found" route. */
export function parseHash(hash: string): Route {
  const notFound = (reason: 'malformed' | 'unknown'): Route => ({ page: 'notFound', hash, reason });
  const parts: string[] = [];
  for (const segment of hash.replace(/^#\/?/, '').split('/').filter(Boolean)) {
    try {
      parts.push(decodeURIComponent(segment));
    } catch {
      return notFound('malformed'); // e.g. "%E0%A4%A": a broken percent escape
    }
  }
  if (parts.length === 0) return { page: 'home' };
  if (parts[0] === 'workspaces') return parts.length === 1 ? { page: 'workspaces' } : notFound('unknown');
  const workspaceId = parts[1];
  if (parts[0] !== 'w' || !workspaceId || parts.length > 5) return notFound('unknown');
  const [, , section, id, sub] = parts;
  if (sub !== undefined) return section === 'use-cases' && id && sub === 'last-mile-decision' ? { page: 'gate', workspaceId, useCaseId: id } : notFound('unknown');
  if (section === undefined) return { page: 'problems', workspaceId };
  if (section === 'problems') return id ? { page: 'problem', workspaceId, problemId: id } : { page: 'problems', workspaceId };
  if (section === 'use-cases') return id ? { page: 'useCase', workspaceId, useCaseId: id } : { page: 'problems', workspaceId };
  if (section === 'present') return id === undefined || /^[1-9]\d{0,3}$/.test(id) ? { page: 'present', workspaceId, slide: id === undefined ? 1 : Number(id) } : notFound('unknown');
  const page = Object.hasOwn(WORKSPACE_PAGES, section) ? WORKSPACE_PAGES[section] : undefined;
  if (!page || id !== undefined) return notFound('unknown');
  return { page, workspaceId };
}

export function routeHash(route: Route): string {
  const w = (id: string) => `#/w/${encodeURIComponent(id)}`;
  switch (route.page) {
    case 'home':
      return '#/';
    case 'workspaces':
      return '#/workspaces';
    case 'problems':
      return `${w(route.workspaceId)}/problems`;
    case 'problem':
      return `${w(route.workspaceId)}/problems/${encodeURIComponent(route.problemId)}`;
    case 'useCase':
      return `${w(route.workspaceId)}/use-cases/${encodeURIComponent(route.useCaseId)}`;
    case 'gate':
      return `${w(route.workspaceId)}/use-cases/${encodeURIComponent(route.useCaseId)}/last-mile-decision`;
    case 'portfolio':
      return `${w(route.workspaceId)}/portfolio`;
    case 'scenarios':
      return `${w(route.workspaceId)}/scenarios`;
    case 'risk':
      return `${w(route.workspaceId)}/risk`;
    case 'spend':
      return `${w(route.workspaceId)}/spend`;
    case 'inventory':
      return `${w(route.workspaceId)}/inventory`;
    case 'settings':
      return `${w(route.workspaceId)}/settings`;
    case 'export':
      return `${w(route.workspaceId)}/export`;
    case 'boardPack':
      return `${w(route.workspaceId)}/board-pack`;
    case 'record':
      return `${w(route.workspaceId)}/record`;
    case 'workshop':
      return `${w(route.workspaceId)}/workshop`;
    case 'present':
      return `${w(route.workspaceId)}/present/${route.slide}`;
    case 'presenter':
      return `${w(route.workspaceId)}/presenter`;
    case 'notFound':
      return route.hash;
  }
}

/** Goes to a route; `discard` skips the leave guard (the page's work was deleted on purpose). */
export function navigate(route: Route, options: { discard?: boolean } = {}): void {
  const hash = routeHash(route);
  if (window.location.hash === hash) return;
  if (options.discard) skipGuardOnce = true;
  window.location.hash = hash;
}

let skipGuardOnce = false;

/** Puts a route in the address without a new history entry or a leave guard (a start that already knows its page). */
export function replaceRoute(route: Route): void {
  window.history.replaceState(window.history.state, '', routeHash(route));
  shownHash = window.location.hash;
  for (const l of listeners) l();
}

/** A page with unsaved work registers a guard; it answers the question to ask before leaving, or null. */
type LeaveGuard = () => string | null;
let leaveGuard: LeaveGuard | null = null;

/** Asks before the route changes while `guard` has something to say; returns the function that removes it. */
export function setLeaveGuard(guard: LeaveGuard): () => void {
  leaveGuard = guard;
  return () => {
    if (leaveGuard === guard) leaveGuard = null;
  };
}

let shownHash: string | null = null;
const listeners = new Set<() => void>();

/** What must be loaded before the page at an address can be drawn (its code), or null when nothing is awaited. */
type Readiness = (hash: string) => Promise<unknown> | null;
let readiness: Readiness | null = null;
/** Longest a move waits for the next page's code with the current page on screen; then the page's fallback shows. */
export const ROUTE_WAIT_MS = 1_000;

/** Registers what a move to another address waits for (lazyPages.tsx: the next page's code). */
export function setRouteReadiness(ready: Readiness): void {
  readiness = ready;
}

/** The address a move waits to show (its page's code is loading), or null. */
let awaitedHash: string | null = null;

function notify(): void {
  for (const l of listeners) l();
}

function show(hash: string): void {
  shownHash = hash;
  awaitedHash = null;
  notify();
}

function onHashChange(): void {
  const question = skipGuardOnce ? null : leaveGuard?.();
  skipGuardOnce = false;
  if (question && shownHash !== null && !window.confirm(question)) {
    // Stay: put the address back without another hashchange.
    window.history.replaceState(window.history.state, '', shownHash || '#/');
    return;
  }
  const hash = window.location.hash;
  const waiting = readiness?.(hash) ?? null;
  if (!waiting) return show(hash);
  // The current page stays until the next one can be drawn whole; a later move (or the address moving on) wins.
  // Meanwhile it cannot be edited (useRouteWaiting): the leave guard asked before the wait, so what was typed during
  // it would go unasked.
  awaitedHash = hash;
  notify();
  const ready = () => {
    if (window.location.hash === hash && shownHash !== hash) show(hash);
    else if (awaitedHash === hash) {
      awaitedHash = null;
      notify();
    }
  };
  void Promise.race([waiting.catch(() => undefined), new Promise((r) => setTimeout(r, ROUTE_WAIT_MS))]).then(ready);
}

function subscribe(onChange: () => void): () => void {
  if (listeners.size === 0) {
    shownHash = window.location.hash;
    window.addEventListener('hashchange', onHashChange);
  }
  listeners.add(onChange);
  return () => {
    listeners.delete(onChange);
    if (listeners.size === 0) window.removeEventListener('hashchange', onHashChange);
  };
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => shownHash ?? window.location.hash);
  return useMemo(() => parseHash(hash), [hash]);
}

/** True while a move waits for the next page's code: the page still shown is on its way out and takes no input. */
export function useRouteWaiting(): boolean {
  return useSyncExternalStore(subscribe, () => awaitedHash !== null && awaitedHash !== shownHash);
}

export function routeWorkspaceId(route: Route): string | null {
  return 'workspaceId' in route ? route.workspaceId : null;
}
