import { fromBase64Url, toBase64Url } from './base64.js';
import { toIso } from './clock.js';
import type { EngineContext } from './context.js';
import { failValidation } from './failures.js';
import type { UserRecord } from './records.js';
import type { SessionListBody } from './request-schemas.js';
import { sessionFilter, type SessionFacts, type SessionOrderField } from './session-filter.js';
import { revokeSession, toInfo } from './tokens.js';
import type { WireSessionInfo, WireSessionList } from './wire-types.js';

/**
 * A user's sessions, as `client/session/list` and `client/session/invalidate` see them: a session
 * is listed while its refresh token is live (not revoked, not expired), with its active token if
 * that is live too.
 */

/** The page size when the request names none; the OAS gives no default. */
export const DEFAULT_SESSION_PAGE_SIZE = 20;

interface Listed {
  info: WireSessionInfo;
  facts: SessionFacts;
}

function liveSessions(ctx: EngineContext, user: UserRecord): Listed[] {
  const now = ctx.now();
  const tokens = ctx.store.listLiveUserTokens(user.id).filter((token) => now < token.expiresAt);
  return tokens.flatMap((refresh): Listed[] => {
    if (refresh.type !== 'session') {
      return [];
    }
    const active = tokens.find((token) => token.type === 'user' && token.sessionId === refresh.sessionId);
    const { id, life, expire, identity, email, profile, scopes } = toInfo(refresh, user, now);
    const info: WireSessionInfo = {
      id,
      type: 'session',
      life,
      expire,
      identity,
      email,
      profile,
      created_at: toIso(refresh.sessionCreatedAt ?? refresh.createdAt),
      scopes,
    };
    if (active) {
      info.active_token = toInfo(active, user, now);
    }
    const facts: SessionFacts = {
      ...info,
      username: user.username,
      enabled: !user.disabled,
      active_token_id: info.active_token?.id ?? '',
    };
    return [{ info, facts }];
  });
}

/** Where a page ended: the order it was listed in, and the last session's sort key and id. */
interface Cursor {
  by: SessionOrderField;
  order: 'asc' | 'desc';
  key: string;
  id: string;
}

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * One page of the user's sessions, in a stable order (`order_by`, default `created_at`, then the
 * session id; `order` default `asc`). `last` is an opaque cursor: the next page starts after the
 * session it names, so sessions that end between pages do not shift the pages.
 */
export function listSessions(ctx: EngineContext, user: UserRecord, body: SessionListBody): WireSessionList {
  const holds = body.filter === undefined ? () => true : sessionFilter(body.filter);
  const by = body.order_by ?? 'created_at';
  const order = body.order ?? 'asc';
  const sign = order === 'asc' ? 1 : -1;
  const compare = (a: { key: string; id: string }, b: { key: string; id: string }) =>
    sign * (byCodeUnits(a.key, b.key) || byCodeUnits(a.id, b.id));
  const position = (listed: Listed) => ({ key: listed.facts[by], id: listed.facts.id });
  const sorted = liveSessions(ctx, user)
    .filter((listed) => holds(listed.facts))
    .sort((a, b) => compare(position(a), position(b)));
  // An empty `last` (the OAS allows it; Go's unset string) asks for the first page.
  const after = body.last === undefined || body.last === '' ? undefined : readCursor(body.last, by, order);
  const rest = after === undefined ? sorted : sorted.filter((listed) => compare(position(listed), after) > 0);
  const page = rest.slice(0, body.size ?? DEFAULT_SESSION_PAGE_SIZE);
  const result: WireSessionList = { sessions: page.map((listed) => listed.info) };
  const end = page.at(-1);
  if (end !== undefined && rest.length > page.length) {
    result.last = writeCursor({ by, order, ...position(end) });
  }
  return result;
}

function writeCursor(cursor: Cursor): string {
  return toBase64Url(new TextEncoder().encode(JSON.stringify([cursor.by, cursor.order, cursor.key, cursor.id])));
}

function readCursor(last: string, by: SessionOrderField, order: 'asc' | 'desc'): Cursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(fromBase64Url(last)));
  } catch {
    parsed = undefined;
  }
  if (!Array.isArray(parsed) || parsed.length !== 4 || !parsed.every((part) => typeof part === 'string')) {
    return failValidation([{ code: 'BadFormat', source: '/last', detail: 'last is not a value a previous page gave' }]);
  }
  const [cursorBy, cursorOrder, key, id] = parsed as string[];
  if (cursorBy !== by || cursorOrder !== order || key === undefined || id === undefined) {
    return failValidation([{ code: 'BadState', source: '/last', detail: 'last was given for another order or order_by' }]);
  }
  return { by, order, key, id };
}

/**
 * Ends one of the user's sessions. A session id that is not one of the user's live sessions (never
 * issued, another user's, or ended) is `DoesNotExist` at `/session_id`: the same answer for each,
 * so the call tells nothing about other users' sessions.
 */
export function invalidateSession(ctx: EngineContext, user: UserRecord, sessionId: string): void {
  const now = ctx.now();
  const owned = ctx.store
    .listLiveSessionTokens(sessionId)
    .some((token) => token.userId === user.id && now < token.expiresAt);
  if (!owned) {
    failValidation([{ code: 'DoesNotExist', source: '/session_id', detail: 'session_id is not a session of this user' }]);
  }
  revokeSession(ctx, sessionId);
}

/** Ends every session of the user but `keep` (after a password change). */
export function revokeOtherSessions(ctx: EngineContext, user: UserRecord, keep: string): void {
  const others = new Set(ctx.store.listLiveUserTokens(user.id).map((token) => token.sessionId));
  others.delete(keep);
  for (const sessionId of others) {
    revokeSession(ctx, sessionId);
  }
}
