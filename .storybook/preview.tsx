import type { Preview } from '@storybook/react-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import '../src/react/theme/styles.css';

const preview: Preview = {
  loaders: [mswLoader()],
  parameters: {
    // axe violations fail the story test in Chromium.
    a11y: { test: 'error' },
    layout: 'centered',
  },
};

export default preview;
