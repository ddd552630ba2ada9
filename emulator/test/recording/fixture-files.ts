import { recordAllPresets } from './record.js';
import { scrubExchanges } from './scrub.js';
import type { Exchange } from './session.js';

/** Where `tsx scripts/record-fixtures.ts` writes, relative to the repository root. */
export const RECORDED_FIXTURES_DIR = 'fixtures/recorded';

/**
 * Every recorded fixture as `<preset>/<nn>-<endpoint>[-<choice>].json` → its text: the request and
 * the response (HTTP status, `Retry-After` if any, and the envelope), scrubbed. `<endpoint>` is
 * the path after `/v2/` with dashes (`flow-update`); the choice as sent, the empty one named `poll`.
 */
export async function renderRecordedFixtures(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const [preset, exchanges] of await recordAllPresets()) {
    scrubExchanges(exchanges).forEach((exchange, index) => {
      // Of the headers only Retry-After says something the envelope does not.
      const retryAfter = exchange.response.headers['retry-after'];
      const headers = retryAfter === undefined ? {} : { 'retry-after': retryAfter };
      const kept = { ...exchange, response: { ...exchange.response, headers } };
      files.set(`${preset}/${fixtureName(index, exchange)}`, `${JSON.stringify(kept, null, 2)}\n`);
    });
  }
  return files;
}

function fixtureName(index: number, exchange: Exchange): string {
  const endpoint = exchange.request.path.replace(/^\/v2\//, '').replaceAll('/', '-');
  const choice = exchange.request.body['choice'];
  const suffix = typeof choice === 'string' ? `-${choice === '' ? 'poll' : choice}` : '';
  return `${String(index + 1).padStart(2, '0')}-${endpoint}${suffix}.json`;
}
