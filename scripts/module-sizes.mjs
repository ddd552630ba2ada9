// Where the full kit's bytes are: every source module's share of the bundle (minified, npm dependencies
// left out), largest first. `node scripts/module-sizes.mjs [repository]` (default: this one).
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(process.argv[2] ?? '.');
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
const external = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies }).flatMap((name) => [name, `${name}/*`]);
const result = await build({
  entryPoints: [resolve(root, 'src/index.ts')],
  bundle: true,
  minify: true,
  splitting: true,
  format: 'esm',
  jsx: 'automatic',
  loader: { '.css': 'empty' },
  external,
  metafile: true,
  write: false,
  outdir: resolve(root, 'module-sizes-out'),
  logLevel: 'silent',
});
const sizes = new Map();
for (const output of Object.values(result.metafile.outputs)) {
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    sizes.set(input, (sizes.get(input) ?? 0) + bytesInOutput);
  }
}
const gzip = result.outputFiles.reduce((sum, file) => sum + gzipSync(file.contents).length, 0);
console.log(`all chunks: ${[...sizes.values()].reduce((a, b) => a + b, 0)} B minified, ${gzip} B gzip (each chunk alone)`);
for (const [input, bytes] of [...sizes].sort((a, b) => b[1] - a[1])) {
  console.log(`${String(bytes).padStart(7)}  ${input}`);
}
