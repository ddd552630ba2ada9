/**
 * Issue 11 items 3 and 5: what `flow/start` takes from the page (`cb_uri` = its origin, the
 * IdP-initiated SAML ticket of its URL) and what `flow/complete` hands `onComplete`.
 */
import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { rawCompleteResult, successEnvelope } from '../fixtures/index.js';
import { renderFlow, setupEmulator, STRONG_PASSWORD } from './flow-harness.js';

const { emulator, server } = setupEmulator();
const SAML = { id: 'pss_q2bb7gk4cggx6yy3iu7ndjuzmzcpmq3u', name: 'Acme SSO' };
const SOME_TICKET = 'pst_2bcbcnlsowvr4ofyxvcmhpszuxadb6fp';

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

/** The bodies of the `flow/start` calls, in order. */
function recordStarts(): Promise<Record<string, unknown>>[] {
  const starts: Promise<Record<string, unknown>>[] = [];
  server.events.on('request:start', ({ request }) => {
    if (request.url.endsWith('/v2/flow/start')) {
      starts.push(request.clone().json() as Promise<Record<string, unknown>>);
    }
  });
  return starts;
}

/** The emulator's IdP: an unsolicited assertion for `email`, and the link to the kit's page it yields. */
async function idpInitiatedLink(email: string): Promise<{ ticket: string; link: string }> {
  const response = await fetch(new URL('/__emulator/saml/idp-initiated', window.location.origin), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ provider_id: SAML.id, email, cb_uri: window.location.origin }),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as { ticket: string; link: string };
}

describe('the start request', () => {
  it("sends the page's origin as cb_uri when the app gives none", async () => {
    const starts = recordStarts();
    renderFlow(emulator.token);
    expect(await screen.findByLabelText('Email')).toBeInTheDocument();
    const [body] = await Promise.all(starts);
    expect(body).toMatchObject({ cb_uri: window.location.origin });
  });

  it("sends the app's cbUri over the page's origin", async () => {
    const starts = recordStarts();
    renderFlow(emulator.token, { cbUri: 'http://localhost:3000/login/callback' });
    expect(await screen.findByLabelText('Email')).toBeInTheDocument();
    const [body] = await Promise.all(starts);
    expect(body).toMatchObject({ cb_uri: 'http://localhost:3000/login/callback' });
  });
});

describe('an IdP-initiated SAML sign-in', () => {
  it('starts from the ticket in the URL, signs the user in, and takes the ticket off the address bar', async () => {
    emulator.setConfig({ preset: 'password', scryptCost: 2 ** 10, samlProviders: [SAML] });
    const { ticket, link } = await idpInitiatedLink('sso@example.com');
    window.history.pushState(null, '', `${new URL(link).pathname}?next=%2Fhome&saml_idp_initiated_ticket=${ticket}`);
    const starts = recordStarts();

    const { onComplete } = renderFlow(emulator.token);

    await waitFor(() => expect(window.location.search).toBe('?next=%2Fhome'));
    expect(await screen.findByRole('heading', { name: "You're signed in" }, { timeout: 8000 })).toBeInTheDocument();
    await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1));
    const [body] = await Promise.all(starts);
    expect(body).toMatchObject({ saml_idp_initiated_ticket: ticket });
  });

  it("prefers the app's ticket, and leaves the app's URL alone", async () => {
    window.history.pushState(null, '', `/?saml_idp_initiated_ticket=${SOME_TICKET}`);
    const other = 'pst_7777777777777777777777777777777a';
    const starts = recordStarts();

    renderFlow(emulator.token, { samlIdpInitiatedTicket: other });

    await waitFor(() => expect(starts).toHaveLength(1));
    const [body] = await Promise.all(starts);
    expect(body).toMatchObject({ saml_idp_initiated_ticket: other });
    expect(window.location.search).toBe(`?saml_idp_initiated_ticket=${SOME_TICKET}`);
  });

  it('reads no ticket when returns are ignored (`callbackUrl={false}`), nor one out of the ticket pattern', async () => {
    for (const [query, props] of [
      [`?saml_idp_initiated_ticket=${SOME_TICKET}`, { callbackUrl: false as const }],
      ['?saml_idp_initiated_ticket=not-a-ticket', {}],
    ] as const) {
      window.history.replaceState(null, '', `/${query}`);
      const starts = recordStarts();
      const { unmount } = renderFlow(emulator.token, props);
      expect(await screen.findByLabelText('Email')).toBeInTheDocument();
      const [body] = await Promise.all(starts);
      expect(body).not.toHaveProperty('saml_idp_initiated_ticket');
      expect(window.location.search).toBe(query);
      unmount();
      server.events.removeAllListeners();
    }
  });
});

describe('onComplete', () => {
  it('gets the OAuth fields flow/complete carries, beside the tokens', async () => {
    const oauth = {
      client_id: 'psa_wuk7tvtpswyjtlsx52b7yyi2l7zotv4a',
      scope: 'openid profile',
      oauth2_redirect_uri: 'https://app.example/callback',
      oauth2_state: 'xyz-state',
      oauth2_code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
      oauth2_code_challenge_method: 'S256',
      oauth2_nonce: 'n-0S6_WzA2Mj',
      oauth_response_types: ['code'],
    };
    server.use(http.post('*/v2/flow/complete', () => HttpResponse.json(successEnvelope({ ...rawCompleteResult(), ...oauth }, 'Flow completed'))));
    const { user, onComplete } = renderFlow(emulator.token);
    await user.type(await screen.findByLabelText('Email'), 'client@example.com');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.type(await screen.findByLabelText('Password'), STRONG_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1));
    const [result] = onComplete.mock.calls[0] as [Record<string, unknown>];
    expect(result).toMatchObject(oauth);
    expect(result).toMatchObject({ refresh_token: { token: expect.any(String) } });
  });
});
