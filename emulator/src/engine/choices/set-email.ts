import * as v from 'valibot';
import type { EngineContext } from '../context.js';
import type { OfferOf } from '../offers.js';
import { EmailSchema } from '../request-schemas.js';
import { normalizeEmail } from '../users.js';
import { parseOrFail } from '../validation.js';
import type { WireChoice } from '../wire-types.js';
import { identify } from './identify.js';
import type { ChoiceCall } from './types.js';

const SetEmailData = v.strictObject({ email: EmailSchema });

/** `set_email {email}`: names the user of an email-username project (offered only before that). */
export function updateSetEmail({ ctx, flow, data }: ChoiceCall): void {
  const { email } = parseOrFail(SetEmailData, data, '/data');
  identify(ctx, flow, normalizeEmail(email), '/data/email');
}

export function renderSetEmail(_ctx: EngineContext, offer: OfferOf<'set_email'>): WireChoice {
  return { choice: 'set_email', data: { required_for: [...offer.requiredFor] } };
}
