import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runOk, start, type Started } from './shell.js';
import { PACKS_FILE, type Packs } from './packs.js';

export const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const APPS = join(REPO, 'test/consumers/apps');

/** Packages only the emulator may bring: none of them belongs in a browser app's kit install. */
export const SERVER_ONLY = ['@simplewebauthn/server', 'otpauth', 'qrcode', '@noble/hashes', 'better-sqlite3', 'msw'];

const QUIET = ['--no-audit', '--no-fund', '--prefer-offline'];

export interface ConsumerApp {
  name: string;
  dir: string;
  /** What `npm ci` and the tarballs' install printed. */
  installLog: string;
  remove: () => void;
}

/**
 * A copy of the fixture app outside the repository, so Node cannot fall back on the repository's own
 * node_modules: what the app resolves is what its lockfile and the tarballs installed.
 * `sources` names another fixture whose sources it runs (the React 18 app runs the Vite app's).
 */
export function copyApp(name: string, sources?: string): ConsumerApp {
  const dir = mkdtempSync(join(tmpdir(), `authn-consumer-${name}-`));
  if (sources !== undefined) {
    cpSync(join(APPS, sources), dir, { recursive: true });
  }
  cpSync(join(APPS, name), dir, { recursive: true });
  return { name, dir, installLog: '', remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function readPacks(): Packs {
  return JSON.parse(readFileSync(PACKS_FILE, 'utf8')) as Packs;
}

/** `npm ci` from the app's lockfile, then the two tarballs, as a team installs a release. */
export async function install(app: ConsumerApp): Promise<void> {
  const packs = readPacks();
  const ci = await runOk('npm', ['ci', ...QUIET], { cwd: app.dir });
  const add = await runOk('npm', ['install', '--no-save', ...QUIET, packs.kit, packs.emulator], { cwd: app.dir });
  app.installLog = `${ci}\n${add}`;
}

/** npm's warnings about peers: a conflict it overrode, a peer missing or at the wrong version. */
export function peerWarnings(log: string): string[] {
  return log.split('\n').filter((line) => /^npm warn/i.test(line) && /peer|ERESOLVE/i.test(line));
}

interface LsNode {
  version?: string;
  dependencies?: Record<string, LsNode>;
}

/** Every package the kit brings, through its own dependencies (npm's logical tree, hoisting aside). */
export async function kitInstallTree(app: ConsumerApp): Promise<string[]> {
  const tree = JSON.parse(await runOk('npm', ['ls', 'authn-flow-kit', '--all', '--json'], { cwd: app.dir })) as LsNode;
  const kit = tree.dependencies?.['authn-flow-kit'];
  const names = new Set<string>();
  const walk = (deps: Record<string, LsNode> = {}) => {
    for (const [name, node] of Object.entries(deps)) {
      if (node.version !== undefined && !names.has(name)) {
        names.add(name);
        walk(node.dependencies);
      }
    }
  };
  walk(kit?.dependencies);
  return [...names].sort();
}

/** The emulator, from the bin the installed package put in node_modules/.bin. */
export async function startEmulator(app: ConsumerApp): Promise<{ url: string; token: string; process: Started }> {
  const started = await start(join(app.dir, 'node_modules/.bin/authn-emulator'), ['--port', '0', '--preset', 'password'], {
    cwd: app.dir,
    ready: /listening on (http:\/\/\S+) \(token: (\S+)\)/,
  });
  const [, url = '', token = ''] = started.match;
  return { url: url.endsWith('/') ? url : `${url}/`, token, process: started };
}
