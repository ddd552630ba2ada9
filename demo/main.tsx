import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'authn-flow-kit/styles.css';
import './demo.css';
import { App } from './app.js';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
