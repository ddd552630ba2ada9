import * as v from 'valibot';
import { emailTarget, proveEmail } from '../contacts.js';
import type { EngineContext } from '../context.js';
import { requireFlowUser, saveFlowUser } from '../flow-user.js';
import { passStep } from '../flow-view.js';
import { needsEmail } from '../offers.js';
import type { FlowRecord, UserRecord } from '../records.js';
import { EmailSchema } from '../request-schemas.js';
import { acceptCode, minutes, renderSent, sendCode } from '../sends.js';
import { parseOrFail } from '../validation.js';
import type { WireChoice } from '../wire-types.js';
import { LinkData } from './link-data.js';
import type { ChoiceCall } from './types.js';

const MagiclinkRestartData = v.strictObject({ email: v.optional(EmailSchema) });

/** `flow/restart magiclink {email?}`: mails the sign-in link (to `email` while `need_email`). */
export function restartMagiclink({ ctx, flow, data }: ChoiceCall): void {
  const input = parseOrFail(MagiclinkRestartData, data, '/data');
  const to = emailTarget(ctx, flow, input.email);
  sendCode(ctx, flow, 'magiclink', 'link', {
    to,
    channel: 'email',
    subject: 'Your sign-in link',
    text: (link) => `Open this link within ${minutes(ctx.config.codeLifetimeSeconds)} to sign in: ${link}`,
  });
}

/** `flow/update magiclink {state, code}` from the link: passes the phase and proves the email. */
export function updateMagiclink({ ctx, flow, view, data }: ChoiceCall): void {
  const link = parseOrFail(LinkData, data, '/data');
  acceptCode(ctx, flow, 'magiclink', link.code, link.state);
  saveFlowUser(ctx, flow, proveEmail(flow, requireFlowUser(ctx, flow)));
  passStep(flow, view, 'magiclink');
}

export function renderMagiclink(_ctx: EngineContext, flow: FlowRecord, user: UserRecord | undefined): WireChoice {
  const state = flow.sends.magiclink;
  const data: Extract<WireChoice, { choice: 'magiclink' }>['data'] = {
    ...renderSent(state),
    state: state?.state ?? '',
  };
  if (needsEmail(flow, user)) {
    data.need_email = true;
  }
  return { choice: 'magiclink', data };
}
