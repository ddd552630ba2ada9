import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { failed, requested, responded, user } from '../test/fixtures/flow-events.js';
import { apiError, FLOW_ID, rawFlowResult } from '../test/fixtures/index.js';
import type { FlowEvent } from '../src/core/index.js';
import { catalogOf } from './support/catalog.js';
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
  play: async ({ args, canvas, ...context }) => {
    const t = catalogOf(context);
    await expect(canvas.getByRole('heading', { name: t('passkey.heading.signIn') })).toBeVisible();
    await waitFor(() => expect(args.restart).toHaveBeenCalledWith('passkey', {}));
    await expect(canvas.getByRole('button', { name: t('passkey.signIn') })).toBeVisible();
    await expect(canvas.getByRole('button', { name: t('passkey.otherMethod') })).toBeVisible();
  },
};

export const SignInPreparing: Story = {
  args: { events: [...signIn(), requested.restart('passkey')] },
  play: async ({ canvas, ...context }) => {
    await expect(canvas.getByRole('button', { name: catalogOf(context)('passkey.preparing') })).toHaveAttribute('aria-disabled', 'true');
  },
};

/** The options are there: the browser's prompt is open. */
export const SignInWaiting: Story = {
  args: { events: signIn('passkey-signin-started') },
  play: async ({ canvas, ...context }) => {
    const t = catalogOf(context);
    await expect(await canvas.findByRole('button', { name: t('passkey.waiting') })).toHaveAttribute('aria-disabled', 'true');
    await expect(canvas.getByText(t('passkey.status.waiting'))).toBeVisible();
  },
};

export const SignInPending: Story = {
  args: { events: [...signIn('passkey-signin-started'), requested.update('passkey')] },
  play: async ({ canvas, ...context }) => {
    await expect(canvas.getByRole('button', { name: catalogOf(context)('passkey.signingIn') })).toHaveAttribute('aria-disabled', 'true');
  },
};

/** The user closed the prompt (or it timed out): a retry and another way. */
export const SignInCancelled: Story = {
  args: { events: signIn('passkey-signin-started') },
  parameters: { webauthn: 'cancel' },
  play: async ({ canvas, ...context }) => {
    const t = catalogOf(context);
    await expect(await canvas.findByRole('alert')).toHaveTextContent(t('passkey.error.cancelled'));
    await expect(canvas.getByRole('button', { name: t('passkey.retry') })).toBeVisible();
    await expect(canvas.getByRole('button', { name: t('passkey.otherMethod') })).toBeVisible();
  },
};

export const SignInServerError: Story = {
  args: { events: [...signIn(), requested.update('passkey'), failed('update', apiError('authentication-failure'))] },
  play: async ({ canvas, ...context }) => {
    const t = catalogOf(context);
    await expect(canvas.getByRole('alert')).toHaveTextContent(t('passkey.error.rejected'));
    await expect(canvas.getByRole('button', { name: t('passkey.retry') })).toBeVisible();
  },
};

export const SignInUnsupported: Story = {
  parameters: { webauthn: 'unsupported' },
  play: async ({ canvas, ...context }) => {
    const t = catalogOf(context);
    await expect(canvas.getByText(t('passkey.error.unsupported'))).toBeVisible();
    await expect(canvas.queryByRole('button', { name: t('passkey.signIn') })).toBeNull();
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
  play: async ({ args, canvas, ...context }) => {
    const t = catalogOf(context);
    await expect(canvas.getByText(t('passkey.error.notAllowedHere'))).toBeVisible();
    await expect(canvas.queryByRole('button', { name: t('passkey.signIn') })).toBeNull();
    await expect(canvas.getByRole('button', { name: t('passkey.otherMethod') })).toBeVisible();
    await expect(args.restart).not.toHaveBeenCalled();
  },
};

/** Sign-up with a passkey: nothing happens until the user asks for it. */
export const Register: Story = {
  args: { events: register() },
  play: async ({ canvas, userEvent, ...context }) => {
    const t = catalogOf(context);
    await expect(canvas.getByRole('heading', { name: t('passkey.heading.register') })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: t('passkey.create') }));
    await expect(await canvas.findByRole('button', { name: t('passkey.waiting') })).toBeVisible();
  },
};

export const RegisterPending: Story = {
  args: { events: [...register(), requested.update('passkey')] },
  play: async ({ canvas, ...context }) => {
    await expect(canvas.getByRole('button', { name: catalogOf(context)('passkey.saving') })).toHaveAttribute('aria-disabled', 'true');
  },
};

export const RegisterCancelled: Story = {
  args: { events: register() },
  parameters: { webauthn: 'cancel' },
  play: async ({ canvas, userEvent, ...context }) => {
    const t = catalogOf(context);
    await userEvent.click(canvas.getByRole('button', { name: t('passkey.create') }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(t('passkey.error.cancelled'));
  },
};

/** After sign-in: add a passkey, or not now, or never on this browser. */
export const AddPasskeyOffer: Story = {
  args: { events: offer() },
  play: async ({ args, canvas, userEvent, ...context }) => {
    const t = catalogOf(context);
    await expect(canvas.getByRole('heading', { name: t('passkey.heading.offer') })).toBeVisible();
    await expect(canvas.getByRole('button', { name: t('passkey.offer.never') })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: t('passkey.offer.later') }));
    await expect(args.finish).toHaveBeenCalledTimes(1);
  },
};

export const AddPasskeyOfferPending: Story = {
  args: { events: [...offer(), requested.update('passkey')] },
  play: async ({ canvas, ...context }) => {
    await expect(canvas.getByRole('button', { name: catalogOf(context)('passkey.saving') })).toHaveAttribute('aria-disabled', 'true');
  },
};

export const AddPasskeyOfferServerError: Story = {
  args: { events: [...offer(), requested.update('passkey'), failed('update', apiError('validation-bad-state'))] },
  play: async ({ canvas, ...context }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(catalogOf(context)('error.outOfStep'));
  },
};

/** The passkey autofill being prepared beside the identifier field (a background restart). */
const preparingAutofill = (): FlowEvent[] => [
  requested.start(),
  responded('start', 'passkey-start'),
  { type: 'api.requested', operation: 'restart', flowId: FLOW_ID, choice: 'passkey', background: true },
];

/** An email sent while the autofill is prepared waits for that call; the form stays as it was. */
export const FromIdentifierStepEmailWaits: Story = {
  args: { events: [...preparingAutofill(), { type: 'user.submit', choice: 'set_email' }] },
  play: async ({ canvas, canvasElement, ...context }) => {
    await expect(canvasElement.querySelector('[data-part="root"]')).toHaveAttribute('data-state', 'restart');
    await expect(canvas.getByLabelText(catalogOf(context)('email.label'))).toBeVisible();
  },
};

/** … the autofill is ready: the email that waited is due, and the host sends it with what was typed. */
export const FromIdentifierStepEmailDue: Story = {
  args: {
    events: [...preparingAutofill(), { type: 'user.submit', choice: 'set_email' }, responded('restart', 'passkey-start-started')],
  },
  play: async ({ canvas, canvasElement, ...context }) => {
    await expect(canvasElement.querySelector('[data-part="root"]')).toHaveAttribute('data-state', 'update');
    await expect(canvas.getByLabelText(catalogOf(context)('email.label'))).toBeVisible();
  },
};

/** Beside the identifier field: the passkey button, and the field marked for passkey autofill. */
export const FromIdentifierStep: Story = {
  args: { events: [requested.start(), responded('start', 'passkey-start')] },
  play: async ({ canvas, userEvent, ...context }) => {
    const t = catalogOf(context);
    // The field's own token (H2 is moving it from `username` to `email`), marked for passkey autofill.
    await expect(canvas.getByLabelText(t('email.label')).getAttribute('autocomplete')).toMatch(/^(username|email) webauthn$/);
    await userEvent.click(canvas.getByRole('button', { name: t('passkey.signIn') }));
    await expect(await canvas.findByRole('heading', { name: t('passkey.heading.signIn') })).toBeVisible();
  },
};
