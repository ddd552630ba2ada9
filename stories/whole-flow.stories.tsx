import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { AuthNFlow, createAuthNClient } from '../src/index.js';
import { createEmulator, createEmulatorHandlers } from '../src/emulator/index.js';

/** The emulator runs in the page, behind MSW: the whole flow with no account and no network. */
const emulator = createEmulator({ config: { scryptCost: 2 ** 12 } });
const client = createAuthNClient({ baseUrl: '/', clientToken: emulator.token });

const meta = {
  title: 'Flow/Whole flow (emulator)',
  component: AuthNFlow,
  args: { client, onComplete: fn(), onError: fn() },
  parameters: { msw: { handlers: createEmulatorHandlers(emulator) } },
  beforeEach: () => {
    emulator.reset();
  },
} satisfies Meta<typeof AuthNFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A new user signs up with a password, end to end, through the emulator. */
export const SignUp: Story = {
  play: async ({ args, canvas, userEvent, step }) => {
    const email = 'story@example.com';
    const password = 'Story-passw0rd';
    await step('sign up', async () => {
      await userEvent.type(await canvas.findByLabelText('Email'), email);
      await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
      await userEvent.type(await canvas.findByLabelText('Password', { selector: 'input' }), password);
      await userEvent.click(canvas.getByRole('button', { name: 'Create account' }));
      await expect(await canvas.findByRole('heading', { name: "You're signed in" })).toBeVisible();
      await waitFor(() => expect(args.onComplete).toHaveBeenCalledTimes(1));
    });
  },
};

/** Browse the flow by hand. */
export const Interactive: Story = {};
