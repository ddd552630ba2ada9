import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { CaptchaContext } from '../src/react/captcha/captcha-context.js';
import { CaptchaError, type CaptchaAdapter } from '../src/react/captcha/captcha-adapter.js';
import { EMULATOR_CAPTCHA_TOKEN } from '../src/react/captcha/emulator-captcha.js';
import { apiError } from '../test/fixtures/index.js';
import { catalogOf } from './support/catalog.js';
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
  play: async ({ args, canvas, userEvent, ...context }) => {
    const t = catalogOf(context);
    await expect(canvas.getByRole('heading', { name: t('captcha.heading') })).toBeVisible();
    await userEvent.click(await canvas.findByRole('button', { name: t('captcha.widget.check') }));
    await expect(args.submit).toHaveBeenCalledWith('captcha', { code: EMULATOR_CAPTCHA_TOKEN });
  },
};

export const Pending: Story = {
  args: { events: [...captcha(), inFlight('everything', 4)] },
  play: async ({ canvas, ...context }) => {
    await expect(canvas.getByText(catalogOf(context)('captcha.checking'))).toBeVisible();
  },
};

/** The token ran out before it was sent: the widget is reset and the step says so. */
export const Expired: Story = {
  parameters: { captcha: storyCaptcha('expire') },
  play: async ({ canvas, ...context }) => {
    await expect(await canvas.findByText(catalogOf(context)('captcha.expired'))).toBeVisible();
  },
};

/** The server refused the token: a new widget, and a message. */
export const Refused: Story = {
  args: { events: [...captcha(), inFlight('everything', 4), failure('update', apiError('authentication-failure'))] },
  play: async ({ canvas, ...context }) => {
    const t = catalogOf(context);
    await expect(canvas.getByRole('alert')).toHaveTextContent(t('captcha.error.rejected'));
    await expect(await canvas.findByRole('button', { name: t('captcha.widget.check') })).toBeVisible();
  },
};

export const ServerError: Story = {
  args: { events: [...captcha(), inFlight('everything', 4), failure('update')] },
  play: async ({ canvas, ...context }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(catalogOf(context)('error.server'));
  },
};

export const LoadFailed: Story = {
  parameters: { captcha: storyCaptcha('fail-to-load') },
  play: async ({ canvas, ...context }) => {
    const t = catalogOf(context);
    await expect(await canvas.findByRole('alert')).toHaveTextContent(t('captcha.error.load'));
    await expect(canvas.getByRole('button', { name: t('captcha.retry') })).toBeVisible();
  },
};
