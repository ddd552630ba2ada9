import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { AuthNFlow, AuthNProvider, createAuthNClient, isAuthNError, useAuthNSession } from '../src/index.js';
import { createEmulator, createEmulatorHandlers } from '../src/emulator/index.js';

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
      <AuthNFlow
        onComplete={(tokens) => {
          lastActiveToken = tokens.active_token?.token ?? '';
          session.setTokens(tokens);
        }}
      />
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

/** Sign up, hold the tokens in memory, and sign out: the server revokes the session. */
export const SignInAndSignOut: Story = {
  play: async ({ canvas, userEvent, step }) => {
    await step('sign up through the flow', async () => {
      await userEvent.type(await canvas.findByLabelText('Email'), 'session@example.com');
      await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
      await userEvent.type(await canvas.findByLabelText('Password', { selector: 'input' }), 'Story-passw0rd');
      await userEvent.click(canvas.getByRole('button', { name: 'Create account' }));
      await expect(await canvas.findByTestId('status')).toHaveTextContent('signed-in');
      await expect(canvas.getByTestId('user')).toHaveTextContent('session@example.com');
    });
    const stored = JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage });
    await expect(stored).not.toMatch(/pt[ur]_/);
    await step('sign out', async () => {
      await expect(await client.token.check(lastActiveToken)).toMatchObject({ email: 'session@example.com' });
      await userEvent.click(canvas.getByRole('button', { name: 'Sign out' }));
      await expect(await canvas.findByLabelText('Email')).toBeVisible();
      await waitFor(async () => {
        const outcome = await client.token.check(lastActiveToken).catch((error: unknown) => error);
        await expect(isAuthNError(outcome) ? outcome.status : 'still valid').toBe('InvalidToken');
      });
    });
  },
};
