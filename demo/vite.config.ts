import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { createEmulatorMiddleware } from '../src/emulator/node/index.js';
import { createEmulator } from '../src/emulator/index.js';

const fromRoot = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

/** Serves the AuthN emulator on the demo's own origin, so the demo needs no account and no network. */
function authnEmulator(): Plugin {
  const emulator = createEmulator();
  const middleware = createEmulatorMiddleware(emulator);
  return {
    name: 'authn-emulator',
    configureServer(server) {
      server.middlewares.use(middleware);
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware);
    },
  };
}

export default defineConfig({
  root: fromRoot('demo'),
  plugins: [react(), authnEmulator()],
  resolve: {
    alias: [
      { find: /^authn-flow-kit\/core$/, replacement: fromRoot('src/core/index.ts') },
      { find: /^authn-flow-kit\/styles\.css$/, replacement: fromRoot('src/react/theme/styles.css') },
      { find: /^authn-flow-kit$/, replacement: fromRoot('src/index.ts') },
    ],
  },
  server: {
    host: '127.0.0.1',
    port: Number(process.env.PORT ?? 5173),
    strictPort: true,
  },
  preview: {
    host: '127.0.0.1',
    port: Number(process.env.PORT ?? 4173),
    strictPort: true,
  },
});
