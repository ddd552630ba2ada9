export type TextDirection = 'ltr' | 'rtl';

/** Scripts written right to left, by the language subtag of a locale. */
const RTL_LANGUAGES: ReadonlySet<string> = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'ckb', 'dv', 'sd', 'ug']);

/** The direction a locale's text runs in: `ar-EG` and `fa` are right to left, `en` and `ja` left to right. */
export function directionOf(locale: string): TextDirection {
  const language = locale.split(/[-_]/)[0]?.toLowerCase() ?? '';
  // A script subtag overrides the language's usual script (`az-Arab` is rtl, `ur-Latn` would not be).
  const script = /[-_](Arab|Hebr|Thaa|Syrc|Nkoo|Adlm|Rohg)(?:[-_]|$)/i.test(locale);
  const latin = /[-_]Latn(?:[-_]|$)/i.test(locale);
  return script || (RTL_LANGUAGES.has(language) && !latin) ? 'rtl' : 'ltr';
}
