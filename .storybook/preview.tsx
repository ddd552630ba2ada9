import type { Preview } from '@storybook/react-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { preloadSteps } from '../src/react/steps/lazy-steps.js';
import '../src/react/theme/styles.css';

const preview: Preview = {
  // Steps load on demand in the kit; stories render each state at once, so load them up front.
  loaders: [mswLoader(), async () => ({ steps: await preloadSteps() })],
  parameters: {
    // axe violations fail the story test in Chromium.
    a11y: { test: 'error' },
    layout: 'centered',
  },
};

export default preview;
