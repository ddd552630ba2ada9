import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CALLBACK_STORAGE_KEY,
  FLOW_CHANNEL_NAME,
  LINK_CALLBACKS_STORAGE_KEY,
  type CallbackRecord,
  type CallbackStorage,
} from '../../src/core/index.js';
import { createUser, recordRequests, renderFlow, setupEmulator, STRONG_PASSWORD, type RenderedFlow } from './flow-harness.js';

/**
 * An emailed link opened in a second tab of the same browser. jsdom has one page, so the tabs take
 * turns: what a new tab has is `localStorage` and the flow channel, not this tab's `sessionStorage`.
 * The other tab's side is played with the API client and a `BroadcastChannel` of the test's own.
 */
const { emulator, server } = setupEmulator();
const EMAIL = 'second-tab@example.com';
const ROUND_TRIP = { timeout: 15_000 };

let listeners: BroadcastChannel[] = [];

beforeEach(() => {
  emulator.setConfig({ preset: 'passwordless', scryptCost: 2 ** 10, passkey: { enabled: false }, socialProviders: [] });
});

afterEach(() => {
  listeners.forEach((channel) => channel.close());
  listeners = [];
  sessionStorage.clear();
  localStorage.clear();
  window.history.replaceState(null, '', '/');
});

/** What the other tabs post on the flow channel, as they arrive. */
function hearOtherTabs(): unknown[] {
  const heard: unknown[] = [];
  const channel = new BroadcastChannel(FLOW_CHANNEL_NAME);
  channel.onmessage = (event: MessageEvent) => heard.push(event.data);
  listeners.push(channel);
  return heard;
}

/** Posts as the tab that opened the link would. */
function postFromOtherTab(flowId: string, done: boolean): void {
  const channel = new BroadcastChannel(FLOW_CHANNEL_NAME);
  listeners.push(channel);
  channel.postMessage({ type: 'link-used', flowId, done, from: 'tab-that-opened-the-link' });
}

function sharedRecords(): CallbackRecord[] {
  return JSON.parse(localStorage.getItem(LINK_CALLBACKS_STORAGE_KEY) ?? '[]') as CallbackRecord[];
}

/** The newest link mailed to EMAIL. */
function mailedLink(): URL {
  const link = emulator.outbox().filter((entry) => entry.to === EMAIL && entry.link !== undefined).at(-1)?.link;
  if (link === undefined) {
    throw new Error(`no link was mailed to ${EMAIL}`);
  }
  return new URL(link);
}

function linkData(link: URL) {
  return { state: link.searchParams.get('state') ?? '', code: link.searchParams.get('code') ?? '' };
}

/** The first tab: asks for a magic link and waits on "Check your email". */
async function askForMagicLink(rendered: RenderedFlow): Promise<{ link: URL; flowId: string }> {
  await rendered.user.type(await screen.findByLabelText('Email'), EMAIL);
  await rendered.user.click(screen.getByRole('button', { name: 'Continue' }));
  await rendered.user.click(await screen.findByRole('button', { name: 'Link by email' }));
  await screen.findByText(`We sent a sign-in link to ${EMAIL}. Open it to continue.`);
  const link = await waitFor(mailedLink);
  const record = sharedRecords().find((saved) => saved.entries.some((entry) => entry.state === link.searchParams.get('state')));
  if (record === undefined) {
    throw new Error('the link was not saved where other tabs read it');
  }
  return { link, flowId: record.flowId };
}

describe('the tab that opens the link', ROUND_TRIP, () => {
  it("resumes the flow from what the first tab saved, completes it, and tells the first tab, without the link's code", async () => {
    const first = renderFlow(emulator.token);
    const { link, flowId } = await askForMagicLink(first);
    expect(localStorage.getItem(LINK_CALLBACKS_STORAGE_KEY)).not.toContain(link.searchParams.get('code'));
    first.unmount();
    // A new tab starts with its own, empty, sessionStorage.
    sessionStorage.clear();
    const heard = hearOtherTabs();
    const requests = recordRequests(server);

    window.history.pushState(null, '', link.href);
    const { onComplete } = renderFlow(emulator.token);

    expect(await screen.findByRole('heading', { name: "You're signed in" })).toBeInTheDocument();
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(requests).toEqual(['flow/update', 'flow/complete']);
    await waitFor(() => expect(heard).toEqual([{ type: 'link-used', flowId, done: true, from: expect.any(String) }]));
    expect(JSON.stringify(heard)).not.toMatch(/poc_|pcb_|ptu_|ptr_/);
    // Completed: no tab can use the link's record any more.
    expect(sharedRecords()).toEqual([]);
    expect(window.location.search).toBe('');
  });

  it('tells the first tab once "Try again" completes a flow whose first completion failed', async () => {
    const first = renderFlow(emulator.token);
    const { link, flowId } = await askForMagicLink(first);
    first.unmount();
    sessionStorage.clear();
    const heard = hearOtherTabs();
    server.use(http.post('*/v2/flow/complete', () => HttpResponse.error(), { once: true }));
    const requests = recordRequests(server);

    window.history.pushState(null, '', link.href);
    const second = renderFlow(emulator.token);
    await second.user.click(await screen.findByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('heading', { name: "You're signed in" })).toBeInTheDocument();
    expect(requests).toEqual(['flow/update', 'flow/complete', 'flow/complete']);
    await waitFor(() => expect(heard).toEqual([{ type: 'link-used', flowId, done: true, from: expect.any(String) }]));
  });

  it('tells no one when the server refuses the link', async () => {
    const first = renderFlow(emulator.token);
    const { link } = await askForMagicLink(first);
    first.unmount();
    sessionStorage.clear();
    const heard = hearOtherTabs();

    link.searchParams.set('code', 'poc_neverissuedneverissuedneverissu');
    window.history.pushState(null, '', link.href);
    renderFlow(emulator.token);

    expect(await screen.findByText(/couldn't finish signing in with that link or account/)).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(heard).toEqual([]);
  });
});

describe('the tab that asked for the link', ROUND_TRIP, () => {
  it('says the sign-in finished in the other tab, and completes nothing itself', async () => {
    const first = renderFlow(emulator.token);
    const { link, flowId } = await askForMagicLink(first);

    // The other tab opens the link, completes the flow, and says so.
    await first.client.flow.update(flowId, 'magiclink', linkData(link));
    await first.client.flow.complete(flowId);
    const requests = recordRequests(server);
    postFromOtherTab(flowId, true);

    const heading = await screen.findByRole('heading', { name: 'Finished in another tab' });
    expect(screen.getByRole('status')).toHaveTextContent('You opened the link in another tab and finished there. You can close this tab.');
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.queryByRole('button', { name: "I've opened the link" })).toBeNull();
    expect(requests).toEqual([]);
    expect(first.onComplete).not.toHaveBeenCalled();
  });

  it('says the flow went on in the other tab, and continues here on request', async () => {
    emulator.setConfig({ preset: 'password', scryptCost: 2 ** 10 });
    const first = renderFlow(emulator.token);
    await createUser(first.client, EMAIL, STRONG_PASSWORD);
    await first.user.type(await screen.findByLabelText('Email'), EMAIL);
    await first.user.click(screen.getByRole('button', { name: 'Continue' }));
    await first.user.click(await screen.findByRole('button', { name: 'Forgot password?' }));
    await screen.findByRole('heading', { name: 'Check your email' });
    const link = await waitFor(mailedLink);
    const flowId = sharedRecords()[0]?.flowId ?? '';

    await first.client.flow.update(flowId, 'reset_password', linkData(link));
    const requests = recordRequests(server);
    postFromOtherTab(flowId, false);

    expect(await screen.findByRole('heading', { name: 'Continue in the other tab' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('You opened the link in another tab. Carry on there, or continue here instead.');
    expect(requests).toEqual([]);

    await first.user.click(screen.getByRole('button', { name: 'Continue here' }));
    expect(await screen.findByRole('heading', { name: 'Password reset required' })).toBeInTheDocument();
    expect(requests).toEqual(['flow/update']);
  });

  it("pays no attention to another flow's link", async () => {
    const first = renderFlow(emulator.token);
    await askForMagicLink(first);
    postFromOtherTab('pfl_someotherflowsomeotherflowsomeo', true);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByRole('heading', { name: 'Check your email' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: "I've opened the link" })).toBeInTheDocument();
  });

  it('keeps the waiting link usable in a new tab after this tab reloads', async () => {
    const first = renderFlow(emulator.token);
    const { link, flowId } = await askForMagicLink(first);
    first.unmount();
    // The reload: the same tab (same sessionStorage) starts a new flow, with no provider buttons.
    const reloaded = renderFlow(emulator.token);
    await screen.findByLabelText('Email');
    // The new flow has answered: with no choice that calls back, it leaves this tab no record.
    await waitFor(() => expect(sessionStorage.getItem(CALLBACK_STORAGE_KEY)).toBeNull());
    expect(sharedRecords().map((record) => record.flowId)).toContain(flowId);
    reloaded.unmount();

    sessionStorage.clear();
    window.history.pushState(null, '', link.href);
    renderFlow(emulator.token);
    expect(await screen.findByRole('heading', { name: "You're signed in" })).toBeInTheDocument();
  });

  it('forgets the waiting link for every tab when the user starts over', async () => {
    const first = renderFlow(emulator.token);
    const { flowId } = await askForMagicLink(first);
    await first.user.click(screen.getByRole('button', { name: 'Change' }));
    await screen.findByLabelText('Email');
    await waitFor(() => expect(sharedRecords().map((record) => record.flowId)).not.toContain(flowId));
  });
});

describe("the app's own callback storage", ROUND_TRIP, () => {
  it('holds the records instead of the browser storages', async () => {
    const items = new Map<string, string>();
    const storage: CallbackStorage = {
      getItem: (key) => items.get(key) ?? null,
      setItem: (key, value) => void items.set(key, value),
      removeItem: (key) => void items.delete(key),
    };
    const first = renderFlow(emulator.token, { callbackStorage: storage });
    await first.user.type(await screen.findByLabelText('Email'), EMAIL);
    await first.user.click(screen.getByRole('button', { name: 'Continue' }));
    await first.user.click(await screen.findByRole('button', { name: 'Link by email' }));
    await screen.findByText(`We sent a sign-in link to ${EMAIL}. Open it to continue.`);

    expect([...items.keys()].sort()).toEqual([CALLBACK_STORAGE_KEY, LINK_CALLBACKS_STORAGE_KEY]);
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
  });
});
