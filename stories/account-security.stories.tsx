import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, getResponse, http, HttpResponse, type HttpHandler } from 'msw';
import { expect, waitFor, within } from 'storybook/test';
import { AccountSecurity, AuthNProvider, createAuthNClient, type AccountSecurityProps, type SessionTokens } from '../src/index.js';
import type { MessageKey } from '../src/react/i18n/message-types.js';
import { messages as arabic } from '../src/locales/ar.js';
import { createEmulator, createEmulatorHandlers } from '@authn-flow-kit/emulator';
import { catalogOf, containing, type StoryText } from './support/catalog.js';

/**
 * `<AccountSecurity>` against the emulator in the page, behind MSW: each story signs a user in on
 * one or more devices (a loader), gives the panel the newest device's token, and drives the panel
 * into its state as the user would. A story's own handlers come before the emulator's: they hold a
 * call, fail it, or let it through.
 */
const emulator = createEmulator({ config: { scryptCost: 2 ** 12 } });
const client = createAuthNClient({ baseUrl: '/', clientToken: emulator.token });

const EMAIL = 'account@example.com';
const PASSWORD = 'Story-passw0rd';
const NEW_PASSWORD = 'N3w-Story-passw0rd!';

/** The account calls the panel sent in this story, by path (`client/session/list`). */
const sent = new Map<string, number>();
const sentTo = (path: string) => sent.get(path) ?? 0;

/** Counts each account call, then lets it on to the next handler. */
const recorder = http.post('*/v2/client/*', ({ request }) => {
  const path = new URL(request.url).pathname.replace(/^.*\/v2\//, '');
  sent.set(path, sentTo(path) + 1);
});

/** The story's handlers: the recorder, then `overrides`, then the emulator. */
function handlers(...overrides: HttpHandler[]): { msw: { handlers: HttpHandler[] } } {
  return { msw: { handlers: [recorder, ...overrides, ...createEmulatorHandlers(emulator)] } };
}

/** `path` never answers: the call stays in flight while the story is shown. */
const held = (path: string) =>
  http.post(`*/v2/${path}`, async () => {
    await delay('infinite');
  });

/** `path` answers HTTP 500, after the first `passing` calls went through to the emulator. */
function failing(path: string, passing = 0) {
  let calls = 0;
  return http.post(`*/v2/${path}`, () => {
    calls += 1;
    return calls <= passing
      ? undefined
      : HttpResponse.json({ status: 'InternalError', summary: 'The service failed', result: null }, { status: 500 });
  });
}

/** `client/session/list` as a service that sends no dates answers it: no `created_at`, no `expire`. */
const undatedList = http.post('*/v2/client/session/list', async ({ request }) => {
  const answer = await getResponse(createEmulatorHandlers(emulator), request);
  if (answer === undefined) {
    throw new Error('The emulator did not answer client/session/list');
  }
  const envelope = (await answer.json()) as { result?: { sessions?: Record<string, unknown>[] } | null };
  const sessions = (envelope.result?.sessions ?? []).map(({ created_at: _created, expire: _expire, active_token, ...session }) => {
    const { expire: _tokenExpire, ...token } = (active_token ?? {}) as Record<string, unknown>;
    return { ...session, active_token: token };
  });
  return HttpResponse.json({ ...envelope, result: envelope.result && { ...envelope.result, sessions } }, { status: answer.status });
});

async function signIn(): Promise<SessionTokens> {
  const started = await client.flow.start({ email: EMAIL });
  const updated = await client.flow.update(started.flowId, 'password', { password: PASSWORD });
  return client.flow.complete(updated.flowId);
}

interface Loaded {
  /** The panel's token: the newest device's. */
  token?: string;
  /** The other devices' tokens, oldest first. */
  others?: string[];
}

/** A loader: a fresh emulator with the user signed in on `devices` devices; `revoked` ends the newest's session. */
function signedInOn(devices: number, { revoked = false } = {}) {
  return async (): Promise<Loaded> => {
    emulator.reset();
    const tokens: string[] = [];
    for (let device = 0; device < devices; device++) {
      tokens.push((await signIn()).active_token?.token ?? '');
    }
    const token = tokens.pop() ?? '';
    if (revoked) {
      await client.session.logout(token);
    }
    return { token, others: tokens };
  };
}

function AccountStory(props: AccountSecurityProps) {
  return (
    <AuthNProvider client={client}>
      <AccountSecurity {...props} />
    </AuthNProvider>
  );
}

const meta = {
  title: 'Session/AccountSecurity (emulator)',
  component: AccountStory,
  parameters: handlers(),
  render: (args, { loaded }) => <AccountStory {...args} token={(loaded as Loaded).token} />,
  // After the loaders: only the panel's own calls count.
  beforeEach: () => {
    sent.clear();
  },
} satisfies Meta<typeof AccountStory>;

export default meta;
type Story = StoryObj<typeof meta>;
type Canvas = ReturnType<typeof within>;
type User = Parameters<NonNullable<Story['play']>>[0]['userEvent'];

/** What `key` shows for any `name` value, that value captured: "Signed in {date}" reads back its date. */
function withAnyValue(t: StoryText, key: MessageKey, name: string): RegExp {
  const marker = '\u0000';
  const [before = '', after = ''] = t(key, { [name]: marker }).split(marker);
  return new RegExp(`^${containing(before).source}(.+)${containing(after).source}$`, 'u');
}

/** The sessions section, once it lists `count` sessions. */
async function sessionsListed(canvas: Canvas, t: StoryText, count: number) {
  const region = await canvas.findByRole('region', { name: t('account.sessions.heading') });
  await waitFor(() => expect(within(region).getAllByRole('listitem')).toHaveLength(count), { timeout: 5000 });
  const items = within(region).getAllByRole('listitem');
  const isCurrent = (item: HTMLElement) => within(item).queryByText(t('account.sessions.current')) !== null;
  return { region, items, others: items.filter((item) => !isCurrent(item)) };
}

/** When an other session was signed in, as its item says (in the page's own spaces, for its button's name). */
function startedOf(t: StoryText, item: HTMLElement): string {
  const started = withAnyValue(t, 'account.sessions.started', 'date');
  const hint = within(item).getByText(started);
  return started.exec((hint.textContent ?? '').trim())?.[1] ?? '';
}

function passwordFields(canvas: Canvas, t: StoryText) {
  return {
    current: canvas.getByLabelText(t('account.password.current'), { selector: 'input' }),
    next: canvas.getByLabelText(t('account.password.new'), { selector: 'input' }),
    submit: canvas.getByRole('button', { name: t('account.password.submit') }),
  };
}

async function changePassword(canvas: Canvas, user: User, t: StoryText, current: string, next: string) {
  await canvas.findByLabelText(t('account.password.current'), { selector: 'input' });
  const fields = passwordFields(canvas, t);
  await user.type(fields.current, current);
  await user.type(fields.next, next);
  await user.click(fields.submit);
  return fields;
}

/** Asks to sign out of the first other session; returns its item and when it was signed in. */
async function requestSignOutOfOne(canvas: Canvas, user: User, t: StoryText) {
  const { region, others } = await sessionsListed(canvas, t, 3);
  const item = others[0] as HTMLElement;
  const started = startedOf(t, item);
  const button = within(item).getByRole('button', { name: t('account.sessions.signOutLabel', { date: started }) });
  await user.click(button);
  return { region, item, button, started };
}

/** The sign-out's confirmation, in the list under the button that asked. */
function confirmation(canvas: Canvas, t: StoryText) {
  return canvas.findByRole('group', { name: t('account.sessions.signOut') });
}

async function confirm(canvas: Canvas, user: User, t: StoryText) {
  await user.click(within(await confirmation(canvas, t)).getByRole('button', { name: t('account.sessions.confirm.yes') }));
}

// Sessions

/** This device first and marked, two others each with its own "Sign out", and the password form. */
export const Ready: Story = {
  loaders: [signedInOn(3)],
  play: async ({ canvas, ...context }) => {
    const t = catalogOf(context);
    await expect(await canvas.findByRole('heading', { name: t('account.heading') })).toBeVisible();
    const { region, items, others } = await sessionsListed(canvas, t, 3);
    await expect(items[0]).toHaveTextContent(t('account.sessions.current'));
    await expect(within(items[0] as HTMLElement).queryByRole('button')).toBeNull();
    await expect(others).toHaveLength(2);
    for (const item of others) {
      await expect(item).toHaveTextContent(t('account.sessions.other'));
      await expect(within(item).getByRole('button', { name: t('account.sessions.signOutLabel', { date: startedOf(t, item) }) })).toBeVisible();
    }
    await expect(within(region).getByRole('button', { name: t('account.sessions.signOutOthers') })).toBeVisible();
    await expect(region).toHaveAttribute('aria-busy', 'false');
    const { current, next } = passwordFields(canvas, t);
    await expect(current).toHaveAttribute('autocomplete', 'current-password');
    await expect(next).toHaveAttribute('autocomplete', 'new-password');
  },
};

/** No token: the panel says to sign in, and calls nothing. */
export const SignedOut: Story = {
  play: async ({ canvas, ...context }) => {
    const t = catalogOf(context);
    await expect(await canvas.findByText(t('account.signedOut'))).toBeVisible();
    await expect(canvas.queryByRole('region', { name: t('account.sessions.heading') })).toBeNull();
    await expect(canvas.queryByLabelText(t('account.password.current'), { selector: 'input' })).toBeNull();
    await expect([...sent.keys()]).toEqual([]);
  },
};

/** The token was revoked (signed out elsewhere): the session has ended, and nothing else is offered. */
export const Ended: Story = {
  loaders: [signedInOn(1, { revoked: true })],
  play: async ({ canvas, ...context }) => {
    const t = catalogOf(context);
    await expect(await canvas.findByText(t('account.ended'))).toHaveAttribute('role', 'alert');
    await expect(canvas.queryByRole('region', { name: t('account.sessions.heading') })).toBeNull();
    await expect(canvas.queryByLabelText(t('account.password.current'), { selector: 'input' })).toBeNull();
  },
};

/** A bare token is being checked: the panel says so, politely, and shows neither the form nor the sessions yet. */
export const CheckingToken: Story = {
  loaders: [signedInOn(3)],
  parameters: handlers(held('client/token/check')),
  play: async ({ canvas, canvasElement, ...context }) => {
    const t = catalogOf(context);
    await expect(await canvas.findByText(t('account.checking'))).toHaveAttribute('role', 'status');
    await expect(canvasElement.querySelector('[data-part="account-security"]')).toHaveAttribute('data-state', 'checking');
    await expect(canvas.queryByRole('region', { name: t('account.sessions.heading') })).toBeNull();
    await expect(canvas.queryByLabelText(t('account.password.current'), { selector: 'input' })).toBeNull();
    await expect(sentTo('client/session/list')).toBe(0);
  },
};

/**
 * The token's check answers 500 (after the client's own retries): the password form works, the
 * sessions say they could not be read, and "Try again" checks the token again.
 */
export const CheckFailed: Story = {
  loaders: [signedInOn(3)],
  parameters: handlers(failing('client/token/check')),
  play: async ({ canvas, userEvent, ...context }) => {
    const t = catalogOf(context);
    const region = await canvas.findByRole('region', { name: t('account.sessions.heading') }, { timeout: 10_000 });
    const retry = await within(region).findByRole('button', { name: t('account.sessions.retry') });
    await expect(within(region).getByRole('alert')).toHaveTextContent(`${t('account.sessions.loadFailed')} ${t('error.server')}`);
    await expect(canvas.getByLabelText(t('account.password.current'), { selector: 'input' })).toBeEnabled();
    const before = sentTo('client/token/check');
    await userEvent.click(retry);
    await waitFor(() => expect(sentTo('client/token/check')).toBeGreaterThan(before));
  },
};

/** The list is on its way: the section says so and is busy; the password form already works. */
export const LoadingSessions: Story = {
  loaders: [signedInOn(3)],
  parameters: handlers(held('client/session/list')),
  play: async ({ canvas, ...context }) => {
    const t = catalogOf(context);
    const region = await canvas.findByRole('region', { name: t('account.sessions.heading') });
    await expect(await within(region).findByText(t('account.sessions.loading'))).toHaveAttribute('role', 'status');
    await expect(region).toHaveAttribute('aria-busy', 'true');
    await expect(within(region).queryByRole('listitem')).toBeNull();
    await expect(within(region).queryByRole('button', { name: t('account.sessions.signOutOthers') })).toBeNull();
    await expect(canvas.getByLabelText(t('account.password.current'), { selector: 'input' })).toBeEnabled();
  },
};

/** The list answers 500 (after the client's own retries): the error, and "Try again", which asks again. */
export const SessionsFailed: Story = {
  loaders: [signedInOn(3)],
  parameters: handlers(failing('client/session/list')),
  play: async ({ canvas, userEvent, ...context }) => {
    const t = catalogOf(context);
    const region = await canvas.findByRole('region', { name: t('account.sessions.heading') });
    const retry = await within(region).findByRole('button', { name: t('account.sessions.retry') }, { timeout: 10_000 });
    await expect(within(region).getByRole('alert')).toHaveTextContent(`${t('account.sessions.loadFailed')} ${t('error.server')}`);
    await expect(within(region).queryByRole('listitem')).toBeNull();
    const before = sentTo('client/session/list');
    await userEvent.click(retry);
    await waitFor(() => expect(sentTo('client/session/list')).toBeGreaterThan(before));
  },
};

/** One session a page: "Show more sessions" reads the next page. */
export const MoreSessions: Story = {
  loaders: [signedInOn(3)],
  args: { pageSize: 1 },
  play: async ({ canvas, userEvent, ...context }) => {
    const t = catalogOf(context);
    const { region } = await sessionsListed(canvas, t, 1);
    await userEvent.click(within(region).getByRole('button', { name: t('account.sessions.more') }));
    await sessionsListed(canvas, t, 2);
    // A third session remains on the server.
    await expect(within(region).getByRole('button', { name: t('account.sessions.more') })).toBeVisible();
    await expect(within(region).queryByText(t('account.sessions.onlyThis'))).toBeNull();
  },
};

// Password

/** Both fields empty: each says what it needs, focus goes to the first, and nothing is sent. */
export const RequiredErrors: Story = {
  loaders: [signedInOn(1)],
  play: async ({ canvas, userEvent, ...context }) => {
    const t = catalogOf(context);
    await sessionsListed(canvas, t, 1);
    const { current, next, submit } = passwordFields(canvas, t);
    await userEvent.click(submit);
    await expect(current).toHaveAttribute('aria-invalid', 'true');
    await expect(current).toHaveAccessibleDescription(containing(t('account.password.error.currentRequired')));
    await expect(next).toHaveAttribute('aria-invalid', 'true');
    await expect(next).toHaveAccessibleDescription(containing(t('password.error.required')));
    await waitFor(() => expect(current).toHaveFocus());
    await expect(sentTo('client/password/change')).toBe(0);
  },
};

/** A new password short of the policy: the checklist says what is missing, and nothing is sent. */
export const PolicyRefused: Story = {
  loaders: [signedInOn(1)],
  play: async ({ canvas, userEvent, ...context }) => {
    const t = catalogOf(context);
    const { next } = await changePassword(canvas, userEvent, t, PASSWORD, 'short');
    await expect(next).toHaveAttribute('aria-invalid', 'true');
    await expect(next).toHaveAccessibleDescription(containing(t('password.error.policy')));
    await expect(sentTo('client/password/change')).toBe(0);
  },
};

/**
 * The app's `passwordPolicy` is looser than the project's: the service refuses the new password,
 * and the form says so on that field, the current password kept.
 */
export const PolicyRefusedByService: Story = {
  loaders: [signedInOn(1)],
  args: { passwordPolicy: { chars_min: 8, lower_min: 1, upper_min: 0, number_min: 0, punct_min: 0 } },
  play: async ({ canvas, userEvent, ...context }) => {
    const t = catalogOf(context);
    const { current, next } = await changePassword(canvas, userEvent, t, PASSWORD, 'lowercase only');
    await waitFor(() => expect(next).toHaveAttribute('aria-invalid', 'true'));
    await expect(next).toHaveAccessibleDescription(containing(t('password.error.policy')));
    await expect(current).toHaveValue(PASSWORD);
    await expect(sentTo('client/password/change')).toBe(1);
  },
};

/** The current password is wrong (`AuthenticationFailure`): that field says so and is emptied; the new one stays. */
export const WrongCurrent: Story = {
  loaders: [signedInOn(1)],
  play: async ({ canvas, userEvent, ...context }) => {
    const t = catalogOf(context);
    const { current, next } = await changePassword(canvas, userEvent, t, 'Not-the-passw0rd', NEW_PASSWORD);
    await waitFor(() => expect(current).toHaveAccessibleDescription(containing(t('account.password.error.currentWrong'))));
    await expect(current).toHaveAttribute('aria-invalid', 'true');
    await expect(current).toHaveValue('');
    await expect(current).toHaveFocus();
    await expect(next).toHaveValue(NEW_PASSWORD);
  },
};

/** The change is in flight: the button says so and refuses a second submit. */
export const Saving: Story = {
  loaders: [signedInOn(1)],
  parameters: handlers(held('client/password/change')),
  play: async ({ canvas, userEvent, ...context }) => {
    const t = catalogOf(context);
    const { current } = await changePassword(canvas, userEvent, t, PASSWORD, NEW_PASSWORD);
    const pending = await canvas.findByRole('button', { name: t('account.password.submitPending') });
    await expect(pending).toHaveAttribute('aria-disabled', 'true');
    await expect(current.closest('form')).toHaveAttribute('aria-busy', 'true');
    await userEvent.click(pending);
    await expect(sentTo('client/password/change')).toBe(1);
  },
};

/** Changed: the form is empty again, it says so, and the other session the service ended leaves the list. */
export const Saved: Story = {
  loaders: [signedInOn(2)],
  play: async ({ canvas, userEvent, ...context }) => {
    const t = catalogOf(context);
    await sessionsListed(canvas, t, 2);
    const { current, next } = await changePassword(canvas, userEvent, t, PASSWORD, NEW_PASSWORD);
    await expect(await canvas.findByText(t('account.password.changed'), {}, { timeout: 5000 })).toHaveAttribute('role', 'status');
    await expect(current).toHaveValue('');
    await expect(next).toHaveValue('');
    const { region } = await sessionsListed(canvas, t, 1);
    await expect(await within(region).findByText(t('account.sessions.onlyThis'))).toBeVisible();
  },
};

/** No answer came (a network error): the form says so, and both typed passwords are kept. */
export const NetworkFault: Story = {
  loaders: [signedInOn(1)],
  parameters: handlers(http.post('*/v2/client/password/change', () => HttpResponse.error())),
  play: async ({ canvas, userEvent, ...context }) => {
    const t = catalogOf(context);
    const { current, next } = await changePassword(canvas, userEvent, t, PASSWORD, NEW_PASSWORD);
    const form = current.closest('form') as HTMLElement;
    await waitFor(() => expect(within(form).getByRole('alert')).toHaveTextContent(t('error.network')));
    await expect(current).toHaveValue(PASSWORD);
    await expect(next).toHaveValue(NEW_PASSWORD);
    await expect(canvas.getByRole('button', { name: t('account.password.submit') })).not.toHaveAttribute('aria-disabled');
  },
};

// Sign-out

/** "Sign out" on one session asks first, naming it by when it was signed in; nothing is sent yet. */
export const ConfirmOne: Story = {
  loaders: [signedInOn(3)],
  play: async ({ canvas, userEvent, ...context }) => {
    const t = catalogOf(context);
    const { started } = await requestSignOutOfOne(canvas, userEvent, t);
    const dialog = await confirmation(canvas, t);
    await expect(dialog).toHaveTextContent(containing(t('account.sessions.confirm.one', { date: started })));
    await expect(within(dialog).getByRole('button', { name: t('account.sessions.confirm.yes') })).toHaveFocus();
    await expect(within(dialog).getByRole('button', { name: t('account.sessions.confirm.no') })).toBeVisible();
    await expect(sentTo('client/session/invalidate')).toBe(0);
  },
};

/**
 * The service sent no dates: each "Sign out" is named by its place in the list, never just "Sign
 * out", and the question names the session the same way.
 */
export const ConfirmUndated: Story = {
  loaders: [signedInOn(3)],
  parameters: handlers(undatedList),
  play: async ({ canvas, userEvent, ...context }) => {
    const t = catalogOf(context);
    const { region, items } = await sessionsListed(canvas, t, 3);
    await expect(within(region).queryAllByRole('button', { name: t('account.sessions.signOut') })).toEqual([]);
    await expect(within(region).queryByText(withAnyValue(t, 'account.sessions.started', 'date'))).toBeNull();
    const third = within(items[2] as HTMLElement).getByRole('button', { name: t('account.sessions.signOutLabelNumbered', { number: 3 }) });
    await userEvent.click(third);
    const dialog = await confirmation(canvas, t);
    await expect(dialog).toHaveTextContent(containing(t('account.sessions.confirm.oneNumbered', { number: 3 })));
    await expect(sentTo('client/session/invalidate')).toBe(0);
  },
};

/** "Sign out of all other sessions" asks first too. */
export const ConfirmOthers: Story = {
  loaders: [signedInOn(3)],
  play: async ({ canvas, userEvent, ...context }) => {
    const t = catalogOf(context);
    const { region } = await sessionsListed(canvas, t, 3);
    await userEvent.click(within(region).getByRole('button', { name: t('account.sessions.signOutOthers') }));
    const dialog = await confirmation(canvas, t);
    await expect(dialog).toHaveTextContent(t('account.sessions.confirm.others'));
    await expect(within(dialog).getByRole('button', { name: t('account.sessions.confirm.yes') })).toHaveFocus();
    await expect(sentTo('client/session/invalidate')).toBe(0);
  },
};

/**
 * The sign-out is in flight: the confirmation stays, its button (which keeps focus) and that
 * session's say so, and every other sign-out waits.
 */
export const SigningOut: Story = {
  loaders: [signedInOn(3)],
  parameters: handlers(held('client/session/invalidate')),
  play: async ({ canvas, userEvent, ...context }) => {
    const t = catalogOf(context);
    const { region, button } = await requestSignOutOfOne(canvas, userEvent, t);
    await confirm(canvas, userEvent, t);
    const group = await confirmation(canvas, t);
    const yes = within(group).getByRole('button', { name: t('account.sessions.signingOut') });
    await expect(yes).toHaveAttribute('aria-disabled', 'true');
    await expect(yes).toHaveFocus();
    await expect(within(group).getByRole('button', { name: t('account.sessions.confirm.no') })).toHaveAttribute('aria-disabled', 'true');
    await expect(button).toHaveTextContent(t('account.sessions.signingOut'));
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await expect(region).toHaveAttribute('aria-busy', 'true');
    for (const other of within(region).getAllByRole('button').filter((candidate) => candidate !== button)) {
      await expect(other).toHaveAttribute('aria-disabled', 'true');
    }
  },
};

/** One session signed out: the result says so and that it cannot be undone; the list loses it. */
export const SignedOutOne: Story = {
  loaders: [signedInOn(3)],
  play: async ({ canvas, userEvent, ...context }) => {
    const t = catalogOf(context);
    const { region } = await requestSignOutOfOne(canvas, userEvent, t);
    await confirm(canvas, userEvent, t);
    await expect(await within(region).findByText(t('account.sessions.signedOut', { count: 1 }))).toHaveAttribute('role', 'status');
    await expect(canvas.queryByRole('group', { name: t('account.sessions.signOut') })).toBeNull();
    await sessionsListed(canvas, t, 2);
    await expect(within(region).getByRole('button', { name: t('account.dismiss') })).toHaveFocus();
    await expect(sentTo('client/session/invalidate')).toBe(1);
  },
};

/** Every other session signed out: this device is the only one left. */
export const SignedOutOthers: Story = {
  loaders: [signedInOn(3)],
  play: async ({ canvas, userEvent, ...context }) => {
    const t = catalogOf(context);
    const { region } = await sessionsListed(canvas, t, 3);
    await userEvent.click(within(region).getByRole('button', { name: t('account.sessions.signOutOthers') }));
    await confirm(canvas, userEvent, t);
    await expect(await within(region).findByText(t('account.sessions.signedOut', { count: 2 }))).toBeVisible();
    await sessionsListed(canvas, t, 1);
    await expect(await within(region).findByText(t('account.sessions.onlyThis'))).toBeVisible();
    await expect(within(region).queryByRole('button', { name: t('account.sessions.signOutOthers') })).toBeNull();
  },
};

/** Only this device: nothing to sign out of, and the panel says so. */
export const OnlySession: Story = {
  loaders: [signedInOn(1)],
  play: async ({ canvas, ...context }) => {
    const t = catalogOf(context);
    const { region, items } = await sessionsListed(canvas, t, 1);
    await expect(items[0]).toHaveTextContent(t('account.sessions.current'));
    await expect(within(region).getByText(t('account.sessions.onlyThis'))).toBeVisible();
    await expect(within(region).queryByRole('button')).toBeNull();
  },
};

/**
 * The other device signed out by itself after the list was read: "Sign out of all other sessions"
 * finds none to end and says so; the list, read again, shows this device alone.
 */
export const SignedOutNone: Story = {
  loaders: [signedInOn(2)],
  play: async ({ canvas, userEvent, ...context }) => {
    const t = catalogOf(context);
    const { region } = await sessionsListed(canvas, t, 2);
    for (const other of (context.loaded as Loaded).others ?? []) {
      await client.session.logout(other);
    }
    await userEvent.click(within(region).getByRole('button', { name: t('account.sessions.signOutOthers') }));
    await confirm(canvas, userEvent, t);
    await expect(await within(region).findByText(t('account.sessions.noneToSignOut'))).toHaveAttribute('role', 'status');
    await sessionsListed(canvas, t, 1);
    await expect(await within(region).findByText(t('account.sessions.onlyThis'))).toBeVisible();
    await expect(within(region).queryByRole('button', { name: t('account.sessions.signOutOthers') })).toBeNull();
    await expect(sentTo('client/session/invalidate')).toBe(0);
  },
};

/** The sign-out answers 500: the result says it failed and why; the session is still listed. */
export const SignOutFailed: Story = {
  loaders: [signedInOn(3)],
  parameters: handlers(failing('client/session/invalidate')),
  play: async ({ canvas, userEvent, ...context }) => {
    const t = catalogOf(context);
    const { region } = await requestSignOutOfOne(canvas, userEvent, t);
    await confirm(canvas, userEvent, t);
    const result = await within(region).findByText(containing(t('account.sessions.signOutFailed')));
    await expect(result).toHaveAttribute('role', 'status');
    await expect(result).toHaveTextContent(`${t('account.sessions.signOutFailed')} ${t('error.server')}`);
    await expect(within(region).getByRole('button', { name: t('account.dismiss') })).toHaveFocus();
    await sessionsListed(canvas, t, 3);
    await expect(sentTo('client/session/invalidate')).toBe(1);
  },
};

/** "Sign out of all other sessions" ends one, then the service fails: the result says both. */
export const SignOutOthersPartlyFailed: Story = {
  loaders: [signedInOn(3)],
  parameters: handlers(failing('client/session/invalidate', 1)),
  play: async ({ canvas, userEvent, ...context }) => {
    const t = catalogOf(context);
    const { region } = await sessionsListed(canvas, t, 3);
    await userEvent.click(within(region).getByRole('button', { name: t('account.sessions.signOutOthers') }));
    await confirm(canvas, userEvent, t);
    const result = await within(region).findByText(containing(t('account.sessions.signOutFailed')));
    await expect(result).toHaveTextContent(`${t('account.sessions.signedOut', { count: 1 })} ${t('account.sessions.signOutFailed')} ${t('error.server')}`);
    await sessionsListed(canvas, t, 2);
  },
};

// Appearance and language

const THEME = { colorAccent: '#0f766e', radius: '14px', buttonRadius: '999px', dark: { colorAccent: '#5eead4' } };

/** The `theme` prop and the dark scheme, on the panel's own root. */
export const Themed: Story = {
  loaders: [signedInOn(3)],
  args: { theme: THEME, colorScheme: 'dark' },
  play: async ({ canvas, canvasElement, ...context }) => {
    const t = catalogOf(context);
    await sessionsListed(canvas, t, 3);
    const root = canvasElement.querySelector<HTMLElement>('[data-part="root"][data-state="account"]');
    await expect(root).toHaveAttribute('data-color-scheme', 'dark');
    await expect(getComputedStyle(root as HTMLElement).getPropertyValue('--authn-color-accent').trim()).toBe(THEME.dark.colorAccent);
  },
};

/** Arabic, from the app's `messages` and `locale`: right to left, in the catalog's words. */
export const Rtl: Story = {
  loaders: [signedInOn(3)],
  args: { locale: 'ar', messages: arabic },
  play: async ({ canvas, canvasElement }) => {
    const t = catalogOf({ globals: { locale: 'ar' }, loaded: { localeMessages: arabic } });
    await expect(await canvas.findByRole('heading', { name: t('account.heading') })).toBeVisible();
    const root = canvasElement.querySelector<HTMLElement>('[data-part="root"][data-state="account"]');
    await expect(root).toHaveAttribute('dir', 'rtl');
    await expect(root).toHaveAttribute('lang', 'ar');
    const { region } = await sessionsListed(canvas, t, 3);
    await expect(within(region).getByRole('button', { name: t('account.sessions.signOutOthers') })).toBeVisible();
    await expect(canvas.getByLabelText(t('account.password.current'), { selector: 'input' })).toBeVisible();
  },
};
