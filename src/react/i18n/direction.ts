export type TextDirection = 'ltr' | 'rtl';

/** Languages written right to left in their usual script (`iw`: Hebrew's old code, still sent by Java). */
const RTL_LANGUAGES: ReadonlySet<string> = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'yi', 'ckb', 'dv', 'sd', 'ug', 'ks', 'syr']);

/** Scripts written right to left. */
const RTL_SCRIPTS: ReadonlySet<string> = new Set(['arab', 'hebr', 'thaa', 'syrc', 'nkoo', 'adlm', 'rohg']);

/** The direction a locale's text runs in: `ar-EG` and `fa` are right to left, `en` and `ja` left to right. */
export function directionOf(locale: string): TextDirection {
  const [language = '', ...subtags] = locale.toLowerCase().split(/[-_]/);
  // Only the subtags before an extension name a script: in `ar-u-nu-latn`, `latn` is the digits'.
  const extension = subtags.findIndex((subtag) => subtag.length === 1);
  const script = subtags.slice(0, extension === -1 ? undefined : extension).find((subtag) => /^[a-z]{4}$/.test(subtag));
  // A script subtag overrides the language's usual script: `az-Arab` is rtl, `ur-Latn` and `sd-Deva` are not.
  return (script === undefined ? RTL_LANGUAGES.has(language) : RTL_SCRIPTS.has(script)) ? 'rtl' : 'ltr';
}
