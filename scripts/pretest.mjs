// Before `npm test`: clears old results and finds the Chromium the browser tests drive: CHROMIUM_PATH, else Debian's package, installing it
// when we are root on a Debian-like machine. Playwright must never download a browser of its own.
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';

// Results of an earlier run must not count in this run's closing line.
rmSync('test-results', { recursive: true, force: true });

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
const found = candidates.find((path) => existsSync(path));
if (found) {
  process.exit(0);
}
if (process.env.CHROMIUM_PATH) {
  console.error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but there is no file there.`);
  process.exit(1);
}

const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
if (canInstall) {
  console.log("Chromium is missing: installing Debian's `chromium` package (about a minute)...");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  } catch {
    // Reported below with the package name.
  }
  if (existsSync('/usr/bin/chromium')) {
    process.exit(0);
  }
}
console.error(
  "The browser tests need Chromium. Install Debian's `chromium` package (`sudo apt-get install chromium`), " +
    'or point CHROMIUM_PATH at a Chromium binary, then run `npm test` again.',
);
process.exit(1);
