import { fileURLToPath } from 'node:url';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The entry points of both packages (the kit and the emulator) resolved to source, for the demo, the
 * bench page and the tests.
 */
export const kitAliases = [
  { find: /^authn-flow-kit\/core$/, replacement: fromRoot('src/core/index.ts') },
  { find: /^@authn-flow-kit\/emulator$/, replacement: fromRoot('emulator/src/index.ts') },
  { find: /^@authn-flow-kit\/emulator\/node$/, replacement: fromRoot('emulator/src/node/index.ts') },
  { find: /^authn-flow-kit\/locales\/([\w-]+)$/, replacement: fromRoot('src/locales/$1.ts') },
  { find: /^authn-flow-kit\/styles\.css$/, replacement: fromRoot('src/react/theme/styles.css') },
  { find: /^authn-flow-kit$/, replacement: fromRoot('src/index.ts') },
];
