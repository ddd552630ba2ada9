import { parseDigits } from 'libphonenumber-js/core';

/** The length of every code of the spec (`^[0-9]{6}$`). */
export const CODE_LENGTH = 6;

/** Separators people paste inside a code ("123 456", "123-456"). */
const SEPARATORS = /[\s\-\u2010-\u2015]/g;

/** A whole code standing alone in a text ("Your code is 123456."). */
const LONE_CODE = new RegExp(`(?<!\\d)\\d{${CODE_LENGTH}}(?!\\d)`);

/**
 * The code in a pasted text: a whole code standing alone (the line of a mail or text message that
 * holds it), else every digit of it, in ASCII (see `parseDigits` in code-input.tsx).
 */
export function pastedCodeOf(text: string): string {
  // Separators go; any other character that is not a digit ends a run.
  const runs = text.replace(SEPARATORS, '').replace(/./gu, (character) => parseDigits(character) || ' ');
  return LONE_CODE.exec(runs)?.[0] ?? parseDigits(runs);
}
