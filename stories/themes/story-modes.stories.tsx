/**
 * The mode each story test run is in (.storybook/story-mode.ts): this story fails when a run meant to
 * be dark or right to left draws its stories light or left to right, which would leave axe checking
 * the same pictures three times.
 */
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { journeys } from '../../test/fixtures/flow-events.js';
import { storyModeOf } from '../../.storybook/story-mode.js';
import { FixtureFlow } from '../support/fixture-flow.js';

const meta = {
  title: 'Themes/Story modes',
  component: FixtureFlow,
  args: { events: journeys.signinPassword() },
} satisfies Meta<typeof FixtureFlow>;

export default meta;

export const RunMode: StoryObj<typeof meta> = {
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('[data-scope="authn"][data-part="root"]');
    const mode = storyModeOf();
    await expect(root).toHaveAttribute('data-color-scheme', mode === 'dark' ? 'dark' : 'auto');
    await expect(getComputedStyle(document.documentElement).direction).toBe(mode === 'rtl' ? 'rtl' : 'ltr');
  },
};
