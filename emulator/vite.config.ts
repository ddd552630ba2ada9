import { defineConfig, type Plugin } from 'vite';
import dts from 'vite-plugin-dts';

import packageJson from './package.json' with { type: 'json' };

/** Every dependency and peer stays out of the bundle (the kit's core included), and Node built-ins. */
const dependencies = [...Object.keys({ ...packageJson.dependencies, ...packageJson.peerDependencies })];
const external = (id: string) =>
  id.startsWith('node:') || dependencies.some((name) => id === name || id.startsWith(`${name}/`));

/**
 * In the repository the emulator reaches the kit's core by path (the root package is not in
 * node_modules, and its entry is a build); published, it imports `authn-flow-kit/core`, its peer.
 */
const kitCore: Plugin = {
  name: 'kit-core-as-peer',
  enforce: 'pre',
  resolveId: (id) => (/(\.\.\/)+src\/core\/index\.js$/.test(id) ? { id: 'authn-flow-kit/core', external: true } : null),
};

export default defineConfig({
  root: import.meta.dirname,
  // `authn-flow-kit/core` stays a package import in the types, as in the code (no path rewriting).
  plugins: [kitCore, dts({ include: ['src'], entryRoot: 'src', tsconfigPath: '../tsconfig.json', pathsToAliases: false })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    minify: false,
    lib: {
      entry: { index: 'src/index.ts', node: 'src/node/index.ts', cli: 'src/node/cli.ts' },
      formats: ['es'],
    },
    rolldownOptions: { external },
  },
});
