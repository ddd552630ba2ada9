import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKS_DIR, PACKS_FILE, type Packs } from './packs.js';
import { REPO } from './consumer-app.js';

/** Packs the kit and the emulator as `npm publish` would, from the build `npm run build` made. */
export default function globalSetup(): void {
  for (const dist of ['dist/index.js', 'emulator/dist/cli.js']) {
    if (!existsSync(join(REPO, dist))) {
      throw new Error(`${dist} is missing: run \`npm run build\` before the consumer tests.`);
    }
  }
  rmSync(PACKS_DIR, { recursive: true, force: true });
  mkdirSync(PACKS_DIR, { recursive: true });
  const pack = (extra: string[]) => {
    const [info] = JSON.parse(
      execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', PACKS_DIR, ...extra], { cwd: REPO, encoding: 'utf8' }),
    ) as { filename: string }[];
    return join(PACKS_DIR, info?.filename ?? '');
  };
  const packs: Packs = { kit: pack([]), emulator: pack(['--workspace', '@authn-flow-kit/emulator']) };
  writeFileSync(PACKS_FILE, JSON.stringify(packs));
}
