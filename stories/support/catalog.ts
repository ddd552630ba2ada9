/**
 * The kit's words in the story's locale, for play functions: a story looks for the text the catalog
 * gives (`t('failed.retry')`), never for English, so it passes in every language of the toolbar.
 */
import { storyGlobalsOf } from '../../.storybook/toolbar.js';
import { messages as english } from '../../src/locales/en.js';
import { directionOf } from '../../src/react/i18n/direction.js';
import type { MessageKey, Messages, MessageValues } from '../../src/react/i18n/message-types.js';
import { formatMessage } from '../../src/react/i18n/messages.js';

/** What a play function gets of its story's context: the toolbar and what the loaders loaded. */
export interface CatalogContext {
  globals: Record<string, unknown>;
  loaded: Record<string, unknown>;
}

export type StoryText = (key: MessageKey, values?: MessageValues) => string;

/** Values in Unicode isolates, as the kit writes them into right-to-left text (use-messages.tsx). */
function isolated(values: MessageValues | undefined): MessageValues | undefined {
  return values === undefined
    ? undefined
    : Object.fromEntries(Object.entries(values).map(([name, value]) => [name, typeof value === 'string' ? `\u2068${value}\u2069` : value]));
}

/**
 * The text the story shows for `key`: the toolbar locale's catalog (.storybook/with-appearance.tsx
 * loads it), else English, formatted as the kit formats it.
 */
export function catalogOf({ globals, loaded }: CatalogContext): StoryText {
  const { locale, direction } = storyGlobalsOf(globals);
  const messages: Partial<Messages> = (loaded as { localeMessages?: Partial<Messages> }).localeMessages ?? {};
  const rtl = (direction === 'auto' ? directionOf(locale) : direction) === 'rtl';
  return (key, values) => formatMessage(messages[key] ?? english[key], rtl ? isolated(values) : values, locale);
}

/**
 * `text` as a pattern matching it anywhere, for a message the screen shows inside a longer one. Any
 * run of spaces matches any other: a catalog's no-break spaces (French before ":") read as plain
 * spaces once Testing Library normalises the page's text.
 */
export function containing(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
}
