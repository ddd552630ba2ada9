import { toIso } from './clock.js';
import type { EngineContext } from './context.js';
import { fail } from './failures.js';
import { newId } from './ids.js';
import type { TokenRecord, UserRecord } from './records.js';
import type { WireFlowCompleteResult, WireTokenCreds, WireTokenInfo } from './wire-types.js';

/** A new session for `user`: an active (`ptu_`, type user) and a refresh (`ptr_`, type session) token. */
export function issueSession(ctx: EngineContext, user: UserRecord): WireFlowCompleteResult {
  const now = ctx.now();
  const sessionId = newId('pmt', ctx.random);
  const make = (type: TokenRecord['type'], lifetimeSeconds: number): TokenRecord => ({
    token: newId(type === 'user' ? 'ptu' : 'ptr', ctx.random),
    type,
    sessionId,
    userId: user.id,
    email: user.email,
    profile: { ...user.profile },
    createdAt: now,
    expiresAt: now + lifetimeSeconds * 1000,
  });
  const active = make('user', ctx.config.activeTokenLifetimeSeconds);
  const refresh = make('session', ctx.config.refreshTokenLifetimeSeconds);
  ctx.store.putToken(active);
  ctx.store.putToken(refresh);
  return { active_token: toCreds(active, now), refresh_token: toCreds(refresh, now) };
}

/** `client/token/check`: 400 `InvalidToken` if unknown, 400 `ExpiredToken` once expired. */
export function checkToken(ctx: EngineContext, token: string): WireTokenInfo {
  const record = ctx.store.getToken(token);
  if (!record) {
    fail({ status: 'InvalidToken' });
  }
  const now = ctx.now();
  if (now >= record.expiresAt) {
    fail({ status: 'ExpiredToken' });
  }
  return toInfo(record, now);
}

// `life` is what is left, in whole seconds, as in the OAS example (172605 of 172800).
function toInfo(record: TokenRecord, now: number): WireTokenInfo {
  return {
    id: record.sessionId,
    type: record.type,
    life: Math.max(0, Math.floor((record.expiresAt - now) / 1000)),
    expire: toIso(record.expiresAt),
    identity: record.userId,
    email: record.email,
    profile: { ...record.profile },
    created_at: toIso(record.createdAt),
    enabled: true,
    scopes: [],
  };
}

function toCreds(record: TokenRecord, now: number): WireTokenCreds {
  return { token: record.token, ...toInfo(record, now) };
}
