import { useEffect } from 'react';
import { BoardPackPage } from '@renderer/features/boardPack/BoardPackPage';
import { ExportPage } from '@renderer/features/exchange/ExportPage';
import { WorkspaceImportDialog } from '@renderer/features/exchange/WorkspaceImportDialog';
import { AboutDialog } from '@renderer/features/layout/AboutDialog';
import { AppHeader } from '@renderer/features/layout/AppHeader';
import { useBackups } from '@renderer/features/backups/useBackups';
import { useHostEvents } from '@renderer/features/layout/useHostEvents';
import { Toasts } from '@renderer/features/layout/Toasts';
import { useUndoShortcuts } from '@renderer/features/layout/useUndoShortcuts';
import { PortfolioPage } from '@renderer/features/portfolio/PortfolioPage';
import { ProblemPage } from '@renderer/features/problems/ProblemPage';
import { ProblemsPage } from '@renderer/features/problems/ProblemsPage';
import { UseCasePage } from '@renderer/features/useCases/UseCasePage';
import { SettingsPage } from '@renderer/features/workspaces/SettingsPage';
import { WorkspacesPage } from '@renderer/features/workspaces/WorkspacesPage';
import { DemoBanner } from '@renderer/features/workspaces/DemoNotice';
import { openStartupWorkspace, rememberWorkspace } from '@renderer/features/workspaces/workspaceActions';
import { getApi } from '@renderer/api';
import { NumberFormatProvider } from '@renderer/components/NumberFormatContext';
import { useWorkspace } from '@renderer/db';
import { routeWorkspaceId, useRoute, type Route } from '@renderer/state/router';
import { useUi } from '@renderer/state/ui';

function Page({ route }: { route: Route }) {
  switch (route.page) {
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
    case 'portfolio':
      return <PortfolioPage workspaceId={route.workspaceId} />;
    case 'boardPack':
      return <BoardPackPage workspaceId={route.workspaceId} />;
    case 'export':
      return <ExportPage workspaceId={route.workspaceId} />;
    default:
      return <ProblemsPage workspaceId={route.workspaceId} />;
  }
}

export function App() {
  const route = useRoute();
  const workspaceId = routeWorkspaceId(route);
  const workspace = useWorkspace(workspaceId);
  const presentation = useUi((s) => s.presentation);
  useUndoShortcuts(getApi().host === 'browser');
  useHostEvents(workspaceId);
  useBackups();
  useEffect(() => {
    document.body.classList.toggle('presentation', presentation);
  }, [presentation]);
  useEffect(() => {
    if (route.page === 'home') void openStartupWorkspace();
  }, [route.page]);
  useEffect(() => {
    if (workspaceId) void rememberWorkspace(workspaceId);
  }, [workspaceId]);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <AppHeader route={route} workspaceId={workspaceId} />
      <main id="main" tabIndex={-1}>
        {workspaceId && <DemoBanner workspace={workspace} />}
        <NumberFormatProvider format={workspace?.numberFormat}>
          <Page route={route} />
        </NumberFormatProvider>
      </main>
      <Toasts />
      <WorkspaceImportDialog currentWorkspace={workspace ?? null} />
      <AboutDialog />
    </>
  );
}
