import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import type { FlowEvent, FlowInput } from '../src/core/index.js';
import { failed, requested, responded } from '../test/fixtures/flow-events.js';
import { apiError, FLOW_ID, networkError, rawFlowResult } from '../test/fixtures/index.js';
import { catalogOf, containing, type StoryText } from './support/catalog.js';
import { fieldError, serverError } from './support/errors.js';
import { loadPhoneLibrary } from '../src/react/primitives/phone-library.js';
import { FixtureFlow } from './support/fixture-flow.js';
import { recorded } from './support/journeys.js';

/** The start of a flow from a fixture, as the host reports it. */
const started = (fixture: Parameters<typeof responded>[1], overrides: Record<string, unknown> = {}): FlowEvent[] => [
  requested.start(),
  responded('start', fixture, overrides),
];


/** Back from Google with a state this tab saved, and the server's answer to it. */
const GOOGLE_RETURN: FlowInput = {
  resume: {
    flowId: FLOW_ID,
    choice: 'social',
    data: {
      social_provider: 'google',
      uri: 'http://localhost:3000/?state=pcb_fuuvu46xeqwq4wvhiqxnu5xcodb3dkks&code=poc_3gkkzdwsnq7zvczgyumxbz2dpbaz6glk',
    },
  },
};
const refusedReturn = (error: 'wrong-method' | 'email-mismatch' | 'authentication-failure'): FlowEvent[] => [
  requested.update('social'),
  failed('update', apiError(error)),
  requested.update(''),
  responded('update', 'start-providers'),
];

/**
 * The phone field loads libphonenumber-js when it mounts. These stories check the loaded field, so they
 * load it first: a cold dev server can take longer to transform it than a `waitFor` waits.
 */
const withPhoneLibrary = [async () => ({ phoneLibrary: await loadPhoneLibrary() })];

/** A provider button's name: the catalog's words round the provider's name. */
const continueWith = (t: StoryText, provider: string) => t('provider.continueWith', { provider });

const meta = {
  title: 'Steps/IdentifierStep',
  component: FixtureFlow,
  args: { events: started('start-providers'), submit: fn(), redirect: fn(), startOver: fn() },
} satisfies Meta<typeof FixtureFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Email with social and SAML buttons beside it, and a markdown disclaimer; picking SAML redirects. */
export const WithProviders: Story = {
  parameters: {
    covers: [
      { choice: ['social', 'saml'], variant: 'idle' },
      { choice: 'saml', variant: 'pending' },
    ],
  },
  play: async ({ args, canvas, ...context }) => {
    const t = catalogOf(context);
    const group = canvas.getByRole('group', { name: t('identifier.providers') });
    await expect(within(group).getAllByRole('button')).toHaveLength(3);
    await userEvent.click(canvas.getByRole('button', { name: continueWith(t, 'Acme SSO') }));
    await expect(args.redirect).toHaveBeenCalledWith(expect.stringContaining('/__emulator/saml/pss_'));
    await expect(canvas.getByRole('button', { name: t('provider.redirecting', { provider: 'Acme SSO' }) })).toHaveAttribute('aria-disabled', 'true');
  },
};

/** Picking Google: the step says where it is taking the user, and every button waits. */
export const SocialRedirecting: Story = {
  parameters: { covers: { choice: 'social', variant: 'pending' } },
  play: async ({ args, canvas, ...context }) => {
    const t = catalogOf(context);
    await userEvent.click(canvas.getByRole('button', { name: continueWith(t, t('provider.google')) }));
    await expect(args.redirect).toHaveBeenCalledWith(expect.stringContaining('/__emulator/social/google'));
    await expect(canvas.getByRole('button', { name: t('provider.redirecting', { provider: t('provider.google') }) })).toHaveAttribute('aria-disabled', 'true');
  },
};

/** Every provider the emulator knows, from the `everything` preset's recorded start (#1). */
export const RecordedEverything: Story = {
  args: { events: recorded('everything', [1]) },
  play: async ({ canvas, ...context }) => {
    const t = catalogOf(context);
    await expect(canvas.getByRole('button', { name: continueWith(t, t('provider.microsoftonline')) })).toBeVisible();
    await expect(canvas.getByRole('button', { name: continueWith(t, 'Emulator SSO') })).toBeVisible();
  },
};

export const Disclaimer: Story = {
  args: {
    events: started('start-email', {
      flow_choices: [{ choice: 'set_email', data: { required_for: ['password'] } }],
      disclaimer: 'By continuing you agree to our [Terms](https://example.com/terms). <img src=x onerror=alert(1)>',
    }),
  },
  play: async ({ canvasElement }) => {
    const disclaimer = () => canvasElement.querySelector('[data-part="disclaimer"]');
    await waitFor(() => expect(disclaimer()?.querySelector('a')).toHaveAttribute('href', 'https://example.com/terms'));
    await expect(disclaimer()?.querySelector('img')).toBeNull();
  },
};

export const ProvidersPending: Story = {
  args: { events: [...started('start-providers'), requested.update('set_email')] },
  play: async ({ canvas, ...context }) => {
    const t = catalogOf(context);
    await expect(canvas.getByRole('button', { name: t('email.submitPending') })).toHaveAttribute('aria-disabled', 'true');
    await expect(canvas.getByRole('button', { name: continueWith(t, t('provider.google')) })).toHaveAttribute('aria-disabled', 'true');
  },
};

export const ProvidersServerError: Story = {
  args: { events: [...started('start-providers'), requested.update('set_email'), failed('update', networkError())] },
  play: async ({ canvas, ...context }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(catalogOf(context)('error.network'));
  },
};

/** The server sent a provider link that is not http(s): nothing is opened, and the step says why. */
export const UnsafeProviderLink: Story = {
  args: {
    events: started('start-email', {
      flow_choices: [
        { choice: 'set_email', data: { required_for: ['password'] } },
        {
          choice: 'social',
          data: { social_provider: 'google', state: 'pcb_fuuvu46xeqwq4wvhiqxnu5xcodb3dkks', redirect_uri: 'javascript:alert(1)' },
        },
      ],
    }),
  },
  play: async ({ args, canvas, ...context }) => {
    const t = catalogOf(context);
    await userEvent.click(canvas.getByRole('button', { name: continueWith(t, t('provider.google')) }));
    await expect(args.redirect).not.toHaveBeenCalled();
    await expect(canvas.getByRole('alert')).toHaveTextContent(containing(t('provider.error.unsafeRedirect', { provider: t('provider.google') })));
  },
};

/** The app allows only the emulator's origin (`redirectOrigins`): Google's link points elsewhere and is refused. */
export const ProviderOutsideRedirectOrigins: Story = {
  args: {
    redirectOrigins: ['http://localhost:4000'],
    events: started('start-providers', {
      flow_choices: [
        { choice: 'set_email', data: { required_for: ['password'] } },
        {
          choice: 'social',
          data: {
            social_provider: 'google',
            state: 'pcb_fuuvu46xeqwq4wvhiqxnu5xcodb3dkks',
            redirect_uri: 'https://accounts.google.com.evil.example/o/oauth2/auth',
          },
        },
      ],
    }),
  },
  play: async ({ args, canvas, ...context }) => {
    const t = catalogOf(context);
    await userEvent.click(canvas.getByRole('button', { name: continueWith(t, t('provider.google')) }));
    await expect(args.redirect).not.toHaveBeenCalled();
    await expect(canvas.getByRole('alert')).toHaveTextContent(containing(t('provider.error.unsafeRedirect', { provider: t('provider.google') })));
  },
};

export const Username: Story = {
  args: { events: started('start-username') },
  play: async ({ args, canvas, ...context }) => {
    const t = catalogOf(context);
    await expect(canvas.getByLabelText(t('username.label'))).toHaveAttribute('autocomplete', 'username');
    await userEvent.type(canvas.getByLabelText(t('username.label')), 'ada.lovelace');
    await userEvent.click(canvas.getByRole('button', { name: t('email.submit') }));
    await expect(args.submit).toHaveBeenCalledWith('set_username', { username: 'ada.lovelace' });
  },
};

export const UsernamePending: Story = {
  args: { events: [...started('start-username'), requested.update('set_username')] },
  play: async ({ canvas, ...context }) => {
    await expect(canvas.getByRole('button', { name: catalogOf(context)('email.submitPending') })).toHaveAttribute('aria-disabled', 'true');
  },
};

export const UsernameFieldError: Story = {
  args: {
    events: [...started('start-username'), requested.update('set_username'), failed('update', fieldError('username', 'DoesNotMatchPattern'))],
  },
  play: async ({ canvas, ...context }) => {
    const t = catalogOf(context);
    await expect(canvas.getByLabelText(t('username.label'))).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getByLabelText(t('username.label'))).toHaveAccessibleDescription(t('error.field.DoesNotMatchPattern'));
  },
};

export const UsernameServerError: Story = {
  args: { events: [...started('start-username'), requested.update('set_username'), failed('update', serverError())] },
  play: async ({ canvas, ...context }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(catalogOf(context)('error.server'));
  },
};

export const Phone: Story = {
  loaders: withPhoneLibrary,
  args: { events: started('start-phone') },
  play: async ({ args, canvas, ...context }) => {
    const t = catalogOf(context);
    const country = await canvas.findByLabelText(t('phone.country'));
    await waitFor(() => expect(within(country).getAllByRole('option').length).toBeGreaterThan(200));
    await userEvent.selectOptions(country, 'GB');
    const number = canvas.getByLabelText(t('identifier.phone.label'));
    await expect(number).toHaveAttribute('autocomplete', 'tel');
    await expect(number).toHaveAttribute('inputmode', 'tel');
    await userEvent.type(number, '07400 123456');
    await userEvent.click(canvas.getByRole('button', { name: t('email.submit') }));
    await expect(args.submit).toHaveBeenCalledWith('set_username', { username: '+447400123456' });
  },
};

export const PhoneInvalid: Story = {
  loaders: withPhoneLibrary,
  args: { events: started('start-phone') },
  play: async ({ args, canvas, ...context }) => {
    const t = catalogOf(context);
    const country = await canvas.findByLabelText(t('phone.country'));
    await waitFor(() => expect(within(country).getAllByRole('option').length).toBeGreaterThan(200));
    const number = canvas.getByLabelText(t('identifier.phone.label'));
    await userEvent.type(number, '12');
    await userEvent.click(canvas.getByRole('button', { name: t('email.submit') }));
    await expect(number).toHaveAttribute('aria-invalid', 'true');
    await expect(number).toHaveAccessibleDescription(t('phone.error.invalid'));
    await expect(args.submit).not.toHaveBeenCalled();
  },
};

export const PhonePending: Story = {
  loaders: withPhoneLibrary,
  args: { events: [...started('start-phone'), requested.update('set_username')] },
  play: async ({ canvas, ...context }) => {
    await expect(canvas.getByRole('button', { name: catalogOf(context)('email.submitPending') })).toHaveAttribute('aria-disabled', 'true');
  },
};

/** The flow already knows who this is (an invitation, or an identifier passed to the flow). */
export const Prefilled: Story = {
  args: { events: started('start-providers', { email: 'invited@example.com' }) },
  play: async ({ canvas, ...context }) => {
    await expect(canvas.getByLabelText(catalogOf(context)('email.label'))).toHaveValue('invited@example.com');
  },
};

/** One SAML provider is the only way in: the step goes there by itself. */
export const SamlOnly: Story = {
  args: { events: started('start-saml-only') },
  play: async ({ args, canvas, ...context }) => {
    const t = catalogOf(context);
    await expect(canvas.getByText(t('provider.samlOnly', { provider: 'Acme SSO' }))).toBeVisible();
    await waitFor(() => expect(args.redirect).toHaveBeenCalledTimes(1));
    await expect(canvas.queryByLabelText(t('email.label'))).toBeNull();
  },
};

/** Back from a provider the account does not use: the way forward is the right provider, and it leaves once. */
export const WrongMethod: Story = {
  parameters: { covers: { choice: 'social', variant: 'server-error' } },
  args: { input: GOOGLE_RETURN, events: refusedReturn('wrong-method') },
  play: async ({ args, canvas, canvasElement, ...context }) => {
    const t = catalogOf(context);
    const github = t('provider.github');
    await expect(canvas.getByRole('alert')).toHaveTextContent(t('error.wrongMethod', { provider: github }));
    const action = canvasElement.querySelector<HTMLElement>('[data-part="continue-with-provider"]');
    await expect(action).toHaveTextContent(t('error.wrongMethod.action', { provider: github }));
    await expect(action?.querySelector('[data-part="provider-icon"]')).toHaveAttribute('data-state', 'github');
    await userEvent.click(action as HTMLElement);
    await expect(args.redirect).toHaveBeenCalledWith(expect.stringContaining('/__emulator/social/github'));
    // Leaving, as the provider buttons do: it says where it goes, and nothing can send the user twice.
    await expect(action).toHaveAccessibleName(t('provider.redirecting', { provider: github }));
    await expect(action).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(action as HTMLElement);
    await expect(args.redirect).toHaveBeenCalledTimes(1);
  },
};

/** Back from a provider whose account has another email than this one. */
export const EmailMismatch: Story = {
  args: { input: GOOGLE_RETURN, events: refusedReturn('email-mismatch') },
  play: async ({ args, canvas, ...context }) => {
    const t = catalogOf(context);
    await expect(canvas.getByRole('alert')).toHaveTextContent(t('error.emailMismatch'));
    await userEvent.click(canvas.getByRole('button', { name: t('error.emailMismatch.action') }));
    await expect(args.submit).toHaveBeenCalledWith('', {});
  },
};

/** The server refused the return (a spent or wrong code): shown on the step, which offers the providers again. */
export const ReturnRefusedByServer: Story = {
  args: { input: GOOGLE_RETURN, events: refusedReturn('authentication-failure') },
  play: async ({ canvas, ...context }) => {
    const t = catalogOf(context);
    await expect(canvas.getByRole('alert')).toHaveTextContent(t('error.callbackFailed'));
    await expect(canvas.getByRole('button', { name: continueWith(t, t('provider.google')) })).toBeVisible();
  },
};

/** The identifier leads nowhere and nothing else is offered. */
export const NoValidMethods: Story = {
  args: { events: started('start-email', { flow_choices: [{ choice: 'set_email', data: { required_for: [] } }] }) },
  play: async ({ canvas, ...context }) => {
    await expect(canvas.getByText(catalogOf(context)('unsupported.body'))).toBeVisible();
  },
};

/** Providers only: no identifier field, no divider. */
export const ProvidersOnly: Story = {
  args: {
    events: started('start-providers', {
      flow_choices: (rawFlowResult('start-providers')['flow_choices'] as { choice: string }[]).map((entry) =>
        entry.choice === 'set_email' ? { choice: 'set_email', data: { required_for: [] } } : entry,
      ),
    }),
  },
  play: async ({ canvas, ...context }) => {
    const t = catalogOf(context);
    await expect(canvas.queryByLabelText(t('email.label'))).toBeNull();
    await expect(canvas.getByRole('button', { name: continueWith(t, t('provider.github')) })).toBeVisible();
  },
};
