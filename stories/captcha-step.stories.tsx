import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { CaptchaContext } from '../src/react/captcha/captcha-context.js';
import { CaptchaError, type CaptchaAdapter } from '../src/react/captcha/captcha-adapter.js';
import { EMULATOR_CAPTCHA_TOKEN } from '../src/react/captcha/emulator-captcha.js';
import { apiError } from '../test/fixtures/index.js';
import { FixtureFlow } from './support/fixture-flow.js';
import { failure, inFlight, recordedJourney } from './support/journeys.js';

/**
 * `phase_captcha` with the emulator's test site key, recorded (everything #1–3). Hand-written: a
 * refused token (the recording sends the good one) and a 500.
 */
const captcha = recordedJourney.captcha;

/** A widget drawn in the page that does what a story needs; no vendor script is ever loaded. */
function storyCaptcha(behaviour: 'expire' | 'fail-to-load'): CaptchaAdapter {
  return {
    name: 'story',
    render: async (container, options) => {
      if (behaviour === 'fail-to-load') {
        throw new CaptchaError('load-timeout', 'The story’s widget never loads');
      }
      const box = document.createElement('div');
      box.textContent = '✓';
      container.append(box);
      queueMicrotask(() => options.onExpired());
      return { reset: () => undefined, destroy: () => box.remove() };
    },
  };
}

const meta = {
  title: 'Steps/CaptchaStep',
  component: FixtureFlow,
  args: { events: captcha(), submit: fn(), startOver: fn() },
  decorators: [
    (Story, { parameters }) => (
      <CaptchaContext.Provider value={parameters['captcha'] as CaptchaAdapter | undefined}>
        <Story />
      </CaptchaContext.Provider>
    ),
  ],
} satisfies Meta<typeof FixtureFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The emulator's own test widget (its site key), drawn in the page: the token goes out at once. */
export const Idle: Story = {
  play: async ({ args, canvas, userEvent }) => {
    await expect(canvas.getByRole('heading', { name: "Confirm you're human" })).toBeVisible();
    await userEvent.click(await canvas.findByRole('button', { name: "I'm not a robot" }));
    await expect(args.submit).toHaveBeenCalledWith('captcha', { code: EMULATOR_CAPTCHA_TOKEN });
  },
};

export const Pending: Story = {
  args: { events: [...captcha(), inFlight('everything', 4)] },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Checking…')).toBeVisible();
  },
};

/** The token ran out before it was sent: the widget is reset and the step says so. */
export const Expired: Story = {
  parameters: { captcha: storyCaptcha('expire') },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('The check expired. Complete it again.')).toBeVisible();
  },
};

/** The server refused the token: a new widget, and a message. */
export const Refused: Story = {
  args: { events: [...captcha(), inFlight('everything', 4), failure('update', apiError('authentication-failure'))] },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent("The check didn't pass. Complete it again.");
    await expect(await canvas.findByRole('button', { name: "I'm not a robot" })).toBeVisible();
  },
};

export const ServerError: Story = {
  args: { events: [...captcha(), inFlight('everything', 4), failure('update')] },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(/Something went wrong on our side/);
  },
};

export const LoadFailed: Story = {
  parameters: { captcha: storyCaptcha('fail-to-load') },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert')).toHaveTextContent("The check couldn't load.");
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};
