import type { Meta, StoryObj } from '@storybook/react-vite';
import { http, HttpResponse } from 'msw';
import { expect, waitFor, type within } from 'storybook/test';
import { AuthNFlow, AuthNProvider, createAuthNClient, isAuthNError, useAuthNSession } from '../src/index.js';
import { createEmulator, createEmulatorHandlers } from '@authn-flow-kit/emulator';
import { catalogOf, type StoryText } from './support/catalog.js';

/** The emulator runs in the page, behind MSW. */
const emulator = createEmulator({ config: { scryptCost: 2 ** 12 } });
const client = createAuthNClient({ baseUrl: '/', clientToken: emulator.token });

/** The last active token handed out, so the story can check the server revoked it. */
let lastActiveToken = '';

/** What an app does with `useAuthNSession()`: the flow while signed out, the user and "Sign out" after. */
function SessionExample() {
  const session = useAuthNSession();
  if (session.status === 'signed-out') {
    return (
      <>
        {/* The app's own words: the kit reports the failure (`logoutError`), the app says what it means. */}
        {session.logoutError ? (
          <p role="alert">
            You are signed out on this device, but we could not reach the sign-in service to end your session there. It
            ends on its own when it expires.
          </p>
        ) : null}
        <AuthNFlow
          onComplete={(tokens) => {
            lastActiveToken = tokens.active_token?.token ?? '';
            session.setTokens(tokens);
          }}
        />
      </>
    );
  }
  return (
    <section aria-label="Session">
      <p data-testid="status">{session.status}</p>
      <p data-testid="user">{session.user?.email}</p>
      <button type="button" onClick={() => void session.logout()}>
        Sign out
      </button>
    </section>
  );
}

function SessionStory() {
  return (
    <AuthNProvider client={client}>
      <SessionExample />
    </AuthNProvider>
  );
}

const meta = {
  title: 'Session/useAuthNSession (emulator)',
  component: SessionStory,
  parameters: { msw: { handlers: createEmulatorHandlers(emulator) } },
  beforeEach: () => {
    emulator.reset();
  },
} satisfies Meta<typeof SessionStory>;

export default meta;
type Story = StoryObj<typeof meta>;

type Canvas = ReturnType<typeof within>;
type User = Parameters<NonNullable<Story['play']>>[0]['userEvent'];

/** Signs up through the kit, finding its fields by the catalog's words (`t`) in the story's locale. */
async function signUp(canvas: Canvas, user: User, t: StoryText, email: string) {
  await user.type(await canvas.findByLabelText(t('email.label')), email);
  await user.click(canvas.getByRole('button', { name: t('email.submit') }));
  await user.type(await canvas.findByLabelText(t('password.label'), { selector: 'input' }), 'Story-passw0rd');
  await user.click(canvas.getByRole('button', { name: t('password.submit.signUp') }));
  await expect(await canvas.findByTestId('status')).toHaveTextContent('signed-in');
  await expect(canvas.getByTestId('user')).toHaveTextContent(email);
}

/** Sign up, hold the tokens in memory, and sign out: the server revokes the session. */
export const SignInAndSignOut: Story = {
  play: async ({ canvas, userEvent, step, ...context }) => {
    const t = catalogOf(context);
    await step('sign up through the flow', () => signUp(canvas, userEvent, t, 'session@example.com'));
    const stored = JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage });
    await expect(stored).not.toMatch(/pt[ur]_/);
    await step('sign out', async () => {
      await expect(await client.token.check(lastActiveToken)).toMatchObject({ email: 'session@example.com' });
      // "Sign out" is the example app's own button, in its own words.
      await userEvent.click(canvas.getByRole('button', { name: 'Sign out' }));
      await expect(await canvas.findByLabelText(t('email.label'))).toBeVisible();
      await waitFor(async () => {
        const outcome = await client.token.check(lastActiveToken).catch((error: unknown) => error);
        await expect(isAuthNError(outcome) ? outcome.status : 'still valid').toBe('InvalidToken');
      });
    });
  },
};

/**
 * The sign-out call fails (HTTP 500): the user is signed out on this device all the same, and the
 * app, reading `logoutError`, says the session may live on at the service until it expires.
 */
export const SignOutFailed: Story = {
  parameters: {
    msw: {
      handlers: [
        http.post('*/v2/client/session/logout', () =>
          HttpResponse.json({ status: 'InternalError', summary: 'The service failed', result: null }, { status: 500 }),
        ),
        ...createEmulatorHandlers(emulator),
      ],
    },
  },
  play: async ({ canvas, userEvent, step, ...context }) => {
    const t = catalogOf(context);
    await step('sign up through the flow', () => signUp(canvas, userEvent, t, 'unreached@example.com'));
    await step('sign out while the service fails', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Sign out' }));
      await expect(await canvas.findByText(/could not reach the sign-in service/)).toHaveAttribute('role', 'alert');
      // The new flow's first answer may still be on its way.
      await expect(await canvas.findByLabelText(t('email.label'))).toBeVisible();
      await expect(await client.token.check(lastActiveToken)).toMatchObject({ email: 'unreached@example.com' });
    });
  },
};
