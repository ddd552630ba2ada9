import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { choiceDataSchemas, EnvelopeSchema, RawFlowResultSchema } from '../../src/core/api/schemas.js';
import type { KnownChoiceName } from '../../src/core/api/wire.js';
import { RECORDED_FIXTURES_DIR, renderRecordedFixtures } from './recording/fixture-files.js';

const ROOT = join(import.meta.dirname, '../..');
const DIRECTORY = join(ROOT, RECORDED_FIXTURES_DIR);

function filesUnder(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(directory, join(entry.parentPath, entry.name)))
    .sort();
}

describe('the recorded fixtures (fixtures/recorded)', () => {
  it('are what the recorder writes today: run `tsx scripts/record-fixtures.ts` after changing the emulator', { timeout: 30_000 }, async () => {
    const expected = await renderRecordedFixtures();
    expect(filesUnder(DIRECTORY)).toEqual([...expected.keys()].sort());
    for (const [name, text] of expected) {
      expect(readFileSync(join(DIRECTORY, name), 'utf8'), name).toBe(text);
    }
  });

  it('hold no secret (no token, code or password as the emulator made it) and still parse with the kit\'s schemas', () => {
    for (const name of filesUnder(DIRECTORY)) {
      const text = readFileSync(join(DIRECTORY, name), 'utf8');
      const ids = text.match(/\b(ptu|ptr|poc|pmc|pmi)_[a-z2-7]{32}\b/g) ?? [];
      expect(ids.filter((id) => !id.slice(4).startsWith('scrubbed')), name).toEqual([]);
      expect(text, name).not.toContain('My1s+Password');
      const exchange = JSON.parse(text) as { request: { path: string }; response: { body: unknown } };
      const envelope = v.parse(EnvelopeSchema, exchange.response.body);
      // Flow answers still pass the kit's own schemas, placeholders and all.
      if (envelope.status === 'Success' && /^\/v2\/flow\/(start|update|restart)$/.test(exchange.request.path)) {
        const flow = v.parse(RawFlowResultSchema, envelope.result);
        for (const entry of flow.flow_choices) {
          const schema = choiceDataSchemas[entry.choice as KnownChoiceName];
          expect(v.safeParse(schema, entry.data).success, `${name}: ${entry.choice}`).toBe(true);
        }
      }
    }
  });
});
