import { describe, expect, it } from 'vitest';
import { apiErrorOf as apiError } from '../../fixtures/index.js';
import { AuthNError, withUserToken } from '../../../src/core/index.js';
import type { UserTokenSource } from '../../../src/core/index.js';


/** A token source that counts its refreshes, handing out `fresh` (or `null`: the session is over). */
function source(current: string | null, fresh: string | null | 'no refresh' = 'ptu_fresh') {
  const refreshes: string[] = [];
  const tokens: UserTokenSource = {
    current: () => current,
    refresh:
      fresh === 'no refresh'
        ? undefined
        : async () => {
            refreshes.push(fresh ?? 'null');
            return fresh;
          },
  };
  return { tokens, refreshes };
}

/** A call that answers each token it is sent with the next of `answers` (an error is thrown). */
function call(...answers: (string | Error)[]) {
  const sent: string[] = [];
  const run = async (token: string): Promise<string> => {
    sent.push(token);
    const answer = answers[sent.length - 1] ?? new Error('called once too often');
    if (answer instanceof Error) {
      throw answer;
    }
    return answer;
  };
  return { run, sent };
}

describe('withUserToken', () => {
  it('makes one call with a good token, and refreshes nothing', async () => {
    const { tokens, refreshes } = source('ptu_held');
    const { run, sent } = call('changed');
    expect(await withUserToken(tokens, run)).toEqual({ ended: false, value: 'changed' });
    expect(sent).toEqual(['ptu_held']);
    expect(refreshes).toEqual([]);
  });

  it('refreshes first when no token is held', async () => {
    const { tokens, refreshes } = source(null);
    const { run, sent } = call('changed');
    expect(await withUserToken(tokens, run)).toEqual({ ended: false, value: 'changed' });
    expect(refreshes).toEqual(['ptu_fresh']);
    expect(sent).toEqual(['ptu_fresh']);
  });

  it.each(['ExpiredToken', 'InvalidToken'])('refreshes on %s and tries exactly once more with the new token', async (status) => {
    const { tokens, refreshes } = source('ptu_held');
    const { run, sent } = call(apiError(status), 'changed');
    expect(await withUserToken(tokens, run)).toEqual({ ended: false, value: 'changed' });
    expect(refreshes).toHaveLength(1);
    expect(sent).toEqual(['ptu_held', 'ptu_fresh']);
  });

  it('ends the session when the refreshed token is refused too, without a third call', async () => {
    const { tokens, refreshes } = source('ptu_held');
    const { run, sent } = call(apiError('ExpiredToken'), apiError('InvalidToken'), 'never');
    expect(await withUserToken(tokens, run)).toEqual({ ended: true });
    expect(sent).toEqual(['ptu_held', 'ptu_fresh']);
    expect(refreshes).toHaveLength(1);
  });

  it('ends the session when a token refreshed at first is refused', async () => {
    const { tokens, refreshes } = source(null);
    const { run, sent } = call(apiError('InvalidToken'), 'never');
    expect(await withUserToken(tokens, run)).toEqual({ ended: true });
    expect(sent).toEqual(['ptu_fresh']);
    expect(refreshes).toHaveLength(1);
  });

  it('ends the session when there is no way to refresh', async () => {
    const { tokens } = source('ptu_bare', 'no refresh');
    const { run, sent } = call(apiError('ExpiredToken'), 'never');
    expect(await withUserToken(tokens, run)).toEqual({ ended: true });
    expect(sent).toEqual(['ptu_bare']);
    const none = call('never');
    expect(await withUserToken(source(null, 'no refresh').tokens, none.run)).toEqual({ ended: true });
    expect(none.sent).toEqual([]);
  });

  it('ends the session when the refresh finds it over', async () => {
    const { tokens, refreshes } = source('ptu_held', null);
    const { run, sent } = call(apiError('ExpiredToken'), 'never');
    expect(await withUserToken(tokens, run)).toEqual({ ended: true });
    expect(sent).toEqual(['ptu_held']);
    expect(refreshes).toEqual(['null']);
    const none = call('never');
    expect(await withUserToken(source(null, null).tokens, none.run)).toEqual({ ended: true });
    expect(none.sent).toEqual([]);
  });

  it.each([
    ['a ValidationError', apiError('ValidationError')],
    ['a wrong password', apiError('AuthenticationFailure')],
    ['an unreachable service', new AuthNError({ kind: 'network', cause: new TypeError('Failed to fetch') })],
    ['a non-AuthN error', new TypeError('boom')],
  ])('rethrows %s, neither refreshing nor trying again', async (_name, error) => {
    const { tokens, refreshes } = source('ptu_held');
    const { run, sent } = call(error, 'never');
    await expect(withUserToken(tokens, run)).rejects.toBe(error);
    expect(sent).toEqual(['ptu_held']);
    expect(refreshes).toEqual([]);
  });

  it('rethrows what the call throws after a refresh, too', async () => {
    const error = apiError('ValidationError');
    const { tokens } = source('ptu_held');
    const { run, sent } = call(apiError('ExpiredToken'), error, 'never');
    await expect(withUserToken(tokens, run)).rejects.toBe(error);
    expect(sent).toEqual(['ptu_held', 'ptu_fresh']);
  });
});
