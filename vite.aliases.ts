import { fileURLToPath } from 'node:url';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The package's own entry points resolved to source, for the demo, the bench page and the tests. */
export const kitAliases = [
  { find: /^authn-flow-kit\/core$/, replacement: fromRoot('src/core/index.ts') },
  { find: /^authn-flow-kit\/emulator$/, replacement: fromRoot('src/emulator/index.ts') },
  { find: /^authn-flow-kit\/locales\/([\w-]+)$/, replacement: fromRoot('src/locales/$1.ts') },
  { find: /^authn-flow-kit\/styles\.css$/, replacement: fromRoot('src/react/theme/styles.css') },
  { find: /^authn-flow-kit$/, replacement: fromRoot('src/index.ts') },
];
