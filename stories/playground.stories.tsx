import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { PRESET_NAMES } from '@authn-flow-kit/emulator';
import { catalogOf } from './support/catalog.js';
import { EmulatorPlayground, playgroundHandlers, SOCIAL_PROVIDERS } from './support/playground.js';

/**
 * The whole flow on the emulator, set up from Controls: pick a preset, the providers, passkeys,
 * whether new users may sign up, the password policy, and an account that already exists. Codes
 * and links the emulator sends show under the flow.
 */
const meta = {
  title: 'Flow/Playground (emulator)',
  component: EmulatorPlayground,
  parameters: { msw: { handlers: playgroundHandlers } },
  args: {
    preset: 'password',
    providers: ['google', 'github'],
    passkeys: true,
    signUp: true,
    passwordMinLength: 8,
    knownUser: '',
    email: '',
    onComplete: fn(),
    onError: fn(),
  },
  argTypes: {
    preset: { control: 'select', options: PRESET_NAMES },
    providers: { control: 'check', options: SOCIAL_PROVIDERS },
    passwordMinLength: { control: { type: 'range', min: 1, max: 32, step: 1 } },
    onComplete: { table: { disable: true } },
    onError: { table: { disable: true } },
  },
} satisfies Meta<typeof EmulatorPlayground>;

export default meta;
type Story = StoryObj<typeof meta>;

/** An email, passkeys and two providers: sign up with a password, or try a provider's page. */
export const Playground: Story = {
  play: async ({ canvas, ...context }) => {
    const t = catalogOf(context);
    await expect(await canvas.findByLabelText(t('email.label'), {}, { timeout: 10_000 })).toBeVisible();
    // The form is there before the flow's first answer; the providers come with it.
    const google = t('provider.continueWith', { provider: t('provider.google') });
    await expect(await canvas.findByRole('button', { name: google }, { timeout: 10_000 })).toBeVisible();
  },
};

/** Everything the emulator can ask, for a known user (`joe@example.com`, password `Story-passw0rd`). */
export const KnownUserEverything: Story = {
  args: { preset: 'everything', providers: [...SOCIAL_PROVIDERS], knownUser: 'joe@example.com', email: 'joe@example.com' },
};
