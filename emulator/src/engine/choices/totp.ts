import * as v from 'valibot';
import type { EngineContext } from '../context.js';
import { fail, failValidation } from '../failures.js';
import { saveAndFail } from '../flow-store.js';
import { requireFlowUser, saveFlowUser } from '../flow-user.js';
import { offerOf, passStep } from '../flow-view.js';
import { assertUnlocked, withFailure, withSuccess } from '../lockouts.js';
import type { OfferOf } from '../offers.js';
import { qrPngDataUri } from '../qr-png.js';
import type { FlowRecord, UserRecord } from '../records.js';
import { OtpCodeSchema } from '../request-schemas.js';
import { matchTotp, newTotpSecret, totpUri } from '../totp-core.js';
import { parseOrFail } from '../validation.js';
import type { WireChoice } from '../wire-types.js';
import type { ChoiceCall } from './types.js';

const TotpData = v.strictObject({ code: OtpCodeSchema });

/**
 * `flow/update totp {code}`: an RFC 6238 code of the secret being enrolled (shown as
 * `totp_secret`) or of the account's, one 30 s step of drift allowed either way.
 * - A code of a step already used is `CodeAlreadyUsed` (RFC 6238 §5.2: no second use).
 * - A wrong code is `AuthenticationFailure`, counted on the account across flows; after
 *   `maxAttempts` in a row the account's TOTP is locked for `lockoutSeconds` (lockouts.ts):
 *   `TooManyRequests` with `Retry-After`, in this flow and any other.
 */
export function updateTotp({ ctx, flow, view, data }: ChoiceCall): void {
  const { code } = parseOrFail(TotpData, data, '/data');
  const offer = offerOf(view, 'totp');
  const user = requireFlowUser(ctx, flow);
  const now = ctx.now();
  assertUnlocked(ctx, user, 'totp');
  const secret = offer.enrollment ? flow.totpEnrollment?.secret : user.totp?.secret;
  if (secret === undefined) {
    return failValidation([{ code: 'BadState', source: '/choice', detail: 'No TOTP secret to check against' }]);
  }
  const step = matchTotp(secret, code, now);
  if (step === null) {
    saveFlowUser(ctx, flow, withFailure(ctx, user, 'totp'));
    return saveAndFail(ctx, flow, { status: 'AuthenticationFailure' });
  }
  if (!offer.enrollment && user.totp !== null && step <= user.totp.lastStep) {
    fail({ status: 'CodeAlreadyUsed' });
  }
  flow.totpEnrollment = null;
  saveFlowUser(ctx, flow, { ...(withSuccess(user, 'totp') ?? user), totp: { secret, lastStep: step } });
  passStep(flow, view, 'totp');
}

/** `flow/restart totp {}`: a new secret while enrolling (say the QR code was lost); else no change. */
export function restartTotp({ ctx, flow, view, data }: ChoiceCall): void {
  parseOrFail(v.strictObject({}), data, '/data');
  if (offerOf(view, 'totp').enrollment) {
    flow.totpEnrollment = newTotpEnrollment(ctx, requireFlowUser(ctx, flow));
  }
}

export function newTotpEnrollment(ctx: EngineContext, user: UserRecord): NonNullable<FlowRecord['totpEnrollment']> {
  const secret = newTotpSecret(ctx.random);
  return { secret, qrImage: qrPngDataUri(totpUri(secret, user.email ?? user.username)) };
}

export function renderTotp(_ctx: EngineContext, flow: FlowRecord, offer: OfferOf<'totp'>): WireChoice {
  const enrollment = flow.totpEnrollment;
  if (offer.enrollment && enrollment) {
    return {
      choice: 'totp',
      data: { enrollment: true, totp_secret: { qr_image: enrollment.qrImage, secret: enrollment.secret } },
    };
  }
  return { choice: 'totp', data: { enrollment: offer.enrollment } };
}
