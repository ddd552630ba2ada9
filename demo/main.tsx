import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'authn-flow-kit/styles.css';
import './demo.css';
import { App } from './app.js';
import { applyScheme, storedScheme } from './scheme.js';

// Before the first render, so a page set to dark does not flash light on a reload.
applyScheme(storedScheme());

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
