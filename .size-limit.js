// Bundle budgets (min+gzip). Peer dependencies are left out of a check unless it names them.
const reactOnly = ['react', 'react/jsx-runtime', 'react-dom', 'react-dom/client'];

/** What loads before the first screen: code behind a dynamic `import()` (later steps) is left out. */
const staticImportsOnly = {
  name: 'static-imports-only',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined));
  },
};

export default [
  {
    name: 'full kit: own JS (every step), peers excluded',
    path: 'dist/index.js',
    import: '*',
    gzip: true,
    limit: '20 kB',
  },
  {
    name: 'styles.css',
    path: 'dist/styles.css',
    gzip: true,
    limit: '4 kB',
  },
  {
    name: 'first step with xstate and react-query',
    path: 'dist/index.js',
    import: '{ AuthNFlow }',
    gzip: true,
    limit: '35 kB',
    // Everything but React itself counts here, xstate and react-query included.
    modifyEsbuildConfig: (config) => ({
      ...config,
      external: reactOnly,
      plugins: [...(config.plugins ?? []), staticImportsOnly],
    }),
  },
  {
    name: 'core: client and machine, xstate excluded',
    path: 'dist/core.js',
    import: '*',
    gzip: true,
    limit: '10 kB',
  },
];
