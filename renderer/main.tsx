import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { App } from './App';
import '@renderer/charts/charts.css';
import './styles/app.css';

// The CSP forbids eval: tell zod not to probe for it (the probe would log a CSP violation).
z.config({ jitless: true });

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
