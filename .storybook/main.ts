import type { StorybookConfig } from '@storybook/react-vite';
import { kitAliases } from '../vite.aliases.js';

const config: StorybookConfig = {
  // MDX: the theming guide, one page per tier (stories/themes/*.mdx).
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest', 'msw-storybook-addon'],
  framework: { name: '@storybook/react-vite', options: {} },
  staticDirs: ['./public'],
  core: { disableTelemetry: true },
  // Stories use both packages by name (the emulator as a user would), resolved to source.
  viteFinal: (viteConfig) => {
    const own = viteConfig.resolve?.alias ?? [];
    const aliases = Array.isArray(own) ? own : Object.entries(own).map(([find, replacement]) => ({ find, replacement }));
    return { ...viteConfig, resolve: { ...viteConfig.resolve, alias: [...kitAliases, ...aliases] } };
  },
};

export default config;
