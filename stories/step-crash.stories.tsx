import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { AppearanceProvider } from '../src/react/theme/appearance-provider.js';
import { catalogOf } from './support/catalog.js';
import { FixtureFlow, type FixtureFlowProps } from './support/fixture-flow.js';
import { recordedJourney } from './support/journeys.js';

/** A step whose code throws: server text no parser takes, or a bug in a custom step. */
function ThrowingStep(): never {
  throw new Error('This step could not render (a story of the kit’s error boundary)');
}

/** The flow with its identifier step replaced by one that throws while rendering. */
function CrashingFlow(props: FixtureFlowProps) {
  return (
    <AppearanceProvider components={{ set_email: ThrowingStep }}>
      <FixtureFlow {...props} />
    </AppearanceProvider>
  );
}

/**
 * Any step that throws while rendering takes down only itself: the flow says so in the user's
 * words and offers "Start over", instead of a blank page.
 */
const meta = {
  title: 'Flow/Error views/Step that failed to render',
  component: CrashingFlow,
  args: { events: recordedJourney.emailStep, startOver: fn() },
  argTypes: { events: { table: { disable: true } } },
} satisfies Meta<typeof CrashingFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Crashed: Story = {
  play: async ({ args, canvas, canvasElement, userEvent, ...context }) => {
    const t = catalogOf(context);
    await expect(canvas.getByRole('heading', { name: t('flow.crashed.heading') })).toBeVisible();
    await expect(canvas.getByRole('alert')).toHaveTextContent(t('flow.crashed.body'));
    await expect(canvasElement.querySelector('[data-part="failed-view"]')).toHaveAttribute('data-state', 'crashed');
    await userEvent.click(canvas.getByRole('button', { name: t('flow.startOver') }));
    await expect(args.startOver).toHaveBeenCalled();
  },
};
