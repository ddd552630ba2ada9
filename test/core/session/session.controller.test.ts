import { describe, expect, it } from 'vitest';
import { createSessionController } from '../../../src/core/index.js';
import type { AuthNLogoutResult, SessionTokens } from '../../../src/core/index.js';
import { createWorld, flush, infoOf, offline, statusError, tokenPair } from './session-world.js';

const MARGIN = { refreshMarginMs: 60_000 };

const never = () => new Promise<never>(() => undefined);

/** A world holding `tokens` set by the app, started. */
function signedInWorld(tokens: SessionTokens, options: Parameters<typeof createWorld>[0] = {}) {
  const world = createWorld(options);
  world.controller.start(MARGIN);
  world.controller.setTokens(tokens);
  return world;
}

describe('createSessionController', () => {
  it('holds the tokens it is given and calls nothing, until a refresh is due', async () => {
    const world = createWorld();
    world.controller.start(MARGIN);
    expect(world.state.status).toBe('signed-out');
    const pair = tokenPair(1, { activeLife: 300 });
    world.controller.setTokens(pair);
    expect(world.state).toMatchObject({ status: 'signed-in', tokens: pair, user: { identity: 'pui_joe' } });
    expect(world.stored()).toEqual(pair);
    expect(world.sent()).toEqual([]);
    // 60 s before expiry.
    expect(world.timers()).toEqual([240_000]);
    world.controller.setTokens(null);
    expect(world.state.status).toBe('signed-out');
    expect(world.stored()).toBeNull();
    expect(world.timers()).toEqual([]);
  });

  it('tells its subscribers of each change, with a state that stays the same object in between', () => {
    const world = createWorld();
    const seen: string[] = [];
    world.controller.subscribe(() => seen.push(world.state.status));
    const before = world.controller.getState();
    expect(world.controller.getState()).toBe(before);
    world.controller.setTokens(tokenPair(1));
    world.controller.setTokens(null);
    world.controller.setTokens(null);
    expect(seen).toEqual(['signed-in', 'signed-out']);
  });

  it('checks stored tokens once, however often it is started, and keeps them as they were stored', async () => {
    const pair = tokenPair(1);
    const world = createWorld({ stored: pair });
    expect(world.state.status).toBe('checking');
    expect(world.sent()).toEqual([]);
    const stop = world.controller.start(MARGIN);
    stop();
    world.controller.start(MARGIN);
    expect(world.sent()).toEqual(['check ptu_1']);
    await world.answer('check', { ...infoOf(pair), life: 600 });
    expect(world.state).toMatchObject({ status: 'signed-in', tokens: pair });
    expect(world.writes).toEqual([]);
    expect(world.timers()).toEqual([540_000]);
  });

  it('refreshes a stored pair without an active token instead of checking it', async () => {
    const world = createWorld({ stored: tokenPair(1, { activeLife: null }) });
    world.controller.start(MARGIN);
    expect(world.sent()).toEqual(['refresh ptr_1']);
    expect(world.pending[0]?.userToken).toBeUndefined();
    await world.answer('refresh', tokenPair(2));
    expect(world.state.tokens?.active_token?.token).toBe('ptu_2');
  });

  it('refreshes stored tokens whose active token expired, and stores the new pair', async () => {
    const world = createWorld({ stored: tokenPair(1) });
    world.controller.start(MARGIN);
    await world.fail('check', statusError('ExpiredToken'));
    expect(world.state.status).toBe('refreshing');
    expect(world.sent()).toEqual(['check ptu_1', 'refresh ptr_1']);
    await world.answer('refresh', tokenPair(2));
    expect(world.state).toMatchObject({ status: 'signed-in', error: null });
    expect(world.stored()?.refresh_token.token).toBe('ptr_2');
  });

  it('forgets stored tokens the server no longer knows, storage included', async () => {
    const world = createWorld({ stored: tokenPair(1) });
    world.controller.start(MARGIN);
    await world.fail('check', statusError('DisabledUser'));
    expect(world.state).toMatchObject({ status: 'signed-out', error: { status: 'DisabledUser' } });
    expect(world.stored()).toBeNull();
    expect(world.sent()).toEqual(['check ptu_1']);
  });

  it('refreshes `margin` before expiry, rotating the refresh token, and again for the new pair', async () => {
    const world = signedInWorld(tokenPair(1, { activeLife: 300 }));
    await world.advance(239_000);
    expect(world.sent()).toEqual([]);
    await world.advance(1_000);
    expect(world.sent()).toEqual(['refresh ptr_1']);
    expect(world.pending[0]?.userToken).toBe('ptu_1');
    expect(world.state.status).toBe('refreshing');
    expect(world.timers()).toEqual([]);
    await world.answer('refresh', tokenPair(2, { activeLife: 300 }));
    expect(world.state).toMatchObject({ status: 'signed-in', tokens: { refresh_token: { token: 'ptr_2' } } });
    expect(world.stored()?.refresh_token.token).toBe('ptr_2');
    await world.advance(240_000);
    expect(world.sent()).toEqual(['refresh ptr_1', 'refresh ptr_2']);
  });

  it('refreshes a token shorter-lived than the margin at half its life, not in a loop', async () => {
    const world = signedInWorld(tokenPair(1, { activeLife: 40 }));
    expect(world.timers()).toEqual([20_000]);
  });

  it('runs one refresh at a time: calls made meanwhile share it', async () => {
    const world = signedInWorld(tokenPair(1));
    const calls = [world.controller.refresh(), world.controller.refresh(), world.controller.refresh()];
    expect(world.sent()).toEqual(['refresh ptr_1']);
    let settled = 0;
    calls.forEach((call) => void call.then(() => (settled += 1)));
    await flush();
    expect(settled).toBe(0);
    await world.answer('refresh', tokenPair(2));
    expect(settled).toBe(3);
  });

  it('takes the pair another tab stored instead of spending the held refresh token again', async () => {
    const world = signedInWorld(tokenPair(1));
    world.otherTab(tokenPair(2), false);
    await world.controller.refresh();
    expect(world.sent()).toEqual([]);
    expect(world.state).toMatchObject({ status: 'signed-in', tokens: { refresh_token: { token: 'ptr_2' } } });
  });

  it('signs out when the refresh token was spent, and keeps the tokens while the service is unreachable', async () => {
    const spent = signedInWorld(tokenPair(1));
    void spent.controller.refresh();
    await spent.fail('refresh', statusError('InvalidToken'));
    expect(spent.state).toMatchObject({ status: 'signed-out', tokens: null, error: { status: 'InvalidToken' } });

    const offlineWorld = signedInWorld(tokenPair(1));
    void offlineWorld.controller.refresh();
    await offlineWorld.fail('refresh', offline());
    expect(offlineWorld.state).toMatchObject({ status: 'error', tokens: { refresh_token: { token: 'ptr_1' } }, error: { kind: 'network' } });
    // Tried again 30 s later.
    expect(offlineWorld.timers()).toEqual([30_000]);
    await offlineWorld.advance(30_000);
    expect(offlineWorld.sent()).toEqual(['refresh ptr_1', 'refresh ptr_1']);
  });

  it('drops the answer of a refresh whose pair the app replaced, then refreshes the new pair', async () => {
    const world = signedInWorld(tokenPair(1));
    const first = world.controller.refresh();
    world.controller.setTokens(tokenPair(2));
    // The refresh of the replaced pair is still running: this one's comes after it.
    const second = world.controller.refresh();
    await world.answer('refresh', tokenPair(3));
    await first;
    expect(world.state.tokens?.refresh_token.token).toBe('ptr_2');
    expect(world.stored()?.refresh_token.token).toBe('ptr_2');
    expect(world.sent()).toEqual(['refresh ptr_1', 'refresh ptr_2']);
    await world.answer('refresh', tokenPair(4));
    await second;
    expect(world.state.tokens?.refresh_token.token).toBe('ptr_4');
  });

  it('keeps a timer for a pair set while a refresh of the last one is running', async () => {
    const world = signedInWorld(tokenPair(1, { activeLife: 300 }));
    void world.controller.refresh();
    world.controller.setTokens(tokenPair(2, { activeLife: 300 }));
    await world.advance(240_000);
    await world.answer('refresh', tokenPair(3));
    expect(world.sent()).toEqual(['refresh ptr_1', 'refresh ptr_2']);
  });

  it('logs out: forgets at once, storage included, then revokes the active token', async () => {
    const world = signedInWorld(tokenPair(1));
    let outcome: AuthNLogoutResult | undefined;
    void world.controller.logout().then((result) => (outcome = result));
    expect(world.state).toMatchObject({ status: 'signed-out', tokens: null });
    expect(world.stored()).toBeNull();
    expect(world.timers()).toEqual([]);
    expect(world.sent()).toEqual(['revoke ptu_1']);
    await world.answer('revoke');
    expect(outcome).toEqual({ outcome: 'revoked' });
  });

  it('revokes the pair a refresh in flight brings, not the one it spent', async () => {
    const world = signedInWorld(tokenPair(1));
    void world.controller.refresh();
    const outcome = world.controller.logout();
    expect(world.state.status).toBe('signed-out');
    await world.answer('refresh', tokenPair(2));
    expect(world.state.tokens).toBeNull();
    expect(world.stored()).toBeNull();
    expect(world.sent()).toEqual(['refresh ptr_1', 'revoke ptu_2']);
    await world.answer('revoke');
    expect(await outcome).toEqual({ outcome: 'revoked' });
  });

  it('revokes the pair set last, not the one a refresh still running was for', async () => {
    const world = signedInWorld(tokenPair(1));
    void world.controller.refresh();
    world.controller.setTokens(tokenPair(2));
    void world.controller.logout();
    expect(world.sent()).toEqual(['refresh ptr_1', 'revoke ptu_2']);
  });

  it('revokes the pair another tab rotated to since this one last looked', async () => {
    const world = signedInWorld(tokenPair(1));
    world.otherTab(tokenPair(2), false);
    void world.controller.logout();
    expect(world.sent()).toEqual(['revoke ptu_2']);
  });

  it('refreshes first to log out a pair without a usable active token', async () => {
    const world = signedInWorld(tokenPair(1, { activeLife: 5 }));
    const outcome = world.controller.logout();
    expect(world.sent()).toEqual(['refresh ptr_1']);
    expect(world.pending[0]?.userToken).toBeUndefined();
    await world.answer('refresh', tokenPair(2));
    expect(world.sent()).toEqual(['refresh ptr_1', 'revoke ptu_2']);
    await world.answer('revoke');
    expect(await outcome).toEqual({ outcome: 'revoked' });
  });

  it('reports a failed logout, unless the app signed in again before it failed', async () => {
    const world = signedInWorld(tokenPair(1));
    const failed = world.controller.logout();
    await world.fail('revoke', statusError('InternalError', 500));
    expect(await failed).toMatchObject({ outcome: 'failed', error: { status: 'InternalError' } });
    expect(world.state).toMatchObject({ status: 'signed-out', logoutError: { status: 'InternalError' } });

    world.controller.setTokens(tokenPair(2));
    expect(world.state.logoutError).toBeNull();
    const second = world.controller.logout();
    world.controller.setTokens(tokenPair(3));
    await world.fail('revoke', offline());
    expect((await second).outcome).toBe('failed');
    expect(world.state).toMatchObject({ status: 'signed-in', logoutError: null });
  });

  it('counts InvalidToken on logout as a session ended already, and does nothing when none is held', async () => {
    const world = signedInWorld(tokenPair(1));
    const outcome = world.controller.logout();
    await world.fail('revoke', statusError('InvalidToken'));
    expect(await outcome).toEqual({ outcome: 'already-ended' });
    expect(world.state.logoutError).toBeNull();
    expect(await world.controller.logout()).toEqual({ outcome: 'already-ended' });
    expect(world.sent()).toEqual(['revoke ptu_1']);
  });

  it('follows another tab’s rotation and sign-out through the storage event', () => {
    const world = signedInWorld(tokenPair(1));
    world.otherTab(tokenPair(2), true);
    expect(world.state.tokens?.refresh_token.token).toBe('ptr_2');
    world.otherTab(null, true);
    expect(world.state).toMatchObject({ status: 'signed-out', tokens: null });
    expect(world.sent()).toEqual([]);
  });

  it('without storage, holds the session in memory and ignores storage events', () => {
    const world = signedInWorld(tokenPair(1), { storage: false });
    world.controller.followStorage();
    expect(world.state.status).toBe('signed-in');
    expect(world.writes).toEqual([]);
  });

  it('catches up on a refresh its timer slept through, once the page is seen again', async () => {
    const world = signedInWorld(tokenPair(1, { activeLife: 300 }));
    world.sleep(200_000);
    world.controller.catchUp();
    expect(world.sent()).toEqual([]);
    world.sleep(40_000);
    world.controller.catchUp();
    expect(world.sent()).toEqual(['refresh ptr_1']);
  });

  it('stops its timer when stopped, and starts it again with the new margin', async () => {
    const world = createWorld();
    const stop = world.controller.start(MARGIN);
    world.controller.setTokens(tokenPair(1, { activeLife: 300 }));
    stop();
    expect(world.timers()).toEqual([]);
    world.controller.catchUp();
    await world.advance(300_000);
    expect(world.sent()).toEqual([]);
    world.controller.start({ refreshMarginMs: 0 });
    expect(world.timers()).toEqual([0]);
  });

  it('keeps the session in memory when the storage refuses to write', () => {
    const full = {
      get: () => null,
      set: () => {
        throw new Error('QuotaExceededError');
      },
      remove: () => undefined,
    };
    const world = createWorld();
    const controller = createSessionController({ calls: { checkToken: never, refreshPair: never, revoke: never }, storage: full, clock: world.clock });
    controller.setTokens(tokenPair(1));
    expect(controller.getState()).toMatchObject({ status: 'signed-in', tokens: { refresh_token: { token: 'ptr_1' } } });
  });
});
