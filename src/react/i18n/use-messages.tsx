import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import { directionOf, type TextDirection } from './direction.js';
import { coreMessages } from './core-messages.js';
import { formatMessage } from './messages.js';
import type { Message, MessageKey, Messages, MessageValues, Translate } from './message-types.js';

export type { Translate } from './message-types.js';

/** A step's English: some entries of the catalog, imported by the step that shows them. */
export type AreaMessages = Partial<Record<MessageKey, Message>>;

interface MessagesContextValue {
  /** The app's messages (a locale's catalog and any rewording), layered over the enclosing ones. */
  messages: Partial<Messages>;
  locale: string | undefined;
  dir: TextDirection | undefined;
}

const MessagesContext = createContext<MessagesContextValue>({ messages: {}, locale: undefined, dir: undefined });

export interface MessagesProviderProps {
  /**
   * Replaces some entries of the catalog, e.g. a whole locale from `authn-flow-kit/locales/<tag>`;
   * the rest come from the provider above, or English. @default undefined
   */
  messages?: Partial<Messages> | undefined;
  /**
   * The BCP 47 tag of the language shown (`es`, `pt-BR`, `ar`): sets `lang` on the kit's root and
   * drives plural forms and number formatting. @default the enclosing provider's, else the page's
   */
  locale?: string | undefined;
  /** Text direction of the kit's root. @default 'rtl' for Arabic, Hebrew, Persian and Urdu locales, else inherited */
  dir?: TextDirection | undefined;
  children: ReactNode;
}

/** Layers `messages` over the catalog above it, so an `AuthNFlow` can refine its provider's wording. */
export function MessagesProvider({ messages, locale, dir, children }: MessagesProviderProps) {
  const parent = useContext(MessagesContext);
  const value = useMemo<MessagesContextValue>(() => {
    const activeLocale = locale ?? parent.locale;
    return {
      messages: messages === undefined ? parent.messages : { ...parent.messages, ...messages },
      locale: activeLocale,
      // A new locale brings its own direction; an explicit `dir` beats both.
      dir: dir ?? (locale === undefined ? parent.dir : directionOf(locale)),
    };
  }, [parent, messages, locale, dir]);
  return <MessagesContext.Provider value={value}>{children}</MessagesContext.Provider>;
}

/**
 * Values wrapped in Unicode isolates (FSI … PDI), so an email or a phone number inside right-to-left
 * text keeps its own order and does not drag the sentence's punctuation along.
 */
function isolated(values: MessageValues | undefined): MessageValues | undefined {
  return values === undefined
    ? undefined
    : Object.fromEntries(
        Object.entries(values).map(([name, value]) => [name, typeof value === 'string' ? `\u2068${value}\u2069` : value]),
      );
}

/**
 * Looks keys up and fills their placeholders: the app's messages first, then `area` (the English of
 * the step calling it, e.g. `codeMessages`), then the first screen's English. A step passes its
 * area so its strings load with its code, not with the first screen. A key found nowhere shows
 * as itself, so a missing area is seen at once (and test/react/messages.test.ts catches it).
 * `area` must be a module-level constant.
 */
export function useMessages(area?: AreaMessages): Translate {
  const { messages, locale, dir } = useContext(MessagesContext);
  const translate = useCallback(
    (key: MessageKey, values?: MessageValues) =>
      formatMessage(
        messages[key] ?? area?.[key] ?? (coreMessages as AreaMessages)[key] ?? key,
        dir === 'rtl' ? isolated(values) : values,
        locale,
      ),
    [messages, area, locale, dir],
  );
  // The checked signature (`ValuesArgument`) is for callers; at runtime every key takes loose values.
  return translate as Translate;
}

/** The kit's language and direction, for `lang`/`dir` and `Intl` formatting (dates, regions). */
export function useLocale(): { locale: string | undefined; dir: TextDirection | undefined } {
  const { locale, dir } = useContext(MessagesContext);
  return { locale, dir };
}
