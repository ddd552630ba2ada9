import type { Decorator } from '@storybook/react-vite';
import type { Messages } from '../src/react/i18n/message-types.js';
import { MessagesProvider } from '../src/react/i18n/use-messages.js';
import { AppearanceProvider } from '../src/react/theme/appearance-provider.js';
import { loadLocaleMessages, storyGlobalsOf } from './toolbar.js';

/** Loads the catalog of the toolbar's locale before the story renders (a story never flashes English). */
export async function localeLoader({ globals }: { globals: Record<string, unknown> }) {
  return { localeMessages: await loadLocaleMessages(storyGlobalsOf(globals).locale) };
}

/**
 * Applies the toolbar to every story: the theme as a wrapper class (CSS variables only, as a
 * product would), the colour scheme through the kit's appearance, and the locale and direction
 * through its messages provider, so `lang` and `dir` land on the flow's root.
 */
export const withAppearance: Decorator = (Story, context) => {
  const { theme, scheme, locale, direction } = storyGlobalsOf(context.globals);
  const messages = (context.loaded as { localeMessages?: Partial<Messages> }).localeMessages;
  return (
    <div className={`authn-theme-${theme}`} dir={direction === 'auto' ? undefined : direction}>
      <AppearanceProvider colorScheme={scheme}>
        <MessagesProvider messages={messages} locale={locale} dir={direction === 'auto' ? undefined : direction}>
          <Story />
        </MessagesProvider>
      </AppearanceProvider>
    </div>
  );
};
