import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent } from 'storybook/test';
import type { FlowInput } from '../src/core/index.js';
import { failed, requested, responded } from '../test/fixtures/flow-events.js';
import { apiError, FLOW_ID, networkError } from '../test/fixtures/index.js';
import { catalogOf, containing } from './support/catalog.js';
import { FixtureFlow } from './support/fixture-flow.js';
import { inFlight, recorded } from './support/journeys.js';
import { recordedReturn } from './support/recorded.js';

const STATE = 'pcb_fuuvu46xeqwq4wvhiqxnu5xcodb3dkks';
const CODE = 'poc_3gkkzdwsnq7zvczgyumxbz2dpbaz6glk';

/**
 * Pages opened from a provider or an emailed link, matched to the flow this tab saved. The returns
 * the emulator's recording walks (Google, SAML, the verify, magic and reset links) come from it; a
 * provisioned account's link, and every refusal, failure and expiry are hand-written.
 */
const SOCIAL_RETURN: FlowInput = {
  start: { cbUri: 'http://localhost:3000/' },
  resume: {
    flowId: FLOW_ID,
    choice: 'social',
    data: { social_provider: 'google', uri: `http://localhost:3000/?state=${STATE}&code=${CODE}` },
  },
};
const LINK_RETURN: FlowInput = {
  resume: { flowId: FLOW_ID, choice: 'verify_email', data: { state: 'pcb_hbrpoigf3cbfnobm2o4rak3vrjnvgfyg', code: CODE } },
};
const PROVISIONAL_RETURN: FlowInput = {
  resume: { flowId: FLOW_ID, choice: 'provisional_enrollment', data: { state: 'pcb_hbrpoigf3cbfnobm2o4rak3vrjnvgfyg', code: CODE } },
};
const SAML_RETURN: FlowInput = {
  resume: {
    flowId: FLOW_ID,
    choice: 'saml',
    data: { provider_id: 'pss_q2bb7gk4cggx6yy3iu7ndjuzmzcpmq3u', provider_name: 'Acme SSO', uri: `http://localhost:3000/?state=${STATE}&code=${CODE}` },
  },
};

const meta = {
  title: 'Flow/Callbacks',
  component: FixtureFlow,
  args: { input: SOCIAL_RETURN, events: [], submit: fn(), startOver: fn(), retry: fn(), redirect: fn() },
} satisfies Meta<typeof FixtureFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Back from Google (passwordless #13): the update that resumes the flow is on its way. */
export const ReturnPending: Story = {
  args: { input: recordedReturn('passwordless', 13), events: [inFlight('passwordless', 13)] },
  play: async ({ canvas, canvasElement, ...context }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent(catalogOf(context)('callback.pending'));
    await expect(canvasElement.querySelector('[data-part="root"]')).toHaveAttribute('data-state', 'resuming');
  },
};

/** … the emulator accepted it: the flow is done, and the host completes it (the return's screen stays until then). */
export const ReturnAccepted: Story = {
  args: { input: recordedReturn('passwordless', 13), events: recorded('passwordless', [13]) },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-part="root"]')).toHaveAttribute('data-state', 'resuming');
  },
};

/** Back from the verification link (everything #9). */
export const EmailLinkReturnPending: Story = {
  args: { input: recordedReturn('everything', 9), events: [inFlight('everything', 9)] },
  play: async ({ canvas, ...context }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent(catalogOf(context)('callback.pending'));
  },
};

/** … verified: on to the MFA phase's methods. */
export const EmailLinkReturnAccepted: Story = {
  args: { input: recordedReturn('everything', 9), events: recorded('everything', [9]) },
  play: async ({ canvas, ...context }) => {
    await expect(canvas.getByRole('heading', { name: catalogOf(context)('choice.heading') })).toBeVisible();
  },
};

/** Back from a magic link (passwordless #10). */
export const MagicLinkReturnPending: Story = {
  args: { input: recordedReturn('passwordless', 10), events: [inFlight('passwordless', 10)] },
  play: async ({ canvas, ...context }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent(catalogOf(context)('callback.pending'));
  },
};

/** Back from the reset link (password #21): the new password is asked for. */
export const ResetLinkReturned: Story = {
  args: { input: recordedReturn('password', 21), events: recorded('password', [21]) },
  play: async ({ canvas, ...context }) => {
    await expect(canvas.getByRole('heading', { name: catalogOf(context)('setPassword.heading.required') })).toBeVisible();
  },
};

export const ProvisionalLinkReturnPending: Story = {
  args: { input: PROVISIONAL_RETURN, events: [requested.update('provisional_enrollment')] },
  play: async ({ canvas, ...context }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent(catalogOf(context)('callback.pending'));
  },
};

/** Back from the emulator's SAML provider (everything #22). */
export const SamlReturnPending: Story = {
  args: { input: recordedReturn('everything', 22), events: [inFlight('everything', 22)] },
  play: async ({ canvas, ...context }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent(catalogOf(context)('callback.pending'));
  },
};

/** … a new user: on to sign-up's next phase, the captcha. */
export const SamlReturnAccepted: Story = {
  args: { input: recordedReturn('everything', 22), events: recorded('everything', [22]) },
  play: async ({ canvas, ...context }) => {
    await expect(await canvas.findByRole('heading', { name: catalogOf(context)('captcha.heading') })).toBeVisible();
  },
};

/** The identity provider's answer was refused: said on the identifier step, which offers SAML again. */
export const SamlReturnRefused: Story = {
  args: {
    input: SAML_RETURN,
    events: [requested.update('saml'), failed('update', apiError('authentication-failure')), requested.update(''), responded('update', 'start-providers')],
  },
  parameters: { covers: { choice: 'saml', variant: 'server-error' } },
  play: async ({ canvas, ...context }) => {
    const t = catalogOf(context);
    await expect(canvas.getByRole('alert')).toHaveTextContent(t('error.callbackFailed'));
    await expect(canvas.getByRole('button', { name: t('provider.continueWith', { provider: 'Acme SSO' }) })).toBeVisible();
  },
};

/** The server refused the return; the kit asks where the flow stands, to show why on that step. */
export const ReturnRecovering: Story = {
  args: { events: [requested.update('social'), failed('update', apiError('code-already-used')), requested.update('')] },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-part="root"]')).toHaveAttribute('data-state', 'recovering');
  },
};

/** An emailed link the server refused (spent, expired): said on the step the flow is at. */
export const EmailLinkRefusedByServer: Story = {
  args: {
    input: LINK_RETURN,
    events: [
      requested.update('verify_email'),
      failed('update', apiError('mfa-code-expired')),
      requested.update(''),
      responded('update', 'verify-email-sent'),
    ],
  },
  play: async ({ canvas, ...context }) => {
    await expect(await canvas.findByText(containing(catalogOf(context)('error.callbackFailed')))).toBeVisible();
  },
};

/** The network failed on the way back: retrying sends the same update. */
export const ReturnNetworkError: Story = {
  args: { events: [requested.update('social'), failed('update', networkError())] },
  play: async ({ args, canvas, ...context }) => {
    await userEvent.click(canvas.getByRole('button', { name: catalogOf(context)('failed.retry') }));
    await expect(args.retry).toHaveBeenCalled();
  },
};

/** The flow was gone by the time the user came back: a new one, and one line saying so. */
export const ReturnExpired: Story = {
  args: {
    events: [
      requested.update('social'),
      failed('update', apiError('flow-expired')),
      requested.start(),
      responded('start', 'start-providers'),
    ],
  },
  play: async ({ canvas, ...context }) => {
    const t = catalogOf(context);
    await expect(canvas.getByText(t('flow.notice.callbackExpired'))).toBeVisible();
    await expect(canvas.getByLabelText(t('email.label'))).toBeVisible();
  },
};

/** A `state` this tab did not save: refused, nothing sent, start over offered. */
export const ForeignStateRefused: Story = {
  args: { input: { callbackRefused: 'unknown-state' } },
  play: async ({ args, canvas, ...context }) => {
    const t = catalogOf(context);
    await expect(canvas.getByRole('heading', { name: t('callback.refused.heading') })).toBeVisible();
    await expect(canvas.getByRole('alert')).toHaveTextContent(t('callback.refused.unknown-state'));
    await userEvent.click(canvas.getByRole('button', { name: t('flow.startOver') }));
    await expect(args.startOver).toHaveBeenCalled();
  },
};

/**
 * An emailed link opened in another browser or on another device than the one that asked for it:
 * nothing of the flow is saved here (another tab of the same browser resumes it). Says where to
 * open it, or to start over.
 */
export const OpenedElsewhere: Story = {
  args: { input: { callbackRefused: 'no-saved-flow' } },
  play: async ({ args, canvas, userEvent, ...context }) => {
    const t = catalogOf(context);
    await expect(canvas.getByRole('heading', { name: t('callback.refused.heading') })).toBeVisible();
    await expect(canvas.getByRole('alert')).toHaveTextContent(t('callback.refused.no-saved-flow'));
    await userEvent.click(canvas.getByRole('button', { name: t('flow.startOver') }));
    await expect(args.startOver).toHaveBeenCalled();
  },
};

export const MalformedReturn: Story = {
  args: { input: { callbackRefused: 'malformed' } },
  play: async ({ canvas, ...context }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(catalogOf(context)('callback.refused.malformed'));
  },
};
