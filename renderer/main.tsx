import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import '@shared/zod';
import { App } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { preloadRoute } from './lazyPages';
import { showDemoOnFreshProfile } from './state/startup';
import { requestPersistentStorage } from './state/storagePersistence';
import '@renderer/charts/charts.css';
import './styles/app.css';

preloadRoute(window.location.hash);
const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');
// Ask once, at start, that the browser keep our storage under pressure (Help → About shows the answer).
void requestPersistentStorage();
// The first screen is rendered at once (not in a later task), so that work started after it waits for its paint.
const start = (): void =>
  flushSync(() =>
    createRoot(root).render(
      <StrictMode>
        {/* the last line of defence: each page has its own boundary (App.tsx); this one catches the header and the rest */}
        <ErrorBoundary what="the app">
          <App />
        </ErrorBoundary>
      </StrictMode>,
    ),
  );
// A fresh profile's first screen is the demo, drawn from memory and written once that screen is painted (startup.ts):
// known before the first render, it is the first screen drawn instead of "Opening your workspace…".
void showDemoOnFreshProfile().then(
  (writeDemo) => {
    start();
    writeDemo?.();
  },
  start,
);
