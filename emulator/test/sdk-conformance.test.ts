import { AuthN, AuthNService, PangeaConfig, PangeaErrors } from 'pangea-node-sdk';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulatorServer, type EmulatorServer } from '../src/node/index.js';
import { GOOD_PASSWORD, testEmulator, TOKEN } from './helpers.js';
import { forEachStore } from './stores.js';

/**
 * The official Node SDK (pangea-node-sdk) as the client. Nothing is bent for it: it gets the
 * emulator's URL as its `baseUrlTemplate` (the SDK's documented way to point at another host; it
 * then calls `<url>/v2/<endpoint>` over plain http) and the emulator's token where production
 * would use a service token.
 */
const CB_URI = 'http://localhost:3000/callback';
const PROFILE = { first_name: 'Sdk', last_name: 'User' };

/** The `everything` preset without the steps the SDK's own loop does not handle (captcha, mail, MFA). */
const SDK_PROJECT = {
  preset: 'everything',
  signupCaptcha: false,
  emailVerification: false,
  mfa: { required: false },
} as const;

const AgreementsDataSchema = v.object({ agreements: v.record(v.string(), v.object({ id: v.string() })) });

function offers(result: AuthN.Flow.Result, choice: string): boolean {
  return result.flow_choices.some((entry) => entry.choice === choice);
}

/** What the SDK throws, for `rejects` checks; fails if it resolves. */
async function sdkError(call: Promise<unknown>): Promise<PangeaErrors.APIError> {
  try {
    await call;
  } catch (error) {
    expect(error).toBeInstanceOf(PangeaErrors.APIError);
    return error as PangeaErrors.APIError;
  }
  throw new Error('The SDK call succeeded; a failure was expected');
}

forEachStore(() => {
  describe('the official Node SDK against the emulator', () => {
    let server: EmulatorServer;
    let authn: AuthNService;

    beforeAll(async () => {
      server = await startEmulatorServer({ port: 0, emulator: testEmulator({ config: SDK_PROJECT }) });
      authn = new AuthNService(TOKEN, new PangeaConfig({ baseUrlTemplate: server.url }));
    });
    afterAll(async () => {
      await server.close();
    });

    /** The SDKs' own sign-up loop (spec §10.1: pangea-javascript tests/integration/authn.test.ts). */
    async function sdkSignUp(email: string) {
      const start = await authn.flow.start({ email, flow_types: [AuthN.FlowType.SIGNUP, AuthN.FlowType.SIGNIN], cb_uri: CB_URI });
      const flowId = start.result.flow_id;
      let result = start.result;
      const seen: string[] = [];
      for (let step = 0; result.flow_phase !== 'phase_completed'; step++) {
        expect(step, `stuck in ${result.flow_phase}`).toBeLessThan(6);
        seen.push(result.flow_phase);
        if (offers(result, 'password')) {
          result = (await authn.flow.update({ flow_id: flowId, choice: AuthN.Flow.Choice.PASSWORD, data: { password: GOOD_PASSWORD } })).result;
        } else if (offers(result, 'profile')) {
          result = (await authn.flow.update({ flow_id: flowId, choice: AuthN.Flow.Choice.PROFILE, data: { profile: PROFILE } })).result;
        } else if (offers(result, 'agreements')) {
          const data = v.parse(AgreementsDataSchema, result.flow_choices.find((entry) => entry.choice === 'agreements')?.data);
          const agreed = Object.values(data.agreements).map((agreement) => agreement.id);
          result = (await authn.flow.update({ flow_id: flowId, choice: AuthN.Flow.Choice.AGREEMENTS, data: { agreed } })).result;
        } else {
          throw new Error(`The SDK loop has no answer for ${result.flow_phase}`);
        }
      }
      const complete = await authn.flow.complete(flowId);
      return { seen, complete };
    }

    async function sdkSignIn(email: string, password = GOOD_PASSWORD) {
      const start = await authn.flow.start({ email, flow_types: [AuthN.FlowType.SIGNIN], cb_uri: CB_URI });
      const done = await authn.flow.update({ flow_id: start.result.flow_id, choice: AuthN.Flow.Choice.PASSWORD, data: { password } });
      expect(done.result.flow_phase).toBe('phase_completed');
      return authn.flow.complete(start.result.flow_id);
    }

    it('runs the SDK sign-up loop through password, profile and agreements, then completes', async () => {
      const { seen, complete } = await sdkSignUp('sdk-signup@example.com');
      expect(seen).toEqual(['phase_primary', 'phase_profile', 'phase_agreements']);
      expect(complete.success).toBe(true);
      expect(complete.request_id).toMatch(/^prq_[a-z2-7]{32}$/);
      expect(complete.gotResponse?.headers.get('x-request-id')).toBe(complete.request_id);
      expect(complete.result.active_token).toMatchObject({ type: 'user', email: 'sdk-signup@example.com', profile: PROFILE });
      expect(complete.result.refresh_token).toMatchObject({ type: 'session', token: expect.stringMatching(/^ptr_/) });
    });

    it('signs in, checks the token, exchanges a login code, refreshes and logs out', async () => {
      await sdkSignUp('sdk-session@example.com');
      const signedIn = await sdkSignIn('sdk-session@example.com');
      const active = signedIn.result.active_token?.token ?? '';

      const check = await authn.client.clientToken.check(active);
      expect(check.result).toMatchObject({ type: 'user', email: 'sdk-session@example.com', identity: expect.stringMatching(/^pui_/) });

      // Hosted login hands the app a `pmc_…` code; the emulator's hand-out plays that part.
      const handout = await fetch(`${server.url}/__emulator/login-code`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'sdk-session@example.com' }),
      });
      const { code } = v.parse(v.object({ code: v.string() }), await handout.json());
      const userinfo = await authn.client.userinfo(code);
      expect(userinfo.result.active_token.email).toBe('sdk-session@example.com');

      const refreshed = await authn.client.session.refresh(userinfo.result.refresh_token.token, { user_token: userinfo.result.active_token.token });
      expect(refreshed.result.active_token?.token).not.toBe(userinfo.result.active_token.token);
      expect(refreshed.result.refresh_token.id).toBe(userinfo.result.refresh_token.id);

      const jwks = await authn.client.jwks();
      expect(jwks.result.keys).toEqual([expect.objectContaining({ kty: 'EC', alg: 'ES256', kid: expect.stringMatching(/^pvi_[a-z2-7]{32}\|1$/) })]);

      const logout = await authn.client.session.logout(active);
      expect(logout.success).toBe(true);
      const afterLogout = await sdkError(authn.client.clientToken.check(active));
      expect(afterLogout.pangeaResponse.status).toBe('InvalidToken');
    });

    it('takes set_email spelt right, and refuses the SDK enum typo set_mail as NotEnumMember', async () => {
      await sdkSignUp('sdk-typo@example.com');
      const start = await authn.flow.start({ flow_types: [AuthN.FlowType.SIGNIN], cb_uri: CB_URI });
      const typo = await sdkError(authn.flow.update({ flow_id: start.result.flow_id, choice: AuthN.Flow.Choice.SET_EMAIL, data: { email: 'sdk-typo@example.com' } }));
      expect(typo).toBeInstanceOf(PangeaErrors.ValidationError);
      expect(typo.errors).toEqual([expect.objectContaining({ code: 'NotEnumMember', source: '/choice' })]);
      // The server value is `set_email` (spec §3); the SDK's enum lacks it, so the string goes in as is.
      const named = await authn.flow.update({ flow_id: start.result.flow_id, choice: 'set_email' as AuthN.Flow.Choice, data: { email: 'sdk-typo@example.com' } });
      expect(named.result.flow_type).toEqual(['signin']);
    });

    it('surfaces failures as the SDK error classes it maps statuses to', async () => {
      await sdkSignUp('sdk-errors@example.com');
      const start = await authn.flow.start({ email: 'sdk-errors@example.com', flow_types: [AuthN.FlowType.SIGNIN], cb_uri: CB_URI });
      const flowId = start.result.flow_id;

      const wrong = await sdkError(authn.flow.update({ flow_id: flowId, choice: AuthN.Flow.Choice.PASSWORD, data: { password: 'Wrong1+password' } }));
      expect(wrong.constructor).toBe(PangeaErrors.APIError);
      expect(wrong.pangeaResponse.status).toBe('AuthenticationFailure');
      expect(wrong.pangeaResponse.gotResponse?.status).toBe(400);

      await authn.flow.restart({ flow_id: flowId, choice: AuthN.Flow.Choice.RESET_PASSWORD, data: {} });
      const tooSoon = await sdkError(authn.flow.restart({ flow_id: flowId, choice: AuthN.Flow.Choice.RESET_PASSWORD, data: {} }));
      expect(tooSoon).toBeInstanceOf(PangeaErrors.RateLimitError);
      expect(tooSoon.pangeaResponse.gotResponse?.headers.get('retry-after')).toMatch(/^\d+$/);

      const unknown = await sdkError(authn.flow.update({ flow_id: 'pfl_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', choice: AuthN.Flow.Choice.PASSWORD, data: { password: 'x' } }));
      expect(unknown).toBeInstanceOf(PangeaErrors.NotFound);

      const invalid = await sdkError(authn.client.clientToken.check('ptu_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'));
      expect(invalid.pangeaResponse.status).toBe('InvalidToken');

      const stranger = new AuthNService('pts_notthetoken', new PangeaConfig({ baseUrlTemplate: server.url }));
      const unauthorized = await sdkError(stranger.flow.start({ email: 'sdk-errors@example.com' }));
      expect(unauthorized).toBeInstanceOf(PangeaErrors.UnauthorizedError);
      expect(unauthorized.pangeaResponse.status).toBe('Unauthorized');

      // The right password still works after all that: failures did not corrupt the flow.
      const done = await authn.flow.update({ flow_id: flowId, choice: AuthN.Flow.Choice.PASSWORD, data: { password: GOOD_PASSWORD } });
      expect(done.result.flow_phase).toBe('phase_completed');
    });
  });
});
