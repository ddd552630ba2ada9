import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { kitAliases } from '../vite.aliases.js';

/** The bench page: the kit and an in-page emulator, built for production as an app would ship it. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  // React's profiling build: a production build whose <Profiler> still reports commits.
  resolve: { alias: [...kitAliases, { find: /^react-dom\/client$/, replacement: 'react-dom/profiling' }] },
  worker: { format: 'es' },
  build: { outDir: fileURLToPath(new URL('../test-results/bench-page', import.meta.url)), emptyOutDir: true },
  logLevel: 'warn',
});
