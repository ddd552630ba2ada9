import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { kitAliases } from '../vite.aliases.js';

/**
 * The kit's libraries that load with the first step, each in a chunk of its own, so a profile's
 * script URLs name them. The other libraries keep the chunks an app would get: grouping them would
 * load, say, the markdown parser with the phone field.
 */
const VENDORS = [
  { name: 'vendor-react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
  { name: 'vendor-valibot', test: /node_modules[\\/]valibot[\\/]/ },
  { name: 'vendor-xstate', test: /node_modules[\\/](xstate|@xstate[\\/]react)[\\/]/ },
  { name: 'vendor-query', test: /node_modules[\\/]@tanstack[\\/]/ },
];

/** The bench page: the kit and an in-page emulator, built for production as an app would ship it. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  // React's profiling build: a production build whose <Profiler> still reports commits.
  resolve: { alias: [...kitAliases, { find: /^react-dom\/client$/, replacement: 'react-dom/profiling' }] },
  // A fixed name, so index.html starts the worker before the page's scripts load.
  worker: { format: 'es', rolldownOptions: { output: { entryFileNames: 'assets/[name].js' } } },
  build: {
    outDir: fileURLToPath(new URL('../test-results/bench-page', import.meta.url)),
    emptyOutDir: true,
    // Maps name the original file and function of a minified frame; the page never loads them.
    sourcemap: 'hidden',
    rolldownOptions: { output: { codeSplitting: { groups: VENDORS } } },
  },
  logLevel: 'warn',
});
