import * as v from 'valibot';
import { parseOrFail } from '../../engine/validation.js';
import { jsonResponse } from '../envelope.js';
import type { Handout } from './types.js';

const SeedBody = v.strictObject({
  seed: v.nullable(v.union([v.pipe(v.string(), v.minLength(1), v.maxLength(256)), v.pipe(v.number(), v.finite())])),
});

/**
 * `POST /__emulator/seed {seed}`: from now on ids, codes and secrets come from a SHA-256 stream of
 * the seed (and `reset` restarts it), so a test run is repeatable. `null` returns to crypto randomness.
 */
export const postSeed: Handout = ({ controls, body }) => {
  const { seed } = parseOrFail(SeedBody, body);
  controls.seed(seed === null ? null : String(seed));
  return jsonResponse(200, { seed: controls.currentSeed() });
};
