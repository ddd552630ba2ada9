import * as v from 'valibot';
import type { EngineContext } from '../context.js';
import { failValidation } from '../failures.js';
import type { OfferOf } from '../offers.js';
import { USERNAME_PATTERN } from '../patterns.js';
import { normalizeUsername } from '../users.js';
import { parseOrFail } from '../validation.js';
import type { WireChoice } from '../wire-types.js';
import { identify } from './identify.js';
import type { ChoiceCall } from './types.js';

const SetUsernameData = v.strictObject({ username: v.pipe(v.string(), v.regex(USERNAME_PATTERN)) });

/**
 * `set_username {username}`: names the user of a `string` or `phone` project. For `phone` the
 * username is an E.164 number (StartView sends `+1` and the digits, spec §5).
 */
export function updateSetUsername({ ctx, flow, data }: ChoiceCall): void {
  const { username } = parseOrFail(SetUsernameData, data, '/data');
  identify(ctx, flow, requireUsername(ctx, username, '/data/username'), '/data/username');
}

/** The username normalised for the project's format, or a ValidationError at `source`. */
export function requireUsername(ctx: EngineContext, username: string, source: string): string {
  const normalized = normalizeUsername(ctx.config.usernameFormat, username);
  if (normalized === undefined) {
    return failValidation([
      { code: 'DoesNotMatchPattern', source, detail: `${source.slice(1)} is not an E.164 phone number` },
    ]);
  }
  return normalized;
}

export function renderSetUsername(_ctx: EngineContext, offer: OfferOf<'set_username'>): WireChoice {
  return { choice: 'set_username', data: { required_for: [...offer.requiredFor] } };
}
