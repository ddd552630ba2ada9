import { coreMessages } from './core-messages.js';
import type { Message, MessageKey, MessageValues } from './message-types.js';

// The whole English catalog (locales/en) gathers the first screen's English from here.
export { coreMessages };

export type {
  Message,
  MessageKey,
  Messages,
  MessageValues,
  PluralCategory,
  PluralMessage,
  Translate,
  ValuesArgument,
  ValuesOf,
} from './message-types.js';

/** Whether the first screen's English has `key`, or `area` (a step's English) has it. */
export function isMessageKey(key: string, area?: Partial<Record<MessageKey, Message>>): key is MessageKey {
  return Object.hasOwn(coreMessages, key) || (area !== undefined && Object.hasOwn(area, key));
}

// Made once per locale: constructing `Intl` formatters is slow, and a countdown formats every second.
const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const asciiDigitLocales = new Map<string, boolean>();

export function cached<T>(cache: Map<string, T>, locale: string | undefined, make: () => T): T {
  const key = locale ?? '';
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

function pluralRulesOf(locale: string | undefined): Intl.PluralRules {
  return cached(pluralRules, locale, () => new Intl.PluralRules(locale));
}

/**
 * Languages whose digits are ASCII in every CLDR release. A page's first `Intl.NumberFormat` takes
 * tens of milliseconds, which the submit showing the first number would wait for; in these a whole
 * number reads the same from `String` (the plural rules, built in a millisecond, resolve the locale).
 */
const ASCII_DIGITS = /^(?:en|de|es|fr|it|ja|ko|nl|pt|zh)\b/;

/** Whether `locale` writes a whole number as `String` does; a `-u-` extension may pick other digits. */
function writesAsciiDigits(locale: string | undefined): boolean {
  return cached(
    asciiDigitLocales,
    locale,
    () => !/-u-/i.test(locale ?? '') && ASCII_DIGITS.test(pluralRulesOf(locale).resolvedOptions().locale),
  );
}

/** Numbers in the locale's digits; no grouping, since a value may be a calling code or a year. */
function formatNumber(value: number, locale: string | undefined): string {
  // `1 / value > 0` leaves out -0, which the formatter signs.
  return Number.isSafeInteger(value) && 1 / value > 0 && writesAsciiDigits(locale)
    ? String(value)
    : cached(numberFormats, locale, () => new Intl.NumberFormat(locale, { useGrouping: false })).format(value);
}

/**
 * Fills `{name}` placeholders; an unknown placeholder stays visible so a missing value is noticed.
 * A plural message picks its form for `values.count` by the locale's plural rules (CLDR categories
 * only, no `=0`-style exact forms), falling back to `other`. Numbers are written for `locale`.
 */
export function formatMessage(message: Message, values?: MessageValues, locale?: string): string {
  const count = values?.count;
  const template =
    typeof message === 'string'
      ? message
      : typeof count === 'number'
        ? (message[pluralRulesOf(locale).select(count)] ?? message.other)
        : message.other;
  if (values === undefined) {
    return template;
  }
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = values[name];
    if (value === undefined) {
      return match;
    }
    return typeof value === 'number' ? formatNumber(value, locale) : value;
  });
}
