import { toIso } from './clock.js';
import type { EngineContext } from './context.js';
import { fail } from './failures.js';
import { newId } from './ids.js';
import type { TokenRecord, UserRecord } from './records.js';
import type { WireFlowCompleteResult, WireTokenCreds, WireTokenInfo } from './wire-types.js';

export interface SessionGrant {
  scopes: string[];
  clientId: string | null;
}

/**
 * Tokens come in pairs that share a session id (`pmt_…`): an active token (`ptu_…`, type `user`)
 * and a refresh token (`ptr_…`, type `session`). Refresh rotates the pair; logout revokes the
 * session; a rotated refresh token coming back (a stolen copy, most likely) revokes it too.
 */
export function issueSession(
  ctx: EngineContext,
  user: UserRecord,
  grant: SessionGrant,
  session: { id: string; createdAt: number } = { id: newId('pmt', ctx.random), createdAt: ctx.now() },
): WireFlowCompleteResult {
  const now = ctx.now();
  const make = (type: TokenRecord['type'], lifetimeSeconds: number): TokenRecord => ({
    token: newId(type === 'user' ? 'ptu' : 'ptr', ctx.random),
    type,
    sessionId: session.id,
    userId: user.id,
    scopes: [...grant.scopes],
    clientId: grant.clientId,
    createdAt: now,
    sessionCreatedAt: session.createdAt,
    expiresAt: now + lifetimeSeconds * 1000,
    revoked: false,
  });
  const active = make('user', ctx.config.activeTokenLifetimeSeconds);
  const refresh = make('session', ctx.config.refreshTokenLifetimeSeconds);
  ctx.store.putToken(active);
  ctx.store.putToken(refresh);
  return { active_token: toCreds(active, user, now), refresh_token: toCreds(refresh, user, now) };
}

/**
 * A live token and its user: 400 `InvalidToken` if unknown or revoked, 400 `ExpiredToken` once
 * expired, 403 `DisabledUser` if its account was disabled.
 */
export function liveToken(ctx: EngineContext, token: string): { record: TokenRecord; user: UserRecord } {
  const record = ctx.store.getToken(token);
  const user = record ? ctx.store.getUser(record.userId) : undefined;
  if (!record || !user || record.revoked) {
    return fail({ status: 'InvalidToken' });
  }
  if (ctx.now() >= record.expiresAt) {
    fail({ status: 'ExpiredToken' });
  }
  if (user.disabled) {
    fail({ status: 'DisabledUser' });
  }
  return { record, user };
}

/** `client/token/check`: the token's info without the token itself. */
export function checkToken(ctx: EngineContext, token: string): WireTokenInfo {
  const { record, user } = liveToken(ctx, token);
  return toInfo(record, user, ctx.now());
}

/** `client/session/refresh`: a new pair in the same session; the old pair stops working. */
export function refreshSession(ctx: EngineContext, refreshToken: string, userToken: string | undefined): WireFlowCompleteResult {
  const stored = ctx.store.getToken(refreshToken);
  if (stored?.type === 'session' && stored.revoked) {
    revokeSession(ctx, stored.sessionId);
    fail({ status: 'InvalidToken' });
  }
  const { record, user } = liveToken(ctx, refreshToken);
  if (record.type !== 'session') {
    fail({ status: 'InvalidToken' });
  }
  if (userToken !== undefined && ctx.store.getToken(userToken)?.sessionId !== record.sessionId) {
    fail({ status: 'InvalidToken' });
  }
  revokeSession(ctx, record.sessionId);
  return issueSession(
    ctx,
    user,
    { scopes: record.scopes, clientId: record.clientId },
    { id: record.sessionId, createdAt: record.sessionCreatedAt ?? record.createdAt },
  );
}

/** `client/session/logout`: every token of the token's session stops working, expired or not. */
export function logout(ctx: EngineContext, token: string): void {
  const record = ctx.store.getToken(token);
  if (!record || record.revoked) {
    fail({ status: 'InvalidToken' });
  }
  revokeSession(ctx, record.sessionId);
}

/** Every live token of the session stops working. */
export function revokeSession(ctx: EngineContext, sessionId: string): void {
  for (const token of ctx.store.listLiveSessionTokens(sessionId)) {
    ctx.store.putToken({ ...token, revoked: true });
  }
}

// `life` is what is left, in whole seconds, as in the OAS example (172605 of 172800). Only live
// tokens get here, and the OAS's `authn-duration-seconds` has minimum 1, so a token in its last
// second still says 1 rather than 0.
export function toInfo(record: TokenRecord, user: UserRecord, now: number): WireTokenInfo {
  const info: WireTokenInfo = {
    id: record.sessionId,
    type: record.type,
    life: Math.max(1, Math.floor((record.expiresAt - now) / 1000)),
    expire: toIso(record.expiresAt),
    identity: user.id,
    email: user.email ?? '',
    profile: { ...user.profile },
    created_at: toIso(record.createdAt),
    enabled: !user.disabled,
    scopes: [...record.scopes],
  };
  if (record.clientId !== null) {
    info.client_id = record.clientId;
  }
  return info;
}

function toCreds(record: TokenRecord, user: UserRecord, now: number): WireTokenCreds {
  return { token: record.token, ...toInfo(record, user, now) };
}
