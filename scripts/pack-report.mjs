// What each package puts in its tarball (`npm pack --dry-run`): packed and unpacked size, file count.
// Fails when the kit's tarball carries what it must not (source maps, any of the emulator), or when
// its client boundary is off: every chunk that imports React must start with "use client" (Next.js
// App Router), and the React-free core must not.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const PACKAGES = [
  { name: 'authn-flow-kit', args: [] },
  { name: '@authn-flow-kit/emulator', args: ['--workspace', '@authn-flow-kit/emulator'] },
];

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const problems = [];

for (const { name, args } of PACKAGES) {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts', ...args], { encoding: 'utf8' });
  const [pack] = JSON.parse(out);
  const paths = pack.files.map((file) => file.path);
  console.log(`tarball ${name}: ${kB(pack.size)} packed, ${kB(pack.unpackedSize)} unpacked, ${pack.entryCount} files`);
  if (name === 'authn-flow-kit') {
    const maps = paths.filter((path) => path.endsWith('.map'));
    const emulator = paths.filter((path) => /emulator/i.test(path) && !/emulator-captcha/.test(path));
    if (maps.length > 0) {
      problems.push(`${name} ships ${maps.length} source maps (${maps[0]}, …)`);
    }
    if (emulator.length > 0) {
      problems.push(`${name} ships emulator files (${emulator.slice(0, 3).join(', ')})`);
    }
  }
}

for (const file of readdirSync('dist').filter((name) => name.endsWith('.js'))) {
  const code = readFileSync(`dist/${file}`, 'utf8');
  const client = code.startsWith('"use client";');
  const usesReact = /from "react(-dom)?(\/[\w-]+)?";/.test(code);
  if (usesReact && !client) {
    problems.push(`dist/${file} imports React without "use client"`);
  }
  if (file === 'core.js' && client) {
    problems.push('dist/core.js says "use client": the core must stay usable in server code');
  }
}

if (problems.length > 0) {
  problems.forEach((problem) => console.error(`pack: ${problem}`));
  process.exit(1);
}
