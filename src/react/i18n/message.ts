// One catalog entry's shape. A leaf module: the English catalogs are typed by it, and the
// catalog's types are derived from them.

/** A plural CLDR category other than `other`, which every plural message must have. */
export type PluralCategory = Exclude<Intl.LDMLPluralRule, 'other'>;

/**
 * A message whose wording depends on a number, chosen by `Intl.PluralRules` from the `count`
 * value: `{ one: '{count} second', other: '{count} seconds' }`. A locale gives the categories
 * its language needs (Arabic: zero, one, two, few, many, other; Japanese: other only).
 */
export type PluralMessage = { readonly other: string } & { readonly [C in PluralCategory]?: string };

/** One catalog entry: a template with `{name}` placeholders, or plural forms of one. */
export type Message = string | PluralMessage;
