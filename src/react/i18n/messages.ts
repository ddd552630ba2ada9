import { coreMessages } from './core-messages.js';
import type { Message, MessageKey, MessageValues, PluralMessage } from './message-types.js';

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

function cached<T>(cache: Map<string, T>, locale: string | undefined, make: () => T): T {
  const key = locale ?? '';
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

function pluralCategoryOf(count: number, locale: string | undefined): Intl.LDMLPluralRule {
  return cached(pluralRules, locale, () => new Intl.PluralRules(locale)).select(count);
}

/** Numbers in the locale's digits; no grouping, since a value may be a calling code or a year. */
function formatNumber(value: number, locale: string | undefined): string {
  return cached(numberFormats, locale, () => new Intl.NumberFormat(locale, { useGrouping: false })).format(value);
}

function isPlural(message: Message): message is PluralMessage {
  return typeof message === 'object';
}

/**
 * Fills `{name}` placeholders; an unknown placeholder stays visible so a missing value is noticed.
 * A plural message picks its form for `values.count` by the locale's plural rules (CLDR categories
 * only, no `=0`-style exact forms), falling back to `other`. Numbers are written for `locale`.
 */
export function formatMessage(message: Message, values?: MessageValues, locale?: string): string {
  let template: string;
  if (isPlural(message)) {
    const count = values?.count;
    template = typeof count === 'number' ? (message[pluralCategoryOf(count, locale)] ?? message.other) : message.other;
  } else {
    template = message;
  }
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
