// What each package puts in its tarball (`npm pack --dry-run`): packed and unpacked size, file count.
// Fails when the kit's tarball carries what it must not (source maps, any of the emulator), or when
// its client boundary is off: every chunk that imports React must start with "use client" (Next.js
// App Router), and the React-free core must not. Also fails when a README link would not work on
// the npm page: npm has no repository to resolve a relative link against, so a link is absolute or
// an anchor, and a link into a package's own files on unpkg names a file the tarball ships.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const PACKAGES = [
  { name: 'authn-flow-kit', args: [], readme: 'README.md' },
  { name: '@authn-flow-kit/emulator', args: ['--workspace', '@authn-flow-kit/emulator'], readme: 'emulator/README.md' },
];

/** The targets of a markdown file's inline links, code spans and blocks left out. */
function linksOf(markdown) {
  const prose = markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  return [...prose.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]);
}

function readmeProblems(name, readme, paths) {
  const found = [];
  for (const link of linksOf(readFileSync(readme, 'utf8'))) {
    if (link.startsWith('#')) {
      continue;
    }
    if (!/^https?:\/\//.test(link)) {
      found.push(`${readme} links to ${link}, which the npm page cannot resolve: make it absolute`);
      continue;
    }
    const own = link.match(/^https:\/\/unpkg\.com\/(@[^/]+\/[^/@]+|[^/@]+)(?:@[^/]+)?\/(.+)$/);
    if (own !== null && own[1] === name && !paths.includes(own[2])) {
      found.push(`${readme} links to ${own[2]}, which the ${name} tarball does not ship`);
    }
  }
  return found;
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const problems = [];

for (const { name, args, readme } of PACKAGES) {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts', ...args], { encoding: 'utf8' });
  const [pack] = JSON.parse(out);
  const paths = pack.files.map((file) => file.path);
  console.log(`tarball ${name}: ${kB(pack.size)} packed, ${kB(pack.unpackedSize)} unpacked, ${pack.entryCount} files`);
  problems.push(...readmeProblems(name, readme, paths));
  for (const required of ['README.md', 'LICENSE', 'package.json']) {
    if (!paths.includes(required)) {
      problems.push(`${name} does not ship ${required}`);
    }
  }
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
