/**
 * Derives fixtures/spec/*.json from Pangea's OpenAPI document (../shared/reference/): for every
 * choice's data schema and every answer the kit reads, the shape with only its required
 * properties, with all of them, and with each optional one `null`, plus the document's examples.
 * test/core/api/spec-shapes.test.ts and test/react/spec-shapes.test.tsx feed every shape to the
 * kit, and check that the committed fixture is what this derives.
 *
 * Run: npx tsx scripts/derive-spec-fixtures.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fixtureTexts, OPENAPI_PATH, readOpenApi, SPEC_FIXTURE_FILES } from './spec-fixtures/files.js';

const doc = readOpenApi();
if (doc === undefined) {
  console.error(`No OpenAPI document at ${OPENAPI_PATH}: lay shared/ beside the clone.`);
  process.exit(1);
}
const texts = fixtureTexts(doc);
for (const [file, path] of Object.entries(SPEC_FIXTURE_FILES)) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, texts[file as keyof typeof texts]);
  const count = (JSON.parse(texts[file as keyof typeof texts]) as { entries: unknown[] }).entries.length;
  console.log(`${path}: ${count} shapes`);
}
