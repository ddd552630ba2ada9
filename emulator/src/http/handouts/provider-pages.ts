import { SOCIAL_PROVIDERS } from '../../engine/config/types.js';
import type { EngineContext } from '../../engine/context.js';
import { newId } from '../../engine/ids.js';
import { CALLBACK_STATE_PATTERN, EMAIL_PATTERN } from '../../engine/patterns.js';
import type { FlowRecord } from '../../engine/records.js';
import type { EmulatorResponse } from '../types.js';
import { escapeHtml, htmlPage, redirect } from './html.js';
import type { Handout } from './types.js';

/**
 * The fake identity providers the `social` and `saml` choices link to:
 * `GET /__emulator/social/<provider>?redirect_uri=…&state=…` and `GET /__emulator/saml/<pss_…>?…`.
 * With `&email=…` they redirect at once (302) to `<cb_uri>?state=…&code=poc_…`, the code
 * standing for that email; without, they show a one-field sign-in form that does the same.
 *
 * They redirect only to the `cb_uri` of the flow whose offer carries `state`, as a real provider
 * sends its user back only to a registered redirect URI: a `redirect_uri` in the query that is
 * not that one is refused, or the page would hand a code for any email to any site.
 */
export const getSocialPage: Handout = ({ controls, rest, query }) => {
  const provider = SOCIAL_PROVIDERS.find((name) => name === rest);
  if (!provider || !controls.ctx.config.socialProviders.includes(provider)) {
    return textPage(404, `No social provider "${rest}" is enabled`);
  }
  return providerPage(controls.ctx, `social:${provider}`, displayName(provider), query);
};

export const getSamlPage: Handout = ({ controls, rest, query }) => {
  const provider = controls.ctx.config.samlProviders.find((candidate) => candidate.id === rest);
  if (!provider) {
    return textPage(404, `No SAML provider "${rest}" is configured`);
  }
  return providerPage(controls.ctx, `saml:${provider.id}`, provider.name, query);
};

function providerPage(ctx: EngineContext, key: string, name: string, query: URLSearchParams): EmulatorResponse {
  const state = query.get('state') ?? '';
  if (!CALLBACK_STATE_PATTERN.test(state)) {
    return textPage(400, 'state is missing or malformed');
  }
  const flow = flowOfState(ctx, key, state);
  if (!flow) {
    return textPage(400, `state is not that of a sign-in with ${name} in progress`);
  }
  // The same fallback as the offer's link (providerPageUrl), for a flow started without cb_uri.
  const redirectUri = flow.cbUri ?? 'http://localhost';
  const asked = query.get('redirect_uri');
  if (asked !== null && asked !== redirectUri) {
    return textPage(400, 'redirect_uri is not the cb_uri this sign-in was started with');
  }
  const email = query.get('email');
  if (email !== null && EMAIL_PATTERN.test(email)) {
    const now = ctx.now();
    const code = newId('poc', ctx.random);
    ctx.store.putTicket({
      kind: 'provider_code',
      id: code,
      provider: key,
      state,
      email,
      createdAt: now,
      expiresAt: now + ctx.config.codeLifetimeSeconds * 1000,
      used: false,
    });
    const target = new URL(redirectUri);
    target.searchParams.set('state', state);
    target.searchParams.set('code', code);
    return redirect(target.toString());
  }
  const invalid = email !== null ? '<p role="alert">Enter a valid email address.</p>' : '';
  return htmlPage(
    200,
    `Sign in with ${name}`,
    `<h1>Sign in with ${escapeHtml(name)}</h1>
<p class="note">This is the AuthN emulator's stand-in for ${escapeHtml(name)}. Any email works.</p>${invalid}
<form method="get">
<input type="hidden" name="redirect_uri" value="${escapeHtml(redirectUri)}">
<input type="hidden" name="state" value="${escapeHtml(state)}">
<label for="email">Email</label><input id="email" name="email" type="email" autocomplete="email" required>
<button type="submit">Continue</button>
</form>`,
  );
}

/** The live flow whose `key` offer carries `state` (the index settle.ts keeps in the tickets). */
function flowOfState(ctx: EngineContext, key: string, state: string): FlowRecord | undefined {
  const ticket = ctx.store.getTicket(state);
  if (ticket?.kind !== 'provider_state' || ticket.provider !== key) {
    return undefined;
  }
  const flow = ctx.store.getFlow(ticket.flowId);
  return flow && ctx.now() < flow.expiresAt && flow.providerStates[key] === state ? flow : undefined;
}

function displayName(provider: (typeof SOCIAL_PROVIDERS)[number]): string {
  const names: Record<(typeof SOCIAL_PROVIDERS)[number], string> = {
    google: 'Google',
    github: 'GitHub',
    facebook: 'Facebook',
    microsoftonline: 'Microsoft',
    gitlab: 'GitLab',
    linkedin: 'LinkedIn',
  };
  return names[provider];
}

function textPage(status: number, message: string): EmulatorResponse {
  return htmlPage(status, message, `<p>${escapeHtml(message)}</p>`);
}
