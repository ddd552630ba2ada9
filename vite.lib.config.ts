import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import dts from 'vite-plugin-dts';

import packageJson from './package.json' with { type: 'json' };

/** Every dependency stays out of the bundle (peers, runtime deps, optional peers), and Node built-ins. */
const dependencies = Object.keys({ ...packageJson.dependencies, ...packageJson.peerDependencies });
const external = (id: string) =>
  id.startsWith('node:') || dependencies.some((name) => id === name || id.startsWith(`${name}/`));

export default defineConfig({
  plugins: [react(), dts({ include: ['src'], exclude: ['src/**/*.test.*', 'src/**/*.stories.*'] })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
    minify: false,
    lib: {
      entry: {
        index: 'src/index.ts',
        core: 'src/core/index.ts',
        emulator: 'src/emulator/index.ts',
        'emulator-node': 'src/emulator/node/index.ts',
        'emulator-cli': 'src/emulator/node/cli.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external,
    },
  },
});
