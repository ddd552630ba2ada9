import * as v from 'valibot';
import { toIso } from '../../engine/clock.js';
import { newId } from '../../engine/ids.js';
import { requireRegisteredRedirect } from '../../engine/redirect-uris.js';
import { EmailSchema } from '../../engine/request-schemas.js';
import { normalizeEmail } from '../../engine/users.js';
import { parseOrFail } from '../../engine/validation.js';
import { jsonResponse } from '../envelope.js';
import type { Handout } from './types.js';

const InvitationBody = v.strictObject({
  email: EmailSchema,
  cb_uri: v.optional(v.pipe(v.string(), v.url())),
  expires_in_seconds: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
});

const WEEK_SECONDS = 7 * 24 * 3600;

/**
 * `POST /__emulator/invitations {email, cb_uri?, expires_in_seconds?}`: what an admin's invite
 * does. It mails `<cb_uri>?invitation=pmi_…` (`cb_uri` a registered redirect URI) and answers
 * `{ invitation, expire, link }`; `flow/start {invitation}` then signs that email up, even with
 * sign-up off.
 */
export const postInvitation: Handout = ({ controls, body }) => {
  const input = parseOrFail(InvitationBody, body);
  const { ctx } = controls;
  if (input.cb_uri !== undefined) {
    requireRegisteredRedirect(ctx.config, input.cb_uri, '/cb_uri');
  }
  const email = normalizeEmail(input.email);
  const now = ctx.now();
  const id = newId('pmi', ctx.random);
  const expiresAt = now + (input.expires_in_seconds ?? WEEK_SECONDS) * 1000;
  ctx.store.putTicket({ kind: 'invitation', id, email, createdAt: now, expiresAt, used: false });
  const link = new URL(input.cb_uri ?? 'http://localhost');
  link.searchParams.set('invitation', id);
  ctx.store.appendOutbox({
    to: email,
    channel: 'email',
    subject: 'You are invited',
    text: `You have been invited to create an account. Open this link to accept: ${link.toString()}`,
    link: link.toString(),
  });
  return jsonResponse(201, { invitation: id, expire: toIso(expiresAt), link: link.toString() });
};
