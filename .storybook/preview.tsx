import type { Preview } from '@storybook/react-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { preloadSteps } from '../src/react/steps/lazy-steps.js';
import '../src/react/theme/styles.css';
import '../stories/themes/default.css';
import '../stories/themes/midnight.css';
import '../stories/themes/paper.css';
import { DIRECTIONS, LOCALES, localeTitle, SCHEMES, storyGlobalsOf, THEMES } from './toolbar.js';
import { localeLoader, withAppearance } from './with-appearance.js';

const capitalised = (value: string) => value.charAt(0).toUpperCase() + value.slice(1);

/**
 * The locale stories open in: English, unless `VITE_STORY_LOCALE` names another. Play functions
 * look for the catalog's words (stories/support/catalog.ts), so
 * `VITE_STORY_LOCALE=ar npx vitest run --project storybook stories/<file>` proves a file's stories
 * pass in Arabic too.
 */
const initialLocale = storyGlobalsOf({ locale: import.meta.env['VITE_STORY_LOCALE'] }).locale;

/** What replays a story (machine events, the start input, a scripted answer): for the story's code, not for Controls. */
const internalArgs = Object.fromEntries(
  ['events', 'input', 'answer', 'redirectOrigins'].map((name) => [name, { table: { disable: true } }]),
);

const preview: Preview = {
  // Steps load on demand in the kit; stories render each state at once, so load them up front.
  loaders: [mswLoader(), async () => ({ steps: await preloadSteps() }), localeLoader],
  decorators: [withAppearance],
  globalTypes: {
    theme: {
      description: 'Sample theme (CSS variables only, stories/themes/*.css)',
      toolbar: { title: 'Theme', icon: 'paintbrush', items: THEMES.map((value) => ({ value, title: capitalised(value) })), dynamicTitle: true },
    },
    scheme: {
      description: 'Colour scheme (data-color-scheme on the flow root)',
      toolbar: { title: 'Scheme', icon: 'contrast', items: SCHEMES.map((value) => ({ value, title: capitalised(value) })), dynamicTitle: true },
    },
    locale: {
      description: 'Language (src/locales/<tag>.ts)',
      toolbar: { title: 'Locale', icon: 'globe', items: LOCALES.map((value) => ({ value, title: localeTitle(value) })), dynamicTitle: true },
    },
    direction: {
      description: 'Text direction; auto follows the locale',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: DIRECTIONS.map((value) => ({ value, title: value === 'auto' ? 'Auto (locale)' : value.toUpperCase() })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'default', scheme: 'auto', locale: initialLocale, direction: 'auto' },
  argTypes: internalArgs,
  parameters: {
    // axe violations fail the story test in Chromium.
    a11y: { test: 'error' },
    layout: 'centered',
    // The overview first (Storybook opens on the first entry), then the steps, the flow, theming.
    options: { storySort: { order: ['Overview', 'Steps', 'Flow', 'Session', 'Theming', 'Themes'] } },
    // The step's data in Controls; the spies a story passes (`retry`, `onComplete`) are in Actions.
    controls: { exclude: /^(submit|restart|startOver|retry|finish|redirect|on[A-Z]\w*)$/ },
  },
};

export default preview;
