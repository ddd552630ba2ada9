import { toIso, ZERO_TIME } from './clock.js';
import type { EngineContext } from './context.js';
import { fail, failValidation } from './failures.js';
import { saveAndFail } from './flow-store.js';
import { requireFlowUser, saveFlowUser } from './flow-user.js';
import { newId, randomDigits } from './ids.js';
import { assertUnlocked, withFailure, withSuccess } from './lockouts.js';
import { constantTimeEqual } from './password-hash.js';
import type { FlowRecord, OutboxChannel, SendChoice, SendState } from './records.js';

/**
 * Codes and links sent by mail or SMS: their rate limit (`resend_time`), lifetime, attempt limit
 * and single use, shared by every sendable choice.
 */

export function newSendState(ctx: EngineContext): SendState {
  return {
    state: newId('pcb', ctx.random),
    sent: false,
    resendAt: null,
    code: null,
    codeExpiresAt: null,
    failures: 0,
    stale: [],
    target: null,
  };
}

export function sendStateOf(flow: FlowRecord, choice: SendChoice): SendState {
  const state = flow.sends[choice];
  if (!state) {
    // Settling creates one for every offered sendable choice, so this is a choice not offered.
    return failValidation([{ code: 'BadState', source: '/choice', detail: `"${choice}" is not offered now` }]);
  }
  return state;
}

/** `sent` and `resend_time` as the choices show them; the zero time means "not sent yet". */
export function renderSent(state: SendState | undefined): { sent: boolean; resend_time: string } {
  return {
    sent: state?.sent ?? false,
    resend_time: state?.resendAt === null || state?.resendAt === undefined ? ZERO_TIME : toIso(state.resendAt),
  };
}

export interface Delivery {
  to: string;
  channel: OutboxChannel;
  subject: string;
  /** The message text around the code or link. */
  text: (secret: string) => string;
}

/**
 * Sends a new code (`digits`: 6 digits) or link (`link`: `<cb_uri>?state=pcb_…&code=poc_…`) to
 * the outbox. Before `resend_time` it is 429 `TooManyRequests` with `Retry-After`, unless the
 * address changed. The previous code stops working.
 */
export function sendCode(
  ctx: EngineContext,
  flow: FlowRecord,
  choice: SendChoice,
  form: 'digits' | 'link',
  delivery: Delivery,
): void {
  const state = sendStateOf(flow, choice);
  const now = ctx.now();
  if (state.resendAt !== null && now < state.resendAt && state.target === delivery.to) {
    fail({ status: 'TooManyRequests', retryAfterSeconds: Math.ceil((state.resendAt - now) / 1000) });
  }
  const code = form === 'digits' ? randomDigits(6, ctx.random) : newId('poc', ctx.random);
  if (state.code !== null) {
    state.stale = [...state.stale, state.code].slice(-20);
  }
  state.sent = true;
  state.code = code;
  state.target = delivery.to;
  state.failures = 0;
  state.resendAt = now + ctx.config.resendIntervalSeconds * 1000;
  state.codeExpiresAt = now + ctx.config.codeLifetimeSeconds * 1000;
  const link = form === 'link' ? callbackLink(flow.cbUri, state.state, code) : undefined;
  ctx.store.appendOutbox({
    to: delivery.to,
    channel: delivery.channel,
    subject: delivery.subject,
    text: delivery.text(link ?? code),
    code,
    ...(link === undefined ? {} : { link }),
  });
}

/**
 * Accepts the code sent for `choice` (and, for links, their `state`), or fails:
 * - `state` of another flow → ValidationError `BadState` at `/data/state`;
 * - nothing sent yet → ValidationError `BadState` at `/choice`;
 * - the account locked for this choice (lockouts.ts) → `TooManyRequests`;
 * - a code replaced by a resend, burned, or past its lifetime → `MfaCodeExpired`;
 * - a wrong code → `AuthenticationFailure`; the `maxAttempts`-th burns the code. It also counts on
 *   the account, across flows: each flow's code is another 6-digit target, so a count per code or
 *   per flow would let new flows buy new guesses.
 * A code used once is kept in `flow.consumed`, so a second use is `CodeAlreadyUsed` (flow-update.ts).
 */
export function acceptCode(
  ctx: EngineContext,
  flow: FlowRecord,
  choice: SendChoice,
  code: string,
  callbackState?: string,
): void {
  const state = sendStateOf(flow, choice);
  if (callbackState !== undefined && callbackState !== state.state) {
    failValidation([{ code: 'BadState', source: '/data/state', detail: 'data.state does not belong to this flow' }]);
  }
  if (!state.sent) {
    failValidation([{ code: 'BadState', source: '/choice', detail: `No code has been sent for "${choice}" yet` }]);
  }
  const user = requireFlowUser(ctx, flow);
  assertUnlocked(ctx, user, choice);
  if (state.stale.includes(code) || state.code === null || ctx.now() >= (state.codeExpiresAt ?? 0)) {
    fail({ status: 'MfaCodeExpired' });
  }
  const encoder = new TextEncoder();
  if (!constantTimeEqual(encoder.encode(code), encoder.encode(state.code))) {
    state.failures += 1;
    if (state.failures >= ctx.config.maxAttempts) {
      state.stale = [...state.stale, state.code].slice(-20);
      state.code = null;
    }
    saveFlowUser(ctx, flow, withFailure(ctx, user, choice));
    saveAndFail(ctx, flow, { status: 'AuthenticationFailure' });
  }
  const cleared = withSuccess(user, choice);
  if (cleared) {
    saveFlowUser(ctx, flow, cleared);
  }
  state.code = null;
  flow.consumed = [...flow.consumed, { choice, code }].slice(-50);
}

export function callbackLink(cbUri: string | null, state: string, code: string): string {
  const url = new URL(cbUri ?? 'http://localhost');
  url.searchParams.set('state', state);
  url.searchParams.set('code', code);
  return url.toString();
}

export function minutes(seconds: number): string {
  const m = Math.max(1, Math.round(seconds / 60));
  return m === 1 ? '1 minute' : `${m} minutes`;
}
