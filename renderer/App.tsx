import { Suspense, useEffect, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useWorkspaceImport } from '@renderer/features/exchange/importStore';
import { AppHeader } from '@renderer/features/layout/AppHeader';
import { useBackups } from '@renderer/features/backups/useBackups';
import { useHostEvents } from '@renderer/features/layout/useHostEvents';
import { Toasts } from '@renderer/features/layout/Toasts';
import { useUndoShortcuts } from '@renderer/features/layout/useUndoShortcuts';
import { ProblemsPage } from '@renderer/features/problems/ProblemsPage';
import { DemoBanner } from '@renderer/features/workspaces/DemoNotice';
import { rememberWorkspace, repairOnOpen } from '@renderer/features/workspaces/workspaceActions';
import { getApi } from '@renderer/api';
import { ErrorBoundary, PageTrouble } from '@renderer/components/ErrorBoundary';
import { NumberFormatProvider } from '@renderer/components/NumberFormatContext';
import { useWorkspace } from '@renderer/db';
import { routeHash, routeWorkspaceId, useRoute, useRouteWaiting, type Route } from '@renderer/state/router';
import { whenIdle } from '@renderer/state/idle';
import { firstScreenShown, openStartupWorkspace } from '@renderer/state/startup';
import { useUi } from '@renderer/state/ui';
import { PresentPage, PresenterView } from './lazyPages';
import { AboutDialog, BoardPackPage, ExportPage, GatePage, InventoryPage, PortfolioPage, preloadPages, ProblemPage, RecordPage, RiskPage, ScenariosPage, SpendPage, SettingsPage, UseCasePage, WorkshopPage, WorkspaceImportDialog, WorkspacesPage } from './lazyPages';

/** What each page shows, in the words of "Lastmile could not show …". */
const PAGE_WHAT: Record<Route['page'], string> = {
  home: 'the start page',
  workspaces: 'the workspaces page',
  problems: 'the problem list',
  problem: 'this problem',
  useCase: 'this use case',
  gate: 'the last-mile decision',
  portfolio: 'the portfolio',
  scenarios: 'the scenarios',
  risk: 'the risk page',
  spend: 'the AI spend page',
  inventory: 'the inventory',
  settings: 'the workspace settings',
  export: 'the export page',
  boardPack: 'the board pack',
  record: 'the record',
  workshop: 'the workshop',
  present: 'the presentation',
  presenter: 'the presenter view',
  notFound: 'this page',
};

/** Time left to the start (the first page's reads and paint) before the stored workspaces are checked. */
const REPAIR_AFTER_MS = 1_000;

/** Longest part of a bad address quoted back to the user. */
const SHOWN_ADDRESS = 120;

/** An address that leads nowhere: say so, and offer the workspaces page (never a blank window). */
function NotFound({ hash, reason }: { hash: string; reason: 'malformed' | 'unknown' }) {
  const address = hash.length > SHOWN_ADDRESS ? `${hash.slice(0, SHOWN_ADDRESS)}…` : hash;
  return (
    <PageTrouble title={reason === 'malformed' ? 'This address cannot be read' : 'There is no page at this address'}>
      <p>
        {reason === 'malformed'
          ? 'Part of the address is damaged, so Lastmile cannot tell which page it leads to: '
          : 'Lastmile has no page at this address; it may come from an old link or a typing mistake: '}
        <code>{address}</code>
      </p>
      <p>Your workspaces are not affected.</p>
    </PageTrouble>
  );
}

/** Mounts `children` from the first time they are wanted (their code is then fetched) and keeps them mounted after. */
function OnceWanted({ wanted, children }: { wanted: boolean; children: ReactNode }) {
  const [mounted, setMounted] = useState(wanted);
  if (wanted && !mounted) setMounted(true);
  return mounted || wanted ? <Suspense fallback={null}>{children}</Suspense> : null;
}

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'notFound':
      return <NotFound hash={route.hash} reason={route.reason} />;
    case 'home':
      return <p>Opening your workspace…</p>;
    case 'workspaces':
      return <WorkspacesPage />;
    case 'settings':
      return <SettingsPage workspaceId={route.workspaceId} />;
    case 'problem':
      return <ProblemPage workspaceId={route.workspaceId} problemId={route.problemId} />;
    case 'useCase':
      return <UseCasePage workspaceId={route.workspaceId} useCaseId={route.useCaseId} />;
    case 'gate':
      return <GatePage workspaceId={route.workspaceId} useCaseId={route.useCaseId} />;
    case 'portfolio':
      return <PortfolioPage workspaceId={route.workspaceId} />;
    case 'scenarios':
      return <ScenariosPage workspaceId={route.workspaceId} />;
    case 'risk':
      return <RiskPage workspaceId={route.workspaceId} />;
    case 'spend':
      return <SpendPage workspaceId={route.workspaceId} />;
    case 'inventory':
      return <InventoryPage workspaceId={route.workspaceId} />;
    case 'boardPack':
      return <BoardPackPage workspaceId={route.workspaceId} />;
    case 'record':
      return <RecordPage workspaceId={route.workspaceId} />;
    case 'workshop':
      return <WorkshopPage workspaceId={route.workspaceId} />;
    case 'export':
      return <ExportPage workspaceId={route.workspaceId} />;
    default:
      return <ProblemsPage workspaceId={route.workspaceId} />;
  }
}

/**
 * While a move waits for the next page's code, the page on its way out takes no input: what is typed there would go
 * unasked by the leave guard. Set on the element directly, so the page itself is not drawn again for it.
 */
export function InertWhileLeaving({ target }: { target: RefObject<HTMLElement | null> }) {
  const leaving = useRouteWaiting();
  useLayoutEffect(() => {
    const el = target.current;
    if (!el) return;
    el.toggleAttribute('inert', leaving);
    el.classList.toggle('main--leaving', leaving);
    if (leaving) el.setAttribute('aria-busy', 'true');
    else el.removeAttribute('aria-busy');
  }, [leaving, target]);
  return null;
}

export function App() {
  const route = useRoute();
  const mainRef = useRef<HTMLElement>(null);
  const workspaceId = routeWorkspaceId(route);
  const workspace = useWorkspace(workspaceId);
  const aboutOpen = useUi((s) => s.aboutOpen);
  const importing = useWorkspaceImport((s) => s.pending !== null);
  useUndoShortcuts(getApi().host === 'browser');
  useHostEvents(workspaceId);
  useBackups();
  // The stored workspaces are checked for dangling references once the first page is up and the window is idle:
  // the check reads every record, and the first page's own reads need not wait for it.
  useEffect(() => {
    firstScreenShown();
    preloadPages();
    return whenIdle(() => void repairOnOpen(), REPAIR_AFTER_MS);
  }, []);
  useEffect(() => {
    if (route.page === 'home') void openStartupWorkspace();
  }, [route.page]);
  useEffect(() => {
    if (workspaceId) void rememberWorkspace(workspaceId);
  }, [workspaceId]);
  // The presentation and its presenter view: the screen alone, no header or editing chrome (renderer/features/present).
  if (route.page === 'present' || route.page === 'presenter') {
    return (
      <ErrorBoundary key={`${route.page}:${route.workspaceId}`} what={PAGE_WHAT[route.page]}>
        <Suspense fallback={<p role="status">Opening the presentation…</p>}>
          {route.page === 'present' ? <PresentPage workspaceId={route.workspaceId} slide={route.slide} /> : <PresenterView workspaceId={route.workspaceId} />}
        </Suspense>
      </ErrorBoundary>
    );
  }
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <AppHeader route={route} workspaceId={workspaceId} />
      <InertWhileLeaving target={mainRef} />
      <main id="main" tabIndex={-1} ref={mainRef}>
        {/* one boundary per page: a page that throws says what failed; the header and the other pages stay usable */}
        <ErrorBoundary key={routeHash(route)} what={PAGE_WHAT[route.page]}>
          {workspaceId && <DemoBanner workspace={workspace} />}
          <NumberFormatProvider format={workspace?.numberFormat}>
            <Suspense fallback={<p role="status">Opening the page…</p>}>
              <Page route={route} />
            </Suspense>
          </NumberFormatProvider>
        </ErrorBoundary>
      </main>
      <Toasts />
      {/* the two windows load their code when first opened */}
      <ErrorBoundary what="the import window">
        <OnceWanted wanted={importing}>
          <WorkspaceImportDialog currentWorkspace={workspace ?? null} />
        </OnceWanted>
      </ErrorBoundary>
      <ErrorBoundary what="the About window">
        <OnceWanted wanted={aboutOpen}>
          <AboutDialog />
        </OnceWanted>
      </ErrorBoundary>
    </>
  );
}
