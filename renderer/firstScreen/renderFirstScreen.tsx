import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import '@shared/zod';
import { App } from '@renderer/App';
import { ErrorBoundary } from '@renderer/components/ErrorBoundary';
import { showWhileWriting, storedRecords } from '@renderer/db/pendingWorkspace';
import { demoBundle } from '@renderer/features/workspaces/workspaceActions';
import { replaceRoute } from '@renderer/state/router';

/**
 * The first screen of a fresh profile (the demo's problem list, with the header) as HTML, prepared when the app is
 * built (scripts/first-screen): it is drawn by the app's own components in a DOM (jsdom), exactly as the first render
 * of a first start draws it from memory (startup.ts: the demo shown while it is written), and taken as it is
 * committed, before any effect runs. The built page shows it until the app's script has loaded and draws the same
 * screen in its place (docs/performance.md, "The first screen before the script").
 */
export function renderFirstScreen(): string {
  const bundle = demoBundle();
  // Never settles here: the page stays as it is drawn from memory (nothing is written at build time).
  showWhileWriting(storedRecords(bundle, true), new Promise<never>(() => undefined));
  replaceRoute({ page: 'problems', workspaceId: bundle.workspace.id });
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  flushSync(() =>
    root.render(
      <StrictMode>
        <ErrorBoundary what="the app">
          <App />
        </ErrorBoundary>
      </StrictMode>,
    ),
  );
  return container.innerHTML;
}
