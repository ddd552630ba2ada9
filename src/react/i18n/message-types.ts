/**
 * The catalog's types. Types cost nothing at runtime, so `MessageKey` and `Messages` span the whole
 * kit while the English strings themselves are split per area (`core-messages.ts` for the first screen,
 * `en/*.ts` for the steps that load later).
 */
import type { coreMessages } from './core-messages.js';
import type { PluralMessage } from './message.js';
import type { accountMessages } from './en/account.js';
import type { agreementsMessages } from './en/agreements.js';
import type { captchaMessages } from './en/captcha.js';
import type { choiceMessages } from './en/choice.js';
import type { codeMessages } from './en/code.js';
import type { completeMessages } from './en/complete.js';
import type { consentMessages } from './en/consent.js';
import type { emailLinkMessages } from './en/email-link.js';
import type { failedMessages } from './en/failed.js';
import type { passkeyMessages } from './en/passkey.js';
import type { passwordMessages } from './en/password.js';
import type { profileMessages } from './en/profile.js';
import type { entryMessages } from './en/entry.js';
import type { resendMessages } from './en/resend.js';
import type { setPasswordMessages } from './en/set-password.js';
import type { unsupportedMessages } from './en/unsupported.js';

export type { Message, PluralCategory, PluralMessage } from './message.js';

/** Every English entry, area by area (types only: nothing here is bundled). */
type EnglishCatalog = typeof coreMessages &
  typeof accountMessages &
  typeof agreementsMessages &
  typeof captchaMessages &
  typeof choiceMessages &
  typeof codeMessages &
  typeof completeMessages &
  typeof consentMessages &
  typeof emailLinkMessages &
  typeof failedMessages &
  typeof passkeyMessages &
  typeof passwordMessages &
  typeof profileMessages &
  typeof entryMessages &
  typeof resendMessages &
  typeof setPasswordMessages &
  typeof unsupportedMessages;

export type MessageKey = keyof EnglishCatalog & string;

/** A full catalog: every key, translated; a plural entry stays plural (with the locale's categories). */
export type Messages = { [K in MessageKey]: EnglishCatalog[K] extends string ? string : PluralMessage };

/** Values for the `{name}` placeholders of a message. */
export type MessageValues = Record<string, string | number>;

/** The `{name}` placeholders of one template. */
type PlaceholdersOf<T extends string> = T extends `${string}{${infer Name}}${infer Rest}` ? Name | PlaceholdersOf<Rest> : never;

/** The placeholders of an entry; a plural entry also needs `count`. */
type PlaceholdersOfMessage<M> = M extends string
  ? PlaceholdersOf<M>
  : 'count' | { [C in keyof M]: M[C] extends string ? PlaceholdersOf<M[C]> : never }[keyof M];

/** The values a key needs: `count` is a number (it picks the plural form), the rest text or numbers. */
export type ValuesOf<K extends MessageKey> = {
  [P in PlaceholdersOfMessage<EnglishCatalog[K]>]: P extends 'count' ? number : string | number;
};

type UnionToIntersection<U> = (U extends unknown ? (union: U) => void : never) extends (intersection: infer I) => void
  ? I
  : never;
type IsUnion<T> = [T] extends [UnionToIntersection<T>] ? false : true;

/**
 * The rest arguments of `t(key, …)`. A literal key is checked: its values must fill every
 * placeholder, and a key without placeholders takes none. A key only known as a union (looked up
 * from a table) takes loose values, since the table already chose among checked entries.
 */
export type ValuesArgument<K extends MessageKey> =
  IsUnion<K> extends true
    ? [values?: MessageValues]
    : [keyof ValuesOf<K>] extends [never]
      ? [values?: Record<string, never>]
      : [values: ValuesOf<K>];

/** Looks a key up in the catalog and fills its placeholders, choosing the plural form by `count`. */
export type Translate = <K extends MessageKey>(key: K, ...values: ValuesArgument<K>) => string;
