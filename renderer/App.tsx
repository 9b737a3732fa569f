import { useEffect } from 'react';
import { AppHeader } from '@renderer/features/layout/AppHeader';
import { Toasts } from '@renderer/features/layout/Toasts';
import { useUndoShortcuts } from '@renderer/features/layout/useUndoShortcuts';
import { PortfolioPage } from '@renderer/features/portfolio/PortfolioPage';
import { ProblemPage } from '@renderer/features/problems/ProblemPage';
import { ProblemsPage } from '@renderer/features/problems/ProblemsPage';
import { UseCasePage } from '@renderer/features/useCases/UseCasePage';
import { SettingsPage } from '@renderer/features/workspaces/SettingsPage';
import { WorkspacesPage } from '@renderer/features/workspaces/WorkspacesPage';
import { openStartupWorkspace, rememberWorkspace } from '@renderer/features/workspaces/workspaceActions';
import { routeWorkspaceId, useRoute, type Route } from '@renderer/state/router';

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
    default:
      return <ProblemsPage workspaceId={route.workspaceId} />;
  }
}

export function App() {
  const route = useRoute();
  const workspaceId = routeWorkspaceId(route);
  useUndoShortcuts();
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
        <Page route={route} />
      </main>
      <Toasts />
    </>
  );
}
