import type { Message, Messages } from '../react/i18n/message-types.js';

const ACCENTED: Readonly<Record<string, string>> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, index) => [
    letter,
    [...'áƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][index] ?? letter,
  ]),
);

/** About how much longer German or Finnish runs than English: room a layout must leave. */
const GROWTH = 0.35;

/**
 * One string, pseudo-localised: every letter accented, padded ~35 % longer, in brackets, with its
 * `{placeholders}` left as they are. A cut-off bracket shows truncation, unaccented text shows a
 * string outside the catalog, and the padding shows layouts that break in longer languages.
 */
export function pseudoLocalizeText(text: string): string {
  const accented = text
    .split(/(\{\w+\})/)
    .map((part, index) => (index % 2 === 1 ? part : part.replace(/[A-Za-z]/g, (letter) => ACCENTED[letter] ?? letter)))
    .join('');
  const padding = '·'.repeat(Math.max(1, Math.ceil(text.length * GROWTH) - 1));
  return `[${accented} ${padding}]`;
}

function pseudoLocalizeMessage(message: Message): Message {
  if (typeof message === 'string') {
    return pseudoLocalizeText(message);
  }
  return Object.fromEntries(
    Object.entries(message).map(([category, form]) => [category, pseudoLocalizeText(form)]),
  ) as unknown as Message;
}

/** A pseudo-locale (`en-XA`) made from a catalog, plural forms included. */
export function pseudoLocalize(messages: Messages): Messages {
  return Object.fromEntries(
    Object.entries(messages).map(([key, message]) => [key, pseudoLocalizeMessage(message)]),
  ) as Messages;
}
