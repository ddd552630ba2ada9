import type { EngineContext } from '../context.js';
import { fail } from '../failures.js';
import { jwks, type WireJwk } from '../jwks.js';
import { JwksBodySchema, LogoutBodySchema, RefreshBodySchema, TokenBodySchema, UserinfoBodySchema } from '../request-schemas.js';
import { checkToken, issueSession, logout, refreshSession } from '../tokens.js';
import { parseOrFail } from '../validation.js';
import type { Answer, WireFlowCompleteResult, WireTokenInfo } from '../wire-types.js';

/** `client/token/check {token}`. */
export async function checkTokenRequest(ctx: EngineContext, body: unknown): Promise<Answer<WireTokenInfo>> {
  const input = parseOrFail(TokenBodySchema, body);
  return { summary: 'Token is valid', result: checkToken(ctx, input.token) };
}

/**
 * `client/userinfo {code}`: trades a one-time login code (`pmc_…`, what hosted login redirects
 * back with; here minted by `POST /__emulator/login-code`) for a new session. Unknown code →
 * `InvalidToken`, used → `CodeAlreadyUsed`, expired → `ExpiredToken`.
 */
export async function userinfo(ctx: EngineContext, body: unknown): Promise<Answer<WireFlowCompleteResult>> {
  const input = parseOrFail(UserinfoBodySchema, body);
  const ticket = ctx.store.getTicket(input.code);
  const user = ticket?.kind === 'login_code' ? ctx.store.getUser(ticket.userId) : undefined;
  if (ticket?.kind !== 'login_code' || !user) {
    return fail({ status: 'InvalidToken' });
  }
  if (ticket.used) {
    fail({ status: 'CodeAlreadyUsed' });
  }
  if (ctx.now() >= ticket.expiresAt) {
    fail({ status: 'ExpiredToken' });
  }
  if (user.disabled) {
    fail({ status: 'DisabledUser' });
  }
  ctx.store.putTicket({ ...ticket, used: true });
  return { summary: 'Login code exchanged', result: issueSession(ctx, user, { scopes: [], clientId: null }) };
}

/** `client/session/refresh {refresh_token, user_token?}`. */
export async function refreshRequest(ctx: EngineContext, body: unknown): Promise<Answer<WireFlowCompleteResult>> {
  const input = parseOrFail(RefreshBodySchema, body);
  return { summary: 'Session refreshed', result: refreshSession(ctx, input.refresh_token, input.user_token) };
}

/** `client/session/logout {token}`: a user token only (LogoutBodySchema). */
export async function logoutRequest(ctx: EngineContext, body: unknown): Promise<Answer<Record<string, never>>> {
  const input = parseOrFail(LogoutBodySchema, body);
  logout(ctx, input.token);
  return { summary: 'Logged out', result: {} };
}

/** `client/jwks {}`. */
export async function jwksRequest(ctx: EngineContext, body: unknown): Promise<Answer<{ keys: WireJwk[] }>> {
  parseOrFail(JwksBodySchema, body);
  return { summary: 'JWKS', result: await jwks(ctx) };
}
