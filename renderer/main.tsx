// First: the theme is on <html> before anything is drawn (no flash of the wrong theme; the CSP forbids an inline script).
import { startTheme } from './state/theme';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@shared/zod';
import { App } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { preloadRoute } from './lazyPages';
import { whenIdle } from './state/idle';
import { showDemoOnFreshProfile } from './state/startup';
import { requestPersistentStorage } from './state/storagePersistence';
import '@renderer/charts/charts.css';
import './styles/app.css';

startTheme();
// The code of the page the address opens is fetched beside the rest, and the first render waits for it (no fallback).
const routeCode = preloadRoute(window.location.hash);
const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');
// Ask once, at start, that the browser keep our storage under pressure (Help → About shows the answer).
void requestPersistentStorage();
// Once the start is over and the window is idle, the funding worker starts and loads its exact engine: the first
// portfolio opened then does not also wait for the worker to start and HiGHS to compile (~0.3–0.5 s at 5,000 candidates).
const PREPARE_FUNDING_AFTER_MS = 1_500;
whenIdle(() => {
  if (typeof Worker === 'function') void import('./features/portfolio/fundingService').then((m) => m.prepareFunding(), () => undefined);
}, PREPARE_FUNDING_AFTER_MS);
const start = (): void =>
  createRoot(root).render(
    <StrictMode>
      {/* the last line of defence: each page has its own boundary (App.tsx); this one catches the header and the rest */}
      <ErrorBoundary what="the app">
        <App />
      </ErrorBoundary>
    </StrictMode>,
  );
// A fresh profile's first screen is the demo, drawn from memory and written once that screen is painted (startup.ts):
// known before the first render, it is the first screen drawn instead of "Opening your workspace…".
void Promise.all([showDemoOnFreshProfile().catch(() => undefined), routeCode]).then(start, start);
