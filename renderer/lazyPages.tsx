import { createElement, lazy, useState, type ComponentType } from 'react';
import { whenIdle } from '@renderer/state/idle';
import { parseHash, setRouteReadiness } from '@renderer/state/router';

/**
 * Pages (and the two windows any page can open) loaded on first use, so that a start shows the problem list without
 * first reading the code of every other page (the charts, the board pack, the exports). Once the first page is up, the
 * rest is fetched in the background while the window is idle (preloadPages), so moving to another page rarely waits
 * for it.
 */
const loaders = {
  portfolio: () => import('@renderer/features/portfolio/PortfolioPage'),
  scenarios: () => import('@renderer/features/scenarios/ScenariosPage'),
  risk: () => import('@renderer/features/risk/RiskPage'),
  spend: () => import('@renderer/features/spend/SpendPage'),
  inventory: () => import('@renderer/features/inventory/InventoryPage'),
  boardPack: () => import('@renderer/features/boardPack/BoardPackPage'),
  export: () => import('@renderer/features/exchange/ExportPage'),
  useCase: () => import('@renderer/features/useCases/UseCasePage'),
  gate: () => import('@renderer/features/living/gate/GatePage'),
  record: () => import('@renderer/features/record/RecordPage'),
  workshop: () => import('@renderer/features/workshop/WorkshopPage'),
  problem: () => import('@renderer/features/problems/ProblemPage'),
  settings: () => import('@renderer/features/workspaces/SettingsPage'),
  workspaces: () => import('@renderer/features/workspaces/WorkspacesPage'),
  present: () => import('@renderer/features/present/PresentPage'),
  presenter: () => import('@renderer/features/present/PresenterView'),
  importDialog: () => import('@renderer/features/exchange/WorkspaceImportDialog'),
  aboutDialog: () => import('@renderer/features/layout/AboutDialog'),
};
type Part = keyof typeof loaders;
type Loaded<K extends Part> = Awaited<ReturnType<(typeof loaders)[K]>>;

/** The code already loaded, by part: a page whose code is here is drawn at once, without suspending. */
const loaded = new Map<Part, unknown>();
const loading = new Map<Part, Promise<unknown>>();

function load<K extends Part>(part: K): Promise<Loaded<K>> {
  let promise = loading.get(part) as Promise<Loaded<K>> | undefined;
  if (!promise) {
    promise = loaders[part]().then((m) => {
      loaded.set(part, m);
      return m as Loaded<K>;
    });
    // A failed fetch can be tried again (the page's boundary says what failed).
    promise.catch(() => loading.delete(part));
    loading.set(part, promise);
  }
  return promise;
}

/**
 * A page drawn from code loaded on first use. Once its code is here it renders directly: React.lazy would suspend on
 * its first render even then, show the fallback, and React holds back the content that replaces a fallback for up to
 * 300 ms (measured: the portfolio opened from its link waited ~290 ms for nothing). Each mount keeps the way it began,
 * so a page never remounts (and loses what it holds) when its code arrives.
 */
function lazyPart<K extends Part, P extends object>(part: K, pick: (m: Loaded<K>) => ComponentType<P>): ComponentType<P> {
  const Lazy = lazy(() => load(part).then((m) => ({ default: pick(m) })));
  function LazyPart(props: P) {
    const [direct] = useState(() => (loaded.has(part) ? pick(loaded.get(part) as Loaded<K>) : null));
    return createElement((direct ?? Lazy) as ComponentType<P>, props);
  }
  LazyPart.displayName = `Lazy(${part})`;
  return LazyPart;
}

export const PortfolioPage = lazyPart('portfolio', (m) => m.PortfolioPage);
export const ScenariosPage = lazyPart('scenarios', (m) => m.ScenariosPage);
export const RiskPage = lazyPart('risk', (m) => m.RiskPage);
export const SpendPage = lazyPart('spend', (m) => m.SpendPage);
export const InventoryPage = lazyPart('inventory', (m) => m.InventoryPage);
export const BoardPackPage = lazyPart('boardPack', (m) => m.BoardPackPage);
export const ExportPage = lazyPart('export', (m) => m.ExportPage);
export const UseCasePage = lazyPart('useCase', (m) => m.UseCasePage);
export const GatePage = lazyPart('gate', (m) => m.GatePage);
export const RecordPage = lazyPart('record', (m) => m.RecordPage);
export const WorkshopPage = lazyPart('workshop', (m) => m.WorkshopPage);
export const ProblemPage = lazyPart('problem', (m) => m.ProblemPage);
export const SettingsPage = lazyPart('settings', (m) => m.SettingsPage);
export const WorkspacesPage = lazyPart('workspaces', (m) => m.WorkspacesPage);
export const PresentPage = lazyPart('present', (m) => m.PresentPage);
export const PresenterView = lazyPart('presenter', (m) => m.PresenterView);
/** The two windows any page can open: the workspace-file import and About. */
export const WorkspaceImportDialog = lazyPart('importDialog', (m) => m.WorkspaceImportDialog);
export const AboutDialog = lazyPart('aboutDialog', (m) => m.AboutDialog);

/** The loading of the code of the page an address opens, or null when it is here already (or the page has none). */
function pageCode(hash: string): Promise<unknown> | null {
  const page = parseHash(hash).page;
  if (!(page in loaders) || loaded.has(page as Part)) return null;
  return load(page as Part);
}

/**
 * Starts fetching the code of the page the address opens, before the app's first render (a reload of the portfolio
 * page fetches its code beside the rest instead of after it); the start waits for it, so the first page is drawn
 * without a fallback. From then on, a move to another page keeps the current one on screen until the next page's code
 * is here (router.ts), like a transition, instead of showing "Opening the page…".
 */
export function preloadRoute(hash: string): Promise<unknown> {
  setRouteReadiness(pageCode);
  // A pointer over a link, or the focus on one, starts fetching the code of the page it leads to.
  const intent = (event: Event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href^="#/"]') : null;
    if (link) pageCode(link.getAttribute('href') ?? '')?.catch(() => undefined);
  };
  document.addEventListener('pointerover', intent, { capture: true, passive: true });
  document.addEventListener('focusin', intent, { capture: true, passive: true });
  return pageCode(hash)?.catch(() => undefined) ?? Promise.resolve();
}

/** Fetches the code of one part ahead of its first use (a window about to open), so it is drawn at once; never rejects. */
export function preloadPart(part: Part): Promise<void> {
  return load(part).then(() => undefined, () => undefined);
}

let preloading = false;

/** Time left to the start (opening the database, the first page) before the other pages' code is fetched. */
const PRELOAD_AFTER_MS = 2_500;

/** Fetches every page's code in the background, one after another, when the window is idle after the start (once). */
export function preloadPages(): void {
  if (preloading) return;
  preloading = true;
  const queue = Object.keys(loaders) as Part[];
  const next = () => {
    const part = queue.shift();
    if (part) void load(part).then(() => whenIdle(next), () => whenIdle(next));
  };
  whenIdle(next, PRELOAD_AFTER_MS);
}
