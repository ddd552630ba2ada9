import { EMULATOR_CAPTCHA_TOKEN, totpCode, type PresetName } from '../../src/index.js';
import { offered, type RecordingSession, type WalkedFlow } from './session.js';

/**
 * The journeys recorded for each preset: the happy paths a login page goes through, plus the
 * failures it must render (a weak or wrong password, a wrong code, a resend too soon). They run
 * in process on a seeded emulator with a fixed clock, so every run sends the same bytes.
 */
export type Walk = (session: RecordingSession) => Promise<void>;

export const CB_URI = 'http://localhost:3000/callback';
export const PASSWORD = 'My1s+Password';

async function signUpWithPassword(session: RecordingSession, email: string): Promise<{ active: string; refresh: string }> {
  const started = await session.start({ cb_uri: CB_URI, flow_types: ['signup', 'signin'] });
  await session.update(started.flow_id, 'set_email', { email });
  await session.update(started.flow_id, 'password', { password: 'short' }, 'ValidationError');
  await session.update(started.flow_id, 'password', { password: PASSWORD });
  return session.complete(started.flow_id);
}

/** Token check, login-code exchange, refresh, logout, and the JWKS. */
async function exerciseSession(session: RecordingSession, email: string, tokens: { active: string; refresh: string }): Promise<void> {
  await session.call('/v2/client/token/check', { token: tokens.active });
  const { json } = await session.handout('POST', '/__emulator/login-code', { email });
  const code = (json as { code: string }).code;
  await session.call('/v2/client/userinfo', { code });
  await session.call('/v2/client/userinfo', { code }, 'CodeAlreadyUsed');
  const refreshed = (await session.call('/v2/client/session/refresh', { refresh_token: tokens.refresh, user_token: tokens.active }))
    .result as { active_token: { token: string } };
  await session.call('/v2/client/session/logout', { token: refreshed.active_token.token });
  await session.call('/v2/client/token/check', { token: refreshed.active_token.token }, 'InvalidToken');
  await session.call('/v2/client/jwks', {});
}

const passwordWalk: Walk = async (session) => {
  const email = 'joe@example.com';
  const tokens = await signUpWithPassword(session, email);
  await exerciseSession(session, email, tokens);

  const signIn = await session.start({ email, cb_uri: CB_URI, flow_types: ['signin'] });
  await session.update(signIn.flow_id, '');
  await session.update(signIn.flow_id, 'password', { password: 'Wrong1+password' }, 'AuthenticationFailure');
  await session.update(signIn.flow_id, 'password', { password: PASSWORD });
  await session.complete(signIn.flow_id);

  const reset = await session.start({ email, cb_uri: CB_URI });
  await session.restart(reset.flow_id, 'reset_password');
  await session.restart(reset.flow_id, 'reset_password', {}, 'TooManyRequests');
  await session.update(reset.flow_id, 'reset_password', session.lastLink(email));
  await session.update(reset.flow_id, 'set_password', { password: 'New2+Password' });
  await session.complete(reset.flow_id);
};

const passwordlessWalk: Walk = async (session) => {
  const email = 'pat@example.com';
  const started = await session.start({ cb_uri: CB_URI });
  const primary = await session.update(started.flow_id, 'set_email', { email });
  offered(primary, 'email_otp');
  await session.restart(started.flow_id, 'passkey');
  await session.restart(started.flow_id, 'email_otp');
  await session.update(started.flow_id, 'email_otp', { code: wrongCode(session.lastMessage(email).code) }, 'AuthenticationFailure');
  await session.update(started.flow_id, 'email_otp', { code: session.lastMessage(email).code ?? '' });
  await session.complete(started.flow_id);

  const magic = await session.start({ email, cb_uri: CB_URI });
  await session.restart(magic.flow_id, 'magiclink');
  await session.update(magic.flow_id, 'magiclink', session.lastLink(email));
  await session.complete(magic.flow_id);

  const social = await session.start({ cb_uri: CB_URI });
  const offer = socialOffer(social, 'google');
  const page = new URL(offer.redirect_uri);
  page.searchParams.set('email', 'sam@example.com');
  const redirect = await session.handout('GET', `${page.pathname}${page.search}`);
  await session.update(social.flow_id, 'social', { social_provider: 'google', uri: redirect.location ?? '' });
  await session.complete(social.flow_id);

  // Appended, so the numbers above stay: a code resent too soon.
  const resend = await session.start({ email, cb_uri: CB_URI });
  await session.restart(resend.flow_id, 'email_otp');
  await session.restart(resend.flow_id, 'email_otp', {}, 'TooManyRequests');
};

const mfaWalk: Walk = async (session) => {
  const email = 'max@example.com';
  const signUp = await session.start({ email, cb_uri: CB_URI });
  const secondary = await session.update(signUp.flow_id, 'password', { password: PASSWORD });
  const secret = (offered(secondary, 'totp')['totp_secret'] as { secret: string }).secret;
  await session.update(signUp.flow_id, 'totp', { code: wrongCode(totpCode(secret, session.emulator.now())) }, 'AuthenticationFailure');
  await session.update(signUp.flow_id, 'totp', { code: totpCode(secret, session.emulator.now()) });
  await session.complete(signUp.flow_id);

  // A later sign-in is asked for the enrolled TOTP, in the next time step (a step works once).
  session.emulator.advanceClock(30);
  const signIn = await session.start({ email, cb_uri: CB_URI });
  await session.update(signIn.flow_id, 'password', { password: PASSWORD });
  await session.update(signIn.flow_id, 'totp', { code: totpCode(secret, session.emulator.now()) });
  await session.complete(signIn.flow_id);

  const otp = await session.start({ email: 'mo@example.com', cb_uri: CB_URI });
  await session.update(otp.flow_id, 'password', { password: PASSWORD });
  await session.restart(otp.flow_id, 'email_otp');
  await session.update(otp.flow_id, 'email_otp', { code: session.lastMessage('mo@example.com').code ?? '' });
  await session.complete(otp.flow_id);

  // Appended, so the numbers above stay: the TOTP step used by the last sign-in, used again.
  const again = await session.start({ email, cb_uri: CB_URI });
  await session.update(again.flow_id, 'password', { password: PASSWORD });
  await session.update(again.flow_id, 'totp', { code: totpCode(secret, session.emulator.now()) }, 'CodeAlreadyUsed');
};

const everythingWalk: Walk = async (session) => {
  const email = 'eve@example.com';
  const flow = await session.start({ cb_uri: CB_URI, client_id: 'psa_emulatordemoapp22222222222222222' });
  await session.update(flow.flow_id, 'set_email', { email });
  await session.update(flow.flow_id, 'password', { password: PASSWORD });
  await session.update(flow.flow_id, 'captcha', { code: EMULATOR_CAPTCHA_TOKEN });
  await session.update(flow.flow_id, 'profile', { profile: { last_name: 'Ng' } }, 'ValidationError');
  await session.update(flow.flow_id, 'profile', { profile: { first_name: 'Eve', last_name: 'Ng' } });
  await session.restart(flow.flow_id, 'verify_email');
  await session.update(flow.flow_id, '');
  const secondary = await session.update(flow.flow_id, 'verify_email', session.lastLink(email));
  const secret = (offered(secondary, 'totp')['totp_secret'] as { secret: string }).secret;
  const agreements = await session.update(flow.flow_id, 'totp', { code: totpCode(secret, session.emulator.now()) });
  const ids = Object.keys(offered(agreements, 'agreements')['agreements'] as Record<string, unknown>);
  for (const id of ids) {
    await session.update(flow.flow_id, 'agreements', { agreed: [id] });
  }
  await session.update(flow.flow_id, 'oauth_consent', {
    scope_selections: [
      { scope: 'openid', is_allowed: true },
      { scope: 'profile', is_allowed: false },
    ],
  });
  const tokens = await session.complete(flow.flow_id);
  await session.call('/v2/client/token/check', { token: tokens.active });

  const sms = await session.start({ email: 'sid@example.com', cb_uri: CB_URI });
  await session.restart(sms.flow_id, 'sms_otp', {}, 'ValidationError');
  await session.update(sms.flow_id, 'set_phone', { phone: '+1-808-555-0173' });
  await session.restart(sms.flow_id, 'sms_otp');
  await session.update(sms.flow_id, 'sms_otp', { code: session.lastMessage('+18085550173').code ?? '' });

  // Appended, so the numbers above stay: back from the SAML provider's page.
  const saml = await session.start({ cb_uri: CB_URI });
  const provider = offered(saml, 'saml') as { provider_id: string; provider_name: string; redirect_uri: string };
  const samlPage = new URL(provider.redirect_uri);
  samlPage.searchParams.set('email', 'sal@example.com');
  const samlReturn = await session.handout('GET', `${samlPage.pathname}${samlPage.search}`);
  await session.update(saml.flow_id, 'saml', {
    provider_id: provider.provider_id,
    provider_name: provider.provider_name,
    uri: samlReturn.location ?? '',
  });
};

export const WALKS: Readonly<Record<PresetName, Walk>> = {
  password: passwordWalk,
  passwordless: passwordlessWalk,
  mfa: mfaWalk,
  everything: everythingWalk,
};

/** Another 6-digit code than `code`. */
function wrongCode(code: string | undefined): string {
  return code === '000000' ? '111111' : '000000';
}

function socialOffer(flow: WalkedFlow, provider: string): { redirect_uri: string } {
  const entry = flow.flow_choices.find((candidate) => candidate.choice === 'social' && candidate.data['social_provider'] === provider);
  if (!entry) {
    throw new Error(`No ${provider} offer`);
  }
  return entry.data as { redirect_uri: string };
}
