import * as v from 'valibot';
import { toIso } from '../../engine/clock.js';
import { fail, failValidation } from '../../engine/failures.js';
import { newId } from '../../engine/ids.js';
import { requireRegisteredRedirect } from '../../engine/redirect-uris.js';
import { EmailSchema } from '../../engine/request-schemas.js';
import { normalizeEmail } from '../../engine/users.js';
import { parseOrFail } from '../../engine/validation.js';
import { jsonResponse } from '../envelope.js';
import type { Handout } from './types.js';

const IdpInitiatedBody = v.strictObject({
  provider_id: v.string(),
  email: EmailSchema,
  cb_uri: v.optional(v.pipe(v.string(), v.url())),
  expires_in_seconds: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
});

/**
 * `POST /__emulator/saml/idp-initiated {provider_id, email, cb_uri?, expires_in_seconds?}`: what
 * an IdP's unsolicited assertion for `email` does at the service. It answers 201
 * `{ ticket: "pst_…", expire, link }`, the link being `<cb_uri>?saml_idp_initiated_ticket=pst_…`;
 * `flow/start {saml_idp_initiated_ticket}` then offers the IdP-initiated `saml` choice
 * (engine/saml-idp.ts). The ticket works once, for `codeLifetimeSeconds` unless told otherwise.
 */
export const postSamlIdpInitiated: Handout = ({ controls, rest, body }) => {
  if (rest !== 'idp-initiated') {
    return fail({ status: 'NotFound', summary: `No endpoint at /__emulator/saml/${rest}` });
  }
  const input = parseOrFail(IdpInitiatedBody, body);
  const { ctx } = controls;
  if (!ctx.config.samlProviders.some((provider) => provider.id === input.provider_id)) {
    failValidation([{ code: 'ProviderDisabled', source: '/provider_id', detail: `${input.provider_id} is not configured` }]);
  }
  if (input.cb_uri !== undefined) {
    requireRegisteredRedirect(ctx.config, input.cb_uri, '/cb_uri');
  }
  const now = ctx.now();
  const id = newId('pst', ctx.random);
  const expiresAt = now + (input.expires_in_seconds ?? ctx.config.codeLifetimeSeconds) * 1000;
  const email = normalizeEmail(input.email);
  ctx.store.putTicket({ kind: 'saml_idp', id, providerId: input.provider_id, email, createdAt: now, expiresAt, used: false });
  const link = new URL(input.cb_uri ?? 'http://localhost');
  link.searchParams.set('saml_idp_initiated_ticket', id);
  return jsonResponse(201, { ticket: id, expire: toIso(expiresAt), link: link.toString() });
};
