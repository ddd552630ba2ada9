import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { failed, requested, responded, user } from '../test/fixtures/flow-events.js';
import { apiError, rawFlowResult } from '../test/fixtures/index.js';
import type { FlowEvent } from '../src/core/index.js';
import { FixtureFlow } from './support/fixture-flow.js';
import { handWritten } from './support/journeys.js';
import { stubWebAuthn, type WebAuthnBehaviour } from './support/webauthn-stub.js';

/*
 * Hand-written (test/fixtures): a ceremony needs a real authenticator, so the recording never
 * reaches a passkey's options with a credential to answer them.
 */

/** A known user with a password and a passkey picked the passkey (`passkey-signin*` fixtures). */
const signIn = (fixture: 'passkey-signin' | 'passkey-signin-started' = 'passkey-signin'): FlowEvent[] => [
  ...handWritten.afterEmail(fixture),
  user.chooseMethod('passkey'),
];
/** A new user whose only way in is a passkey. */
const register = (): FlowEvent[] => [
  ...handWritten.afterEmail('passkey-signup'),
  requested.restart('passkey'),
  responded('restart', 'passkey-signup-started'),
];
/** Signed in with a password; the complete flow offers a passkey (research §9.3). */
const offer = (): FlowEvent[] => [
  ...handWritten.afterSignIn('passkey-offer'),
  requested.restart('passkey'),
  responded('restart', 'passkey-offer-started'),
];

const meta = {
  title: 'Steps/PasskeyStep',
  component: FixtureFlow,
  args: { events: signIn(), submit: fn(), restart: fn(), startOver: fn(), finish: fn() },
  parameters: { webauthn: 'pending' satisfies WebAuthnBehaviour },
  // A real prompt would wait for a person: every story gets the browser it describes.
  beforeEach: ({ parameters }) => stubWebAuthn(parameters['webauthn'] as WebAuthnBehaviour),
} satisfies Meta<typeof FixtureFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Picked from the method list: the step asks the server to start a ceremony. */
export const SignIn: Story = {
  play: async ({ args, canvas }) => {
    await expect(canvas.getByRole('heading', { name: 'Sign in with a passkey' })).toBeVisible();
    await waitFor(() => expect(args.restart).toHaveBeenCalledWith('passkey', {}));
    await expect(canvas.getByRole('button', { name: 'Sign in with a passkey' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Choose another way' })).toBeVisible();
  },
};

export const SignInPreparing: Story = {
  args: { events: [...signIn(), requested.restart('passkey')] },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Getting ready…' })).toHaveAttribute('aria-disabled', 'true');
  },
};

/** The options are there: the browser's prompt is open. */
export const SignInWaiting: Story = {
  args: { events: signIn('passkey-signin-started') },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('button', { name: 'Waiting for your passkey…' })).toHaveAttribute('aria-disabled', 'true');
    await expect(canvas.getByText('Follow the steps your browser shows to use your passkey.')).toBeVisible();
  },
};

export const SignInPending: Story = {
  args: { events: [...signIn('passkey-signin-started'), requested.update('passkey')] },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Signing in…' })).toHaveAttribute('aria-disabled', 'true');
  },
};

/** The user closed the prompt (or it timed out): a retry and another way. */
export const SignInCancelled: Story = {
  args: { events: signIn('passkey-signin-started') },
  parameters: { webauthn: 'cancel' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert')).toHaveTextContent('The passkey request was cancelled or timed out.');
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Choose another way' })).toBeVisible();
  },
};

export const SignInServerError: Story = {
  args: { events: [...signIn(), requested.update('passkey'), failed('update', apiError('authentication-failure'))] },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent("We couldn't verify that passkey.");
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

export const SignInUnsupported: Story = {
  parameters: { webauthn: 'unsupported' },
  play: async ({ canvas }) => {
    await expect(canvas.getByText("This browser can't use passkeys. Choose another way to continue.")).toBeVisible();
    await expect(canvas.queryByRole('button', { name: 'Sign in with a passkey' })).toBeNull();
  },
};

/**
 * The server started the ceremony but sent no `publicKey` options (issue 11: the reader marks it
 * `ceremonyUnavailable`): no prompt can open, so the step says so and offers the other ways.
 */
export const SignInOptionsMissing: Story = {
  args: {
    events: [
      ...signIn(),
      requested.restart('passkey'),
      responded('restart', 'passkey-signin-started', {
        flow_choices: (rawFlowResult('passkey-signin-started')['flow_choices'] as { choice: string }[]).map((entry) =>
          entry.choice === 'passkey' ? { choice: 'passkey', data: { enrollment: false, started: true } } : entry,
        ),
      }),
    ],
  },
  play: async ({ args, canvas }) => {
    await expect(canvas.getByText("This site can't use passkeys right now. Choose another way to continue.")).toBeVisible();
    await expect(canvas.queryByRole('button', { name: 'Sign in with a passkey' })).toBeNull();
    await expect(canvas.getByRole('button', { name: 'Choose another way' })).toBeVisible();
    await expect(args.restart).not.toHaveBeenCalled();
  },
};

/** Sign-up with a passkey: nothing happens until the user asks for it. */
export const Register: Story = {
  args: { events: register() },
  play: async ({ canvas, userEvent }) => {
    await expect(canvas.getByRole('heading', { name: 'Create a passkey' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Create a passkey' }));
    await expect(await canvas.findByRole('button', { name: 'Waiting for your passkey…' })).toBeVisible();
  },
};

export const RegisterPending: Story = {
  args: { events: [...register(), requested.update('passkey')] },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Saving your passkey…' })).toHaveAttribute('aria-disabled', 'true');
  },
};

export const RegisterCancelled: Story = {
  args: { events: register() },
  parameters: { webauthn: 'cancel' },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Create a passkey' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('The passkey request was cancelled or timed out.');
  },
};

/** After sign-in: add a passkey, or not now, or never on this browser. */
export const AddPasskeyOffer: Story = {
  args: { events: offer() },
  play: async ({ args, canvas, userEvent }) => {
    await expect(canvas.getByRole('heading', { name: 'Add a passkey' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: "Don't ask again on this browser" })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Ask again later' }));
    await expect(args.finish).toHaveBeenCalledTimes(1);
  },
};

export const AddPasskeyOfferPending: Story = {
  args: { events: [...offer(), requested.update('passkey')] },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Saving your passkey…' })).toHaveAttribute('aria-disabled', 'true');
  },
};

export const AddPasskeyOfferServerError: Story = {
  args: { events: [...offer(), requested.update('passkey'), failed('update', apiError('validation-bad-state'))] },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(/page is out of date/);
  },
};

/** Beside the identifier field: the passkey button, and the field marked for passkey autofill. */
export const FromIdentifierStep: Story = {
  args: { events: [requested.start(), responded('start', 'passkey-start')] },
  play: async ({ canvas, userEvent }) => {
    // The field's own token (H2 is moving it from `username` to `email`), marked for passkey autofill.
    await expect(canvas.getByLabelText('Email').getAttribute('autocomplete')).toMatch(/^(username|email) webauthn$/);
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in with a passkey' }));
    await expect(await canvas.findByRole('heading', { name: 'Sign in with a passkey' })).toBeVisible();
  },
};
