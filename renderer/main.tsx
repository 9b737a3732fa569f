import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@shared/zod';
import { App } from './App';
import '@renderer/charts/charts.css';
import './styles/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
