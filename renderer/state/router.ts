import { useMemo, useSyncExternalStore } from 'react';

/** The pages of the app; the workspace is part of every route so a reload reopens the same view. */
export type Route =
  | { page: 'home' }
  | { page: 'workspaces' }
  | { page: 'problems'; workspaceId: string }
  | { page: 'problem'; workspaceId: string; problemId: string }
  | { page: 'useCase'; workspaceId: string; useCaseId: string }
  | { page: 'portfolio'; workspaceId: string }
  | { page: 'settings'; workspaceId: string }
  | { page: 'export'; workspaceId: string }
  | { page: 'boardPack'; workspaceId: string };

export function parseHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'workspaces') return { page: 'workspaces' };
  if (parts[0] !== 'w' || !parts[1]) return { page: 'home' };
  const workspaceId = parts[1];
  switch (parts[2]) {
    case 'problems':
      return parts[3] ? { page: 'problem', workspaceId, problemId: parts[3] } : { page: 'problems', workspaceId };
    case 'use-cases':
      return parts[3] ? { page: 'useCase', workspaceId, useCaseId: parts[3] } : { page: 'problems', workspaceId };
    case 'portfolio':
      return { page: 'portfolio', workspaceId };
    case 'settings':
      return { page: 'settings', workspaceId };
    case 'export':
      return { page: 'export', workspaceId };
    case 'board-pack':
      return { page: 'boardPack', workspaceId };
    default:
      return { page: 'problems', workspaceId };
  }
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
    case 'portfolio':
      return `${w(route.workspaceId)}/portfolio`;
    case 'settings':
      return `${w(route.workspaceId)}/settings`;
    case 'export':
      return `${w(route.workspaceId)}/export`;
    case 'boardPack':
      return `${w(route.workspaceId)}/board-pack`;
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

function onHashChange(): void {
  const question = skipGuardOnce ? null : leaveGuard?.();
  skipGuardOnce = false;
  if (question && shownHash !== null && !window.confirm(question)) {
    // Stay: put the address back without another hashchange.
    window.history.replaceState(window.history.state, '', shownHash || '#/');
    return;
  }
  shownHash = window.location.hash;
  for (const l of listeners) l();
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

export function routeWorkspaceId(route: Route): string | null {
  return 'workspaceId' in route ? route.workspaceId : null;
}
