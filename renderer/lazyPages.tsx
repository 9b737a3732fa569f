import { lazy } from 'react';
import { whenIdle } from '@renderer/state/idle';
import { parseHash } from '@renderer/state/router';

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

export const PortfolioPage = lazy(() => loaders.portfolio().then((m) => ({ default: m.PortfolioPage })));
export const ScenariosPage = lazy(() => loaders.scenarios().then((m) => ({ default: m.ScenariosPage })));
export const RiskPage = lazy(() => loaders.risk().then((m) => ({ default: m.RiskPage })));
export const SpendPage = lazy(() => loaders.spend().then((m) => ({ default: m.SpendPage })));
export const InventoryPage = lazy(() => loaders.inventory().then((m) => ({ default: m.InventoryPage })));
export const BoardPackPage = lazy(() => loaders.boardPack().then((m) => ({ default: m.BoardPackPage })));
export const ExportPage = lazy(() => loaders.export().then((m) => ({ default: m.ExportPage })));
export const UseCasePage = lazy(() => loaders.useCase().then((m) => ({ default: m.UseCasePage })));
export const GatePage = lazy(() => loaders.gate().then((m) => ({ default: m.GatePage })));
export const RecordPage = lazy(() => loaders.record().then((m) => ({ default: m.RecordPage })));
export const WorkshopPage = lazy(() => loaders.workshop().then((m) => ({ default: m.WorkshopPage })));
export const ProblemPage = lazy(() => loaders.problem().then((m) => ({ default: m.ProblemPage })));
export const SettingsPage = lazy(() => loaders.settings().then((m) => ({ default: m.SettingsPage })));
export const WorkspacesPage = lazy(() => loaders.workspaces().then((m) => ({ default: m.WorkspacesPage })));
export const PresentPage = lazy(() => loaders.present().then((m) => ({ default: m.PresentPage })));
export const PresenterView = lazy(() => loaders.presenter().then((m) => ({ default: m.PresenterView })));
/** The two windows any page can open: the workspace-file import and About. */
export const WorkspaceImportDialog = lazy(() => loaders.importDialog().then((m) => ({ default: m.WorkspaceImportDialog })));
export const AboutDialog = lazy(() => loaders.aboutDialog().then((m) => ({ default: m.AboutDialog })));

/**
 * Starts fetching the code of the page the address opens, before the app's first render (a reload of the portfolio
 * page fetches its code beside the rest instead of after it).
 */
export function preloadRoute(hash: string): void {
  const page = parseHash(hash).page;
  const load = (loaders as Partial<Record<string, () => Promise<unknown>>>)[page];
  if (load) void load().catch(() => undefined);
}

let preloading = false;

/** Time left to the start (opening the database, the first page) before the other pages' code is fetched. */
const PRELOAD_AFTER_MS = 2_500;

/** Fetches every page's code in the background, one after another, when the window is idle after the start (once). */
export function preloadPages(): void {
  if (preloading) return;
  preloading = true;
  const queue = Object.values(loaders);
  const next = () => {
    const load = queue.shift();
    if (load) void load().then(() => whenIdle(next), () => whenIdle(next));
  };
  whenIdle(next, PRELOAD_AFTER_MS);
}
