import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor, type within } from 'storybook/test';
import { CALLBACK_STORAGE_KEY } from '../src/core/index.js';
import { AuthNFlow, createAuthNClient, type AuthNClient } from '../src/index.js';
import { createEmulator, createEmulatorHandlers, totpCode, type Emulator, type PresetName } from '@authn-flow-kit/emulator';
import { catalogOf, type StoryText } from './support/catalog.js';

/**
 * The whole flow of each emulator preset, end to end: the emulator runs in the page behind MSW, so
 * there is no account and no network. Codes come from its outbox, TOTP codes from its `totpCode`.
 * The play functions find the kit's controls by the catalog's words in the toolbar's locale.
 */
const presets = new Map<PresetName, { emulator: Emulator; client: AuthNClient }>();

function presetOf(preset: PresetName): { emulator: Emulator; client: AuthNClient } {
  let found = presets.get(preset);
  if (found === undefined) {
    const emulator = createEmulator({ config: { preset, scryptCost: 2 ** 10 } });
    found = { emulator, client: createAuthNClient({ baseUrl: '/', clientToken: emulator.token }) };
    presets.set(preset, found);
  }
  return found;
}

const emulatorFor = (preset: PresetName): Emulator => presetOf(preset).emulator;

/** The story's props and MSW handlers for one preset, on an emulator reset before each run. */
function onPreset(preset: PresetName): Pick<Story, 'args' | 'parameters' | 'beforeEach'> {
  const { emulator, client } = presetOf(preset);
  return {
    // Links and providers come back to this page (the stories never follow them).
    args: { client, cbUri: `${window.location.origin}/` },
    parameters: { msw: { handlers: createEmulatorHandlers(emulator) } },
    beforeEach: () => {
      emulator.reset();
      sessionStorage.removeItem(CALLBACK_STORAGE_KEY);
    },
  };
}

/** The newest code the emulator sent to `to`. */
async function codeSentTo(preset: PresetName, to: string): Promise<string> {
  return waitFor(() => {
    const code = emulatorFor(preset).outbox().filter((message) => message.to === to && message.code !== undefined).at(-1)?.code;
    if (code === undefined) {
      throw new Error(`no code sent to ${to} yet`);
    }
    return code;
  }, SLOW);
}

const meta = {
  title: 'Flow/Whole flow (emulator)',
  component: AuthNFlow,
  args: { onComplete: fn(), onError: fn() },
} satisfies Meta<typeof AuthNFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

type Canvas = ReturnType<typeof within>;
type User = Parameters<NonNullable<Story['play']>>[0]['userEvent'];

/** Each answer goes through the in-page emulator (scrypt and all): give it time. */
const SLOW = { timeout: 10_000 };

/** A button the next step shows, once the flow's call has been answered. */
function nextButton(canvas: Canvas, name: string | RegExp): Promise<HTMLElement> {
  return canvas.findByRole('button', { name }, SLOW);
}

/** A story's hands on the flow: the canvas, the user, and the kit's words in the story's locale. */
interface Hands {
  canvas: Canvas;
  userEvent: User;
  t: StoryText;
}

async function enterEmail({ canvas, userEvent, t }: Hands, email: string): Promise<void> {
  await userEvent.type(await canvas.findByLabelText(t('email.label'), {}, SLOW), email);
  // Presets with passkeys prepare the autofill ceremony in the background first.
  const submit = () => canvas.getByRole('button', { name: t('email.submit') });
  await waitFor(() => expect(submit().closest('[data-state="update"]')).not.toBeNull(), SLOW);
  await userEvent.click(submit());
}

async function createPassword({ canvas, userEvent, t }: Hands, password: string): Promise<void> {
  await userEvent.type(await canvas.findByLabelText(t('password.label'), { selector: 'input' }, SLOW), password);
  await userEvent.click(canvas.getByRole('button', { name: t('password.submit.signUp') }));
}

/** Picks the authenticator app, reads the key the step shows, and types the code it gives now. */
async function enrolTotp(preset: PresetName, { canvas, userEvent, t }: Hands): Promise<void> {
  await userEvent.click(await nextButton(canvas, t('method.totp')));
  await expect(await canvas.findByRole('heading', { name: t('code.heading.totpSetup') }, SLOW)).toBeVisible();
  const key = canvas.getByText(/^[A-Z2-7]{4}( [A-Z2-7]{1,4})+$/).textContent ?? '';
  await userEvent.type(canvas.getByLabelText(t('code.label')), totpCode(key.replace(/\s/g, ''), emulatorFor(preset).now()));
}

async function expectSignedIn({ canvas, t }: Hands, onComplete: unknown): Promise<void> {
  await expect(await canvas.findByRole('heading', { name: t('complete.heading') }, SLOW)).toBeVisible();
  await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1), SLOW);
}

/** `password`: a new user signs up with an email and a password. */
export const PasswordPreset: Story = {
  ...onPreset('password'),
  play: async ({ args, canvas, userEvent, step, ...context }) => {
    const hands = { canvas, userEvent, t: catalogOf(context) };
    await step('email', () => enterEmail(hands, 'story@example.com'));
    await step('password', () => createPassword(hands, 'Story-passw0rd'));
    await expectSignedIn(hands, args.onComplete);
  },
};

/** `passwordless`: a new user picks a code by email, which the step sends by itself. */
export const PasswordlessPreset: Story = {
  ...onPreset('passwordless'),
  play: async ({ args, canvas, userEvent, step, ...context }) => {
    const hands = { canvas, userEvent, t: catalogOf(context) };
    const email = 'pat@example.com';
    await step('email', () => enterEmail(hands, email));
    await step('code by email', async () => {
      await userEvent.click(await nextButton(canvas, hands.t('method.email_otp')));
      await userEvent.type(await canvas.findByLabelText(hands.t('code.label'), {}, SLOW), await codeSentTo('passwordless', email));
    });
    await expectSignedIn(hands, args.onComplete);
  },
};

/** `mfa`: sign-up with a password, then an authenticator app enrolled as the second factor. */
export const MfaPreset: Story = {
  ...onPreset('mfa'),
  play: async ({ args, canvas, userEvent, step, ...context }) => {
    const hands = { canvas, userEvent, t: catalogOf(context) };
    await step('email', () => enterEmail(hands, 'max@example.com'));
    await step('password', () => createPassword(hands, 'Story-passw0rd'));
    await step('authenticator app', () => enrolTotp('mfa', hands));
    await expectSignedIn(hands, args.onComplete);
  },
};

/**
 * `everything`: password, captcha, profile, email verification (the link opened "in another
 * browser": the story sends its update itself, then polls with "I've verified"), TOTP, agreements.
 */
export const EverythingPreset: Story = {
  ...onPreset('everything'),
  play: async ({ args, canvas, userEvent, step, ...context }) => {
    const t = catalogOf(context);
    const hands = { canvas, userEvent, t };
    const email = 'eve@example.com';
    await step('email', () => enterEmail(hands, email));
    await step('password', async () => {
      await userEvent.click(await nextButton(canvas, t('method.password')));
      await createPassword(hands, 'Story-passw0rd');
    });
    await step('captcha', async () => {
      await userEvent.click(await nextButton(canvas, t('captcha.widget.check')));
    });
    await step('profile', async () => {
      // The field's label is the emulator's config (data), not the kit's catalog.
      await userEvent.type(await canvas.findByLabelText(/^First name/, {}, SLOW), 'Eve');
      await userEvent.click(canvas.getByRole('button', { name: t('profile.submit') }));
    });
    await step('verify the email', async () => {
      await expect(await canvas.findByRole('heading', { name: t('emailLink.heading.verify_email') }, SLOW)).toBeVisible();
      const link = await waitFor(() => {
        const sent = emulatorFor('everything').outbox().find((message) => message.to === email && message.link !== undefined)?.link;
        if (sent === undefined) {
          throw new Error('no link sent yet');
        }
        return new URL(sent);
      }, SLOW);
      const saved = JSON.parse(sessionStorage.getItem(CALLBACK_STORAGE_KEY) ?? '{}') as { flowId?: string };
      await presetOf('everything').client.flow.update(saved.flowId ?? '', 'verify_email', {
        state: link.searchParams.get('state') ?? '',
        code: link.searchParams.get('code') ?? '',
      });
      await userEvent.click(canvas.getByRole('button', { name: t('emailLink.poll.verified') }));
    });
    await step('authenticator app', () => enrolTotp('everything', hands));
    await step('agreements', async () => {
      for (const name of [t('agreements.heading.eula'), t('agreements.heading.privacy_policy')]) {
        await expect(await canvas.findByRole('region', { name }, SLOW)).toBeVisible();
        await userEvent.click(canvas.getByRole('button', { name: t('agreements.accept') }));
      }
    });
    await expectSignedIn(hands, args.onComplete);
  },
};
