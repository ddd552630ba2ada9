import type { IncomingMessage } from 'node:http';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
// By path, not by package name: Vite loads its config before any alias applies, and the emulator's
// package entry is its build, which a fresh checkout does not have.
import { createEmulatorMiddleware, nodeScrypt, type ConnectMiddleware } from '../emulator/src/node/index.js';
import { createEmulator, PRESET_NAMES, type EmulatorConfigInput, type PresetName } from '../emulator/src/index.js';
import { kitAliases } from '../vite.aliases.js';

const fromRoot = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

/** Picks a separate emulator per browser: the end-to-end tests set it, one per test, and run side by side. */
const EMULATOR_COOKIE = 'authn-emulator';
const EMULATOR_KEY = /^[\w-]{1,64}$/;
/** Old test emulators are dropped past this many, so a long dev session does not grow without end. */
const MAX_EMULATORS = 32;

/**
 * `AUTHN_PRESET` (password, passwordless, mfa, everything) picks the default emulator's preset;
 * `AUTHN_LOOSE_WIRE=1` makes it answer in the loosest legal form (`looseWire`).
 */
function defaultConfig(): EmulatorConfigInput {
  const preset = process.env.AUTHN_PRESET;
  const wire: EmulatorConfigInput = process.env.AUTHN_LOOSE_WIRE === '1' ? { looseWire: true } : {};
  if (preset === undefined || preset === '') {
    return wire;
  }
  if (!isPresetName(preset)) {
    throw new Error(`AUTHN_PRESET must be one of ${PRESET_NAMES.join(', ')} (got "${preset}")`);
  }
  return { preset, ...wire };
}

function isPresetName(name: string): name is PresetName {
  return (PRESET_NAMES as readonly string[]).includes(name);
}

function emulatorKeyOf(req: IncomingMessage): string | undefined {
  const cookies = req.headers.cookie?.split(';') ?? [];
  for (const cookie of cookies) {
    const [name, value] = cookie.trim().split('=');
    if (name === EMULATOR_COOKIE && value !== undefined && EMULATOR_KEY.test(value)) {
      return value;
    }
  }
  return undefined;
}

/**
 * Serves the AuthN emulator on the demo's own origin, so the demo needs no account and no network.
 * A request with an `authn-emulator=<key>` cookie gets that key's own emulator (made on first use,
 * configured through its `/__emulator/config` hand-out); every other request shares the default one.
 */
function authnEmulator(): Plugin {
  const main = createEmulatorMiddleware(createEmulator({ config: defaultConfig(), scrypt: nodeScrypt }));
  const keyed = new Map<string, ConnectMiddleware>();
  const middlewareFor = (key: string | undefined): ConnectMiddleware => {
    if (key === undefined) {
      return main;
    }
    let middleware = keyed.get(key);
    if (middleware === undefined) {
      middleware = createEmulatorMiddleware(createEmulator({ scrypt: nodeScrypt }));
      keyed.set(key, middleware);
      const oldest = keyed.keys().next().value;
      if (keyed.size > MAX_EMULATORS && oldest !== undefined) {
        keyed.delete(oldest);
      }
    }
    return middleware;
  };
  const middleware: ConnectMiddleware = (req, res, next) => middlewareFor(emulatorKeyOf(req))(req, res, next);
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

/** What `printUrls` reads; the dev and the preview server both have it. */
interface UrlPrinter {
  resolvedUrls: { local: string[]; network: string[] } | null;
  printUrls(): void;
}

/**
 * Prints (and opens) `localhost` for the loopback address the server listens on. The server stays
 * on 127.0.0.1: `localhost` may resolve to ::1 alone, where the end-to-end tests' wait for
 * 127.0.0.1 would never see it. But the page must be opened on `localhost`: WebAuthn refuses an IP
 * address as relying party, so on 127.0.0.1 the kit offers no passkeys at all.
 */
function printLocalhost(server: UrlPrinter): void {
  const print = server.printUrls.bind(server);
  server.printUrls = () => {
    if (server.resolvedUrls !== null) {
      const local = server.resolvedUrls.local.map((url) => url.replace('//127.0.0.1:', '//localhost:'));
      server.resolvedUrls = { ...server.resolvedUrls, local };
    }
    print();
  };
}

function localhostUrls(): Plugin {
  return {
    name: 'authn-demo-localhost',
    configureServer: printLocalhost,
    configurePreviewServer: printLocalhost,
  };
}

export default defineConfig({
  root: fromRoot('demo'),
  plugins: [react(), authnEmulator(), localhostUrls()],
  resolve: {
    alias: kitAliases,
  },
  // Built for the end-to-end tests (playwright.config.ts), outside the linted and published trees.
  build: {
    outDir: fromRoot('test-results/demo-dist'),
    emptyOutDir: true,
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
