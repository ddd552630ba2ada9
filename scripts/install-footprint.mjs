// What installing each package adds to a fresh React app (its peers already there): the packages npm
// puts in node_modules, counted from `npm ls`. Fails if the kit brings a server-only package.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const SERVER_ONLY = ['@simplewebauthn/server', 'otpauth', 'qrcode', '@noble/hashes', 'better-sqlite3', 'msw'];
const root = JSON.parse(readFileSync('package.json', 'utf8'));
// The peers at the versions this repository tests with.
const peers = Object.fromEntries(Object.keys(root.peerDependencies).map((name) => [name, root.devDependencies[name]]));

const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const quiet = ['--ignore-scripts', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'];

function installed(app) {
  const tree = JSON.parse(npm(['ls', '--all', '--json'], app));
  const names = new Set();
  const walk = (deps = {}) =>
    Object.entries(deps).forEach(([name, info]) => {
      // An optional peer nobody installed is listed too, with no version: it adds nothing.
      if (info.version !== undefined && info.missing !== true) {
        names.add(name);
      }
      walk(info.dependencies);
    });
  walk(tree.dependencies);
  return names;
}

const work = mkdtempSync(join(tmpdir(), 'authn-footprint-'));
const problems = [];
try {
  const [kit] = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', work], '.'));
  const [emulator] = JSON.parse(
    npm(['pack', '--json', '--ignore-scripts', '--pack-destination', work, '--workspace', '@authn-flow-kit/emulator'], '.'),
  );
  const app = join(work, 'app');
  execFileSync('mkdir', [app]);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'fresh-app', private: true, dependencies: peers }));
  npm(['install', ...quiet], app);
  const before = installed(app);
  for (const [label, tarball] of [
    ['authn-flow-kit', kit.filename],
    ['@authn-flow-kit/emulator', emulator.filename],
  ]) {
    const had = installed(app);
    npm(['install', ...quiet, resolve(work, tarball)], app);
    const added = [...installed(app)].filter((name) => !had.has(name)).sort();
    console.log(`install ${label}: +${added.length} packages (${added.join(', ')})`);
    if (label === 'authn-flow-kit') {
      const server = added.filter((name) => SERVER_ONLY.includes(name));
      if (server.length > 0) {
        problems.push(`installing the kit brings server-only packages: ${server.join(', ')}`);
      }
    }
  }
  console.log(`install: a fresh app with the peers has ${before.size} packages`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (problems.length > 0) {
  problems.forEach((problem) => console.error(`install: ${problem}`));
  process.exit(1);
}
