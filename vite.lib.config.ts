import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import dts from 'vite-plugin-dts';

import packageJson from './package.json' with { type: 'json' };

/** Each catalog is its own entry (`authn-flow-kit/locales/<tag>`), so an app bundles only its language. */
const LOCALES = ['en', 'es', 'fr', 'de', 'pt-BR', 'ja', 'zh-CN', 'ar', 'en-XA'];
const localeEntries = Object.fromEntries(LOCALES.map((tag) => [`locales/${tag}`, `src/locales/${tag}.ts`]));

/** Every dependency stays out of the bundle (peers, runtime deps, optional peers), and Node built-ins. */
const dependencies = Object.keys({ ...packageJson.dependencies, ...packageJson.peerDependencies });
const external = (id: string) =>
  id.startsWith('node:') || dependencies.some((name) => id === name || id.startsWith(`${name}/`));

/** React-layer code; the English catalogs under it are data, as every locale entry is. */
const isReactLayer = (id: string) => id.includes('/src/react/') && !id.includes('/src/react/i18n/en/');

export default defineConfig({
  plugins: [react(), dts({ include: ['src'], exclude: ['src/**/*.test.*', 'src/**/*.stories.*'] })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No source maps in the tarball: with their embedded sources they were half of it (issue 12).
    sourcemap: false,
    target: 'es2022',
    minify: false,
    lib: {
      entry: {
        index: 'src/index.ts',
        core: 'src/core/index.ts',
        ...localeEntries,
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external,
      // React Server Components (Next.js App Router) import a module with hooks or context only from
      // a client boundary: every chunk with React-layer code says it is one. Core-only chunks do
      // not, so `authn-flow-kit/core` stays usable in server code.
      output: {
        banner: (chunk) => (chunk.moduleIds.some(isReactLayer) ? '"use client";' : ''),
      },
    },
  },
});
