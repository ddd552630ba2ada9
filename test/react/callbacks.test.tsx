import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CALLBACK_STORAGE_KEY, createCallbackStore, LINK_CALLBACKS_STORAGE_KEY } from '../../src/core/index.js';
import { errorFixture, FLOW_ID, rawFlowResult, successEnvelope } from '../fixtures/index.js';
import { recordRequests, renderFlow, setupEmulator, STRONG_PASSWORD } from './flow-harness.js';
import { PART_NAMES } from '../../src/react/theme/part-names.js';

/** The parts on screen that `classNames` cannot name: an app could not style them. */
function partsNotNamed(): string[] {
  const named: ReadonlySet<string> = new Set(PART_NAMES);
  return [...document.querySelectorAll<HTMLElement>('[data-scope="authn"][data-part]')]
    .map((element) => element.dataset['part'] ?? '')
    .filter((part) => !named.has(part));
}

const { emulator, server } = setupEmulator();
const CB_URI = 'http://localhost:3000/';
const EMAIL = 'returning@example.com';
const SAML = { id: 'pss_q2bb7gk4cggx6yy3iu7ndjuzmzcpmq3u', name: 'Acme SSO' };
const GOOGLE_STATE = 'pcb_fuuvu46xeqwq4wvhiqxnu5xcodb3dkks';
const CODE = 'poc_3gkkzdwsnq7zvczgyumxbz2dpbaz6glk';

beforeEach(() => {
  // The config outlives `emulator.reset()`: each test starts from the plain password preset.
  emulator.setConfig({ preset: 'password', scryptCost: 2 ** 10 });
});

afterEach(() => {
  sessionStorage.clear();
  localStorage.clear();
  window.history.replaceState(null, '', '/');
});

/** The bodies of the flow calls, in order, to see what a return sent. */
function recordBodies(): { path: string; body: Record<string, unknown> }[] {
  const bodies: { path: string; body: Record<string, unknown> }[] = [];
  server.events.on('request:start', async ({ request }) => {
    const path = new URL(request.url).pathname.replace(/^\/v2\//, '');
    if (request.method === 'POST') {
      bodies.push({ path, body: (await request.clone().json()) as Record<string, unknown> });
    }
  });
  return bodies;
}

/**
 * The fake provider page, as a browser would use it: sign in as `email`, follow nothing, read where
 * the provider sends the user back to.
 */
async function providerReturn(providerUrl: string, email: string): Promise<string> {
  const url = new URL(providerUrl);
  url.searchParams.set('email', email);
  const response = await fetch(url, { redirect: 'manual' });
  const location = response.headers.get('location');
  if (location === null) {
    throw new Error(`the provider page did not redirect (HTTP ${response.status})`);
  }
  return location;
}

/** Leaves for the provider with a click and comes back to `location` on a fresh page. */
async function goAndComeBack(buttonName: string, email: string) {
  const navigate = vi.fn();
  const first = renderFlow(emulator.token, { cbUri: CB_URI, navigate });
  await first.user.click(await screen.findByRole('button', { name: buttonName }));
  expect(navigate).toHaveBeenCalledTimes(1);
  const providerUrl = String(navigate.mock.calls[0]?.[0]);
  expect(sessionStorage.getItem(CALLBACK_STORAGE_KEY)).not.toBeNull();
  first.unmount();

  const location = await providerReturn(providerUrl, email);
  window.history.pushState(null, '', location);
  return location;
}

/** Whole round trips through the emulator, lazy steps included: slower on a busy machine. */
const ROUND_TRIP = { timeout: 15_000 };

describe('social and SAML returns', ROUND_TRIP, () => {
  beforeEach(() => {
    emulator.setConfig({ preset: 'password', scryptCost: 2 ** 10, socialProviders: ['google', 'github'], samlProviders: [SAML] });
  });

  it('resumes the flow from a social return and completes it', async () => {
    const location = await goAndComeBack('Continue with Google', EMAIL);
    expect(location.startsWith(CB_URI)).toBe(true);
    const bodies = recordBodies();

    const { onComplete } = renderFlow(emulator.token, { cbUri: CB_URI });

    expect(await screen.findByRole('heading', { name: "You're signed in" })).toBeInTheDocument();
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(bodies.map(({ path }) => path)).toEqual(['flow/update', 'flow/complete']);
    expect(bodies[0]?.body).toMatchObject({ choice: 'social', data: { social_provider: 'google', uri: location } });
    // Read once, then gone from the address bar: a reload cannot send the spent code again.
    expect(window.location.search).toBe('');
  });

  it('resumes the flow from a SAML return with the provider id and name', async () => {
    const location = await goAndComeBack('Continue with Acme SSO', EMAIL);
    const bodies = recordBodies();

    renderFlow(emulator.token, { cbUri: CB_URI });

    expect(await screen.findByRole('heading', { name: "You're signed in" })).toBeInTheDocument();
    expect(bodies[0]?.body).toMatchObject({
      choice: 'saml',
      data: { provider_id: SAML.id, provider_name: SAML.name, uri: location },
    });
  });

  it('says the return is being finished while the update is on its way', async () => {
    await goAndComeBack('Continue with GitHub', EMAIL);
    renderFlow(emulator.token, { cbUri: CB_URI });
    expect(screen.getByRole('status')).toHaveTextContent('Finishing signing you in…');
    expect(await screen.findByRole('heading', { name: "You're signed in" })).toBeInTheDocument();
  });

  it('shows a return the server refuses on the step it came from, with the way to try again', async () => {
    const navigate = vi.fn();
    const first = renderFlow(emulator.token, { cbUri: CB_URI, navigate });
    await first.user.click(await screen.findByRole('button', { name: 'Continue with Google' }));
    const state = new URL(String(navigate.mock.calls[0]?.[0])).searchParams.get('state') ?? '';
    first.unmount();
    // The right state with a code the provider never issued: the server says no.
    window.history.pushState(null, '', `/?state=${state}&code=poc_neverissuedneverissuedneverissu`);
    const requests = recordRequests(server);
    renderFlow(emulator.token, { cbUri: CB_URI });

    expect(await screen.findByText(/couldn't finish signing in with that link or account/)).toBeInTheDocument();
    expect(screen.getByLabelText('Email')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Continue with Google' })).toBeInTheDocument();
    expect(requests).toEqual(['flow/update', 'flow/update']);
  });
});

describe('email-link returns', ROUND_TRIP, () => {
  beforeEach(() => {
    emulator.setConfig({ preset: 'password', scryptCost: 2 ** 10, emailVerification: true });
  });

  it('resumes verify_email from the link in the outbox and completes', async () => {
    const first = renderFlow(emulator.token, { cbUri: CB_URI });
    await first.user.type(await screen.findByLabelText('Email'), EMAIL);
    await first.user.click(screen.getByRole('button', { name: 'Continue' }));
    await first.user.type(await screen.findByLabelText('Password'), STRONG_PASSWORD);
    await first.user.click(screen.getByRole('button', { name: 'Create account' }));
    const link = await waitFor(() => {
      const mailed = emulator.outbox().find((message) => message.to === EMAIL && message.link !== undefined)?.link;
      expect(mailed).toBeDefined();
      return mailed ?? '';
    });
    const saved = JSON.parse(sessionStorage.getItem(CALLBACK_STORAGE_KEY) ?? 'null') as { entries: unknown[] } | null;
    expect(saved?.entries).toEqual([{ state: new URL(link).searchParams.get('state'), target: { choice: 'verify_email' } }]);
    first.unmount();

    window.history.pushState(null, '', link);
    const bodies = recordBodies();
    const { onComplete } = renderFlow(emulator.token, { cbUri: CB_URI });

    expect(await screen.findByRole('heading', { name: "You're signed in" })).toBeInTheDocument();
    expect(onComplete).toHaveBeenCalledTimes(1);
    const url = new URL(link);
    expect(bodies[0]?.body).toMatchObject({
      choice: 'verify_email',
      data: { state: url.searchParams.get('state'), code: url.searchParams.get('code') },
    });
    expect(window.location.search).toBe('');
  });
});

describe('returns the kit refuses', () => {
  it('refuses a state it did not save, sends nothing, and starts over on request', async () => {
    createCallbackStore().save({
      flowId: FLOW_ID,
      savedAt: Date.now(),
      entries: [{ state: GOOGLE_STATE, target: { choice: 'social', provider: 'google' } }],
    });
    window.history.pushState(null, '', `/?state=pcb_someoneelsessomeoneelsessomeone&code=${CODE}`);
    const requests = recordRequests(server);
    const { user } = renderFlow(emulator.token);

    expect(await screen.findByRole('heading', { name: "We can't use this link" })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent("This link doesn't belong to the sign-in in progress here.");
    expect(requests).toEqual([]);
    expect(window.location.search).toBe('');

    await user.click(screen.getByRole('button', { name: 'Start over' }));
    expect(await screen.findByLabelText('Email')).toBeInTheDocument();
    expect(requests).toEqual(['flow/start']);
  });

  it('says a link this browser saved nothing for was opened in another browser, and where to open it', async () => {
    window.history.pushState(null, '', `/?state=${GOOGLE_STATE}&code=${CODE}`);
    const requests = recordRequests(server);
    renderFlow(emulator.token);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This link was opened in a different browser or on a different device from where you started. Open it there to continue',
    );
    expect(requests).toEqual([]);
  });

  it('refuses a damaged return', async () => {
    window.history.pushState(null, '', `/?state=${GOOGLE_STATE}`);
    renderFlow(emulator.token);
    expect(await screen.findByRole('alert')).toHaveTextContent('This link is incomplete or damaged.');
  });

  it('ignores returns when told to', async () => {
    window.history.pushState(null, '', `/?state=${GOOGLE_STATE}&code=${CODE}`);
    renderFlow(emulator.token, { callbackUrl: false });
    expect(await screen.findByLabelText('Email')).toBeInTheDocument();
    expect(window.location.search).not.toBe('');
  });

  it('starts a new flow, and says so, when the saved flow is gone', async () => {
    createCallbackStore().save({
      flowId: FLOW_ID,
      savedAt: Date.now(),
      entries: [{ state: GOOGLE_STATE, target: { choice: 'social', provider: 'google' } }],
    });
    window.history.pushState(null, '', `/?state=${GOOGLE_STATE}&code=${CODE}`);
    const requests = recordRequests(server);
    renderFlow(emulator.token);

    expect(await screen.findByLabelText('Email')).toBeInTheDocument();
    expect(screen.getByText('That link or sign-in had expired, so we started again.')).toBeInTheDocument();
    expect(requests).toEqual(['flow/update', 'flow/start']);
  });

  it("forgets a link whose flow is gone for every tab, so opening it again sends nothing", async () => {
    createCallbackStore().save({
      flowId: FLOW_ID,
      savedAt: Date.now(),
      entries: [{ state: GOOGLE_STATE, target: { choice: 'magiclink' } }],
    });
    // Opened in a new tab: only the shared record can match.
    sessionStorage.clear();
    const link = `/?state=${GOOGLE_STATE}&code=${CODE}`;
    window.history.pushState(null, '', link);
    const first = renderFlow(emulator.token);
    expect(await screen.findByText('That link or sign-in had expired, so we started again.')).toBeInTheDocument();
    await waitFor(() => expect(localStorage.getItem(LINK_CALLBACKS_STORAGE_KEY) ?? '').not.toContain(FLOW_ID));
    first.unmount();

    sessionStorage.clear();
    window.history.pushState(null, '', link);
    const requests = recordRequests(server);
    renderFlow(emulator.token);
    expect(await screen.findByRole('heading', { name: "We can't use this link" })).toBeInTheDocument();
    expect(requests).toEqual([]);
  });
});

describe('provider errors on return (fixtures: the emulator does not produce them)', () => {
  /** A return whose update fails with `error`, then `polls` answers for the flow's state. */
  function returnTo(error: 'wrong-method' | 'email-mismatch', polls = 1) {
    createCallbackStore().save({
      flowId: FLOW_ID,
      savedAt: Date.now(),
      entries: [{ state: GOOGLE_STATE, target: { choice: 'social', provider: 'google' } }],
    });
    window.history.pushState(null, '', `/?state=${GOOGLE_STATE}&code=${CODE}`);
    const { envelope, httpStatus } = errorFixture(error);
    const poll = () => HttpResponse.json(successEnvelope(rawFlowResult('start-providers')));
    server.use(
      http.post('*/v2/flow/update', () => HttpResponse.json(envelope, { status: httpStatus }), { once: true }),
      ...Array.from({ length: polls }, () => http.post('*/v2/flow/update', poll, { once: true })),
    );
  }

  it('explains the wrong method and continues with the right provider', async () => {
    returnTo('wrong-method');
    const navigate = vi.fn();
    const { user } = renderFlow(emulator.token, { navigate });

    expect(await screen.findByText('This account signs in with GitHub. Continue with GitHub instead.')).toBeInTheDocument();
    // The way forward, beside the message: the provider buttons below offer GitHub too.
    const action = screen.getAllByRole('button', { name: 'Continue with GitHub' }).find(
      (button) => button.dataset['part'] === 'continue-with-provider',
    );
    await user.click(action as HTMLElement);
    expect(navigate).toHaveBeenCalledWith(expect.stringContaining('/__emulator/social/github'));
    expect(partsNotNamed()).toEqual([]);
  });

  it('explains an email mismatch and lets the user select a different method', async () => {
    returnTo('email-mismatch', 2);
    const bodies = recordBodies();
    const { user } = renderFlow(emulator.token);

    expect(await screen.findByText(/doesn't match this account's email/)).toBeInTheDocument();
    expect(partsNotNamed()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Select a different method' }));

    await waitFor(() => expect(screen.queryByText(/doesn't match this account's email/)).toBeNull());
    expect(bodies.at(-1)?.body).toMatchObject({ flow_id: FLOW_ID, choice: '', data: {} });
  });
});
