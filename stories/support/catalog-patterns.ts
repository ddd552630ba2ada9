/**
 * Patterns over the catalog's words, for play functions whose text cannot be known exactly: a
 * countdown ticks while the story runs, and a click may end in one of two messages.
 */
import type { MessageKey } from '../../src/react/i18n/message-types.js';
import { containing, type StoryText } from './catalog.js';

/**
 * A count in each CLDR plural category the kit's locales use: Arabic's six (0, 1, 2, 3, 11, 100)
 * and the `many` of French, Spanish and Portuguese (a million).
 */
const PLURAL_SAMPLES = [0, 1, 2, 3, 11, 100, 1_000_000];

/**
 * `text`, escaped, with any run of spaces matching any other: Testing Library reads the page's text
 * with its spaces collapsed, and a catalog may write a no-break space (French, before a colon).
 */
function spacesFree(text: string): string {
  return text
    .split(/\s+/u)
    .map((part) => containing(part).source)
    .join('\\s+');
}

/** As `spacesFree`, with every number in it free to be any number (in any script's digits). */
function numbersFree(text: string): string {
  return text.split(/\p{Nd}+/u).map(spacesFree).join('\\p{Nd}+');
}

/**
 * What `key` says for any whole number as its `name` value (a countdown's seconds), in whichever
 * plural form the locale picks for it. `whole` anchors it to the entire text, as an accessible name.
 */
export function withAnyNumber(t: StoryText, key: MessageKey, name: string, { whole = false } = {}): RegExp {
  const forms = [...new Set(PLURAL_SAMPLES.map((count) => numbersFree(t(key, { [name]: count }))))];
  const body = `(?:${forms.join('|')})`;
  return new RegExp(whole ? `^${body}$` : body, 'u');
}

/** Exactly one of `texts`: the outcomes a step may end in (copied, or selected to copy by hand). */
export function exactlyOneOf(...texts: string[]): RegExp {
  return new RegExp(`^(?:${texts.map(spacesFree).join('|')})$`, 'u');
}
