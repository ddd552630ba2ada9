import type { StorybookConfig } from '@storybook/react-vite';
import { kitAliases } from '../vite.aliases.js';

const config: StorybookConfig = {
  // MDX: the theming guide, one page per tier (stories/themes/*.mdx).
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest', 'msw-storybook-addon'],
  framework: { name: '@storybook/react-vite', options: {} },
  staticDirs: ['./public'],
  core: { disableTelemetry: true },
  // Storybook's own "Get started" checklist (sidebar widget and menu page) is for Storybook's users,
  // not ours: the overview page (stories/overview.mdx) is where this Storybook starts.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  // Stories use both packages by name (the emulator as a user would), resolved to source.
  viteFinal: (viteConfig) => {
    const own = viteConfig.resolve?.alias ?? [];
    const aliases = Array.isArray(own) ? own : Object.entries(own).map(([find, replacement]) => ({ find, replacement }));
    return { ...viteConfig, resolve: { ...viteConfig.resolve, alias: [...kitAliases, ...aliases] } };
  },
};

export default config;
