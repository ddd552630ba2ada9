import { describe, expect, it } from 'vitest';
import { createAuthNClient, isAuthNError, type AuthNClient } from '../../../src/core/index.js';
import { CLIENT_TOKEN, FLOW_ID, rawCompleteResult, rawFlowResult } from '../../fixtures/index.js';

/** A client whose every call is answered with this envelope (HTTP 200 unless given). */
function clientAnswering(envelope: unknown, status = 200): AuthNClient {
  return createAuthNClient({
    baseUrl: 'http://localhost:4000/',
    clientToken: CLIENT_TOKEN,
    fetch: async () => new Response(JSON.stringify(envelope), { status, headers: { 'Content-Type': 'application/json' } }),
  });
}

function success(result: unknown): AuthNClient {
  return clientAnswering({ status: 'Success', summary: 'ok', result });
}

async function failureKind(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return 'success';
  } catch (error) {
    return isAuthNError(error) ? error.kind : 'not an AuthNError';
  }
}

type Token = Record<string, unknown>;

function tokens(): { refresh_token: Token; active_token: Token } {
  return rawCompleteResult() as { refresh_token: Token; active_token: Token };
}

/** The loosest token the service may send: only its token, every other field null. */
function loosestToken(token: string): Token {
  return {
    token,
    id: null,
    type: null,
    life: null,
    expire: null,
    identity: null,
    email: null,
    profile: null,
    created_at: null,
    enabled: null,
    scopes: null,
    audience: null,
  };
}

describe('flow/complete, client/userinfo and client/session/refresh: loose token pairs', () => {
  const calls: [string, (client: AuthNClient) => Promise<unknown>][] = [
    ['flow/complete', (client) => client.flow.complete(FLOW_ID)],
    ['client/userinfo', (client) => client.userinfo('pmc_code')],
    ['client/session/refresh', (client) => client.session.refresh('ptr_old')],
  ];

  it.each(calls)('%s: a null active_token is no active token', async (_name, call) => {
    const result = (await call(success({ ...tokens(), active_token: null }))) as { active_token?: unknown };
    expect(result.active_token).toBeUndefined();
  });

  it.each(calls)('%s: an active_token without a token is no active token', async (_name, call) => {
    const { active_token, refresh_token } = tokens();
    const result = (await call(success({ refresh_token, active_token: { ...active_token, token: null } }))) as {
      active_token?: unknown;
    };
    expect(result.active_token).toBeUndefined();
  });

  it.each(calls)('%s: every field but the token may be null', async (_name, call) => {
    const result = await call(success({ refresh_token: loosestToken('ptr_new'), active_token: loosestToken('ptu_new') }));
    expect(result).toMatchObject({
      refresh_token: { token: 'ptr_new', email: '', identity: '', profile: {}, life: 0, expire: '', scopes: undefined },
      active_token: { token: 'ptu_new', email: '', profile: {} },
    });
  });

  it.each(calls)('%s: fails only without a usable refresh token', async (_name, call) => {
    const { active_token, refresh_token } = tokens();
    expect(await failureKind(call(success({ active_token })))).toBe('invalid-response');
    expect(await failureKind(call(success({ active_token, refresh_token: null })))).toBe('invalid-response');
    expect(await failureKind(call(success({ active_token, refresh_token: { ...refresh_token, token: '' } })))).toBe(
      'invalid-response',
    );
  });
});

describe('token information: profile, email and scopes', () => {
  it('writes numbers and booleans of a profile as strings and drops other values', async () => {
    const { refresh_token } = tokens();
    const profile = { first_name: 'Joe', age: 42, newsletter: false, address: { city: 'Lyon' }, tags: ['a'], nickname: null };
    const result = await success({ refresh_token: { ...refresh_token, profile } }).flow.complete(FLOW_ID);
    expect(result.refresh_token.profile).toEqual({ first_name: 'Joe', age: '42', newsletter: 'false' });
  });

  it('reads an absent email as "" (a project whose users sign in with a username)', async () => {
    const { refresh_token, active_token } = tokens();
    delete active_token['email'];
    const result = await success({ refresh_token, active_token }).flow.complete(FLOW_ID);
    expect(result.active_token?.email).toBe('');
  });

  it('reads numeric-string life as a number', async () => {
    const { refresh_token } = tokens();
    const result = await success({ refresh_token: { ...refresh_token, life: '3600' } }).flow.complete(FLOW_ID);
    expect(result.refresh_token.life).toBe(3600);
  });

  it('client/token/check: a token info with null fields is read; a check needs no field to be usable', async () => {
    const { token: _token, ...info } = loosestToken('unused');
    const result = await success({ ...info, identity: 'pui_joe' }).token.check('ptu_active');
    expect(result).toMatchObject({ identity: 'pui_joe', email: '', profile: {}, scopes: undefined, life: 0 });
    expect(await failureKind(success(null).token.check('ptu_active'))).toBe('invalid-response');
  });

  it('client/token/check: scopes sent as a list are kept', async () => {
    const { token: _token, ...info } = tokens().active_token;
    expect((await success({ ...info, scopes: ['openid', null, 'email'] }).token.check('ptu_active')).scopes).toEqual([
      'openid',
      'email',
    ]);
  });
});

describe('flow/complete: the OAuth fields (OAS authn-flow-complete-info)', () => {
  it('types and keeps them', async () => {
    const oauth = {
      client_id: 'psa_client',
      scope: 'openid email',
      oauth2_code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
      oauth2_code_challenge_method: 'S256',
      oauth2_nonce: 'n-0S6_WzA2Mj',
      oauth_response_types: ['code'],
      oauth2_redirect_uri: 'https://app.example/callback',
      oauth2_state: 'af0ifjsldkj',
    };
    const result = await success({ ...tokens(), ...oauth }).flow.complete(FLOW_ID);
    expect(result).toMatchObject(oauth);
  });

  it('reads null OAuth fields as absent, and drops null response types', async () => {
    const result = await success({
      ...tokens(),
      client_id: null,
      scope: null,
      oauth2_state: null,
      oauth_response_types: [null, 'code'],
    }).flow.complete(FLOW_ID);
    expect(result.client_id).toBeUndefined();
    expect(result.scope).toBeUndefined();
    expect(result.oauth2_state).toBeUndefined();
    expect(result.oauth_response_types).toEqual(['code']);
    expect((await success({ ...tokens(), oauth_response_types: null }).flow.complete(FLOW_ID)).oauth_response_types).toBeUndefined();
  });
});

describe('the envelope: null summary and request_id', () => {
  it('reads a success with a null summary and request_id', async () => {
    const client = clientAnswering({ request_id: null, summary: null, status: 'Success', result: rawFlowResult('start-email') });
    expect((await client.flow.start()).flowId).toBe(FLOW_ID);
  });

  it('reads an error with a null summary and request_id as the API error it is', async () => {
    const client = clientAnswering({ request_id: null, summary: null, status: 'AuthenticationFailure', result: null }, 400);
    const error = await client.flow.start().then(
      () => null,
      (cause: unknown) => cause,
    );
    expect(isAuthNError(error) && error.detail).toMatchObject({
      kind: 'api',
      status: 'AuthenticationFailure',
      summary: '',
      requestId: undefined,
    });
  });

  it('reads a ValidationError whose errors are null, or hold nulls', async () => {
    const errorOf = (result: unknown) =>
      clientAnswering({ summary: 'Invalid', status: 'ValidationError', result }, 400)
        .flow.update(FLOW_ID, 'password', { password: 'x' })
        .then(
          () => null,
          (cause: unknown) => cause,
        );
    const none = await errorOf({ errors: null });
    expect(isAuthNError(none) && none.detail.kind === 'api' ? none.detail.fieldErrors : null).toEqual([]);
    const one = await errorOf({ errors: [null, { code: 'Short', detail: 'Too short', source: '/data/password', path: null }] });
    expect(isAuthNError(one) && one.detail.kind === 'api' ? one.detail.fieldErrors : null).toEqual([
      { code: 'Short', detail: 'Too short', source: '/data/password', path: undefined },
    ]);
  });
});

describe('client/jwks', () => {
  it('reads null keys as none, and drops a key without kty', async () => {
    expect((await success({ keys: null }).jwks()).keys).toEqual([]);
    const key = { kty: 'RSA', kid: 'k1', alg: null, n: 'AQAB', e: 'AQAB' };
    expect((await success({ keys: [key, { kid: 'k2' }, null] }).jwks()).keys).toEqual([{ ...key, alg: undefined }]);
  });
});
