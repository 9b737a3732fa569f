import { useWorkspaces } from '@renderer/db';
import { useHistory } from '@renderer/state/history';
import { enterPresentation } from '@renderer/features/present/enterPresentation';
import { useUi } from '@renderer/state/ui';
import { navigate, type Route } from '@renderer/state/router';
import { ThemeSwitch } from './ThemeSwitch';

const TABS: { page: 'problems' | 'portfolio' | 'scenarios' | 'risk' | 'spend' | 'inventory' | 'workshop' | 'record' | 'export' | 'settings'; label: string }[] = [
  { page: 'problems', label: 'Problems' },
  { page: 'portfolio', label: 'Portfolio' },
  { page: 'scenarios', label: 'Scenarios' },
  { page: 'risk', label: 'Risk' },
  { page: 'spend', label: 'Spend' },
  { page: 'inventory', label: 'Inventory' },
  { page: 'workshop', label: 'Workshop' },
  { page: 'record', label: 'Record' },
  { page: 'export', label: 'Export' },
  { page: 'settings', label: 'Settings' },
];

function activeTab(route: Route): string | null {
  if (route.page === 'problem' || route.page === 'useCase' || route.page === 'gate') return 'problems';
  return route.page;
}

/**
 * Brand, workspace switcher, theme, Present, About (version, data folder, storage) and undo/redo on the first row; the
 * main sections on a row of their own below (so the header keeps its shape however many sections there are).
 */
export function AppHeader({ route, workspaceId }: { route: Route; workspaceId: string | null }) {
  const workspaces = useWorkspaces();
  const { past, future, undo, redo } = useHistory();
  const active = activeTab(route);
  const { setAboutOpen } = useUi();
  return (
    <header className="app-header">
      <a className="brand" href="#/workspaces">
        Lastmile
      </a>
      <label className="workspace-switcher">
        <span className="visually-hidden">Workspace</span>
        <select
          value={workspaceId ?? ''}
          onChange={(e) => {
            if (e.target.value === '') return navigate({ page: 'workspaces' });
            navigate({ page: 'problems', workspaceId: e.target.value });
          }}
        >
          {workspaceId === null && <option value="">Choose a workspace…</option>}
          {(workspaces ?? []).map((w) => (
            <option key={w.id} value={w.id}>
              {w.name}
            </option>
          ))}
          <option value="">Manage workspaces…</option>
        </select>
      </label>
      <div className="app-header__undo">
        <ThemeSwitch />
        {workspaceId && (
          <button type="button" className="button button--small" onClick={() => enterPresentation(workspaceId)}>
            Present
          </button>
        )}
        <button type="button" className="button button--small" onClick={() => setAboutOpen(true)}>
          About
        </button>
        <button
          type="button"
          className="button button--small"
          disabled={past.length === 0}
          onClick={() => void undo()}
          title={past.at(-1)?.label}
          aria-label={past.at(-1) ? `Undo: ${past.at(-1)?.label}` : 'Undo'}
        >
          Undo
        </button>
        <button
          type="button"
          className="button button--small"
          disabled={future.length === 0}
          onClick={() => void redo()}
          title={future.at(-1)?.label}
          aria-label={future.at(-1) ? `Redo: ${future.at(-1)?.label}` : 'Redo'}
        >
          Redo
        </button>
      </div>
      {workspaceId && (
        <nav aria-label="Sections" className="tabs">
          {TABS.map((t) => (
            <a key={t.page} href={`#/w/${encodeURIComponent(workspaceId)}/${t.page}`} aria-current={active === t.page ? 'page' : undefined}>
              {t.label}
            </a>
          ))}
        </nav>
      )}
    </header>
  );
}
