/**
 * Records every preset's journeys through the emulator (in process, seeded, on a fixed clock) and
 * writes the scrubbed request/response pairs to fixtures/recorded/<preset>/. Run it after a change
 * to the emulator's answers: `tsx scripts/record-fixtures.ts`. A test (recorded-fixtures.test.ts)
 * fails while the committed files differ from what this would write.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { RECORDED_FIXTURES_DIR, renderRecordedFixtures } from '../emulator/test/recording/fixture-files.js';

const root = resolve(import.meta.dirname, '..');
const target = join(root, RECORDED_FIXTURES_DIR);
const files = await renderRecordedFixtures();

// Start from an empty directory, so a step that is no longer walked leaves no stale file behind.
rmSync(target, { recursive: true, force: true });
for (const [name, text] of files) {
  const path = join(target, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}
const presets = new Set([...files.keys()].map((name) => name.split('/')[0]));
console.log(`Wrote ${files.size} fixtures for ${[...presets].join(', ')} to ${RECORDED_FIXTURES_DIR}/`);
