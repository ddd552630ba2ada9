import type { CountryCode } from 'libphonenumber-js/min';
import { cached } from '../i18n/messages.js';
import type { PhoneLibrary } from './phone-library.js';

/** What the typed number is: nothing yet, a number the country's plan allows, or not. */
export type PhoneNumberStatus = 'empty' | 'valid' | 'invalid';

export interface PhoneEvaluation {
  /** E.164, `''` unless valid. */
  e164: string;
  status: PhoneNumberStatus;
  /** The country the number belongs to, when the library could tell. */
  country: string | undefined;
}

/** Before the library loads (or if it cannot): only a full international number can be judged. */
const INTERNATIONAL = /^\+[1-9]\d{7,14}$/;

export function evaluatePhone(library: PhoneLibrary | null, text: string, country: string): PhoneEvaluation {
  const trimmed = text.trim();
  if (trimmed === '') {
    return { e164: '', status: 'empty', country: undefined };
  }
  if (library === null) {
    const compact = trimmed.replace(/[\s().-]/g, '');
    return INTERNATIONAL.test(compact)
      ? { e164: compact, status: 'valid', country: undefined }
      : { e164: '', status: 'invalid', country: undefined };
  }
  const defaultCountry = library.isSupportedCountry(country) ? (country as CountryCode) : undefined;
  const parsed = library.parsePhoneNumberFromString(trimmed, defaultCountry);
  return parsed?.isValid()
    ? { e164: parsed.number, status: 'valid', country: parsed.country }
    : { e164: '', status: 'invalid', country: parsed?.country };
}

export interface CountryOption {
  code: string;
  /** Digits after `+`; unknown until the library loads. */
  callingCode: string | undefined;
}

/** Every country the metadata knows, by name; before it loads, the selected one alone. */
export function countryOptionsOf(library: PhoneLibrary | null, selected: string, locale?: string): CountryOption[] {
  if (library === null) {
    return [{ code: selected, callingCode: undefined }];
  }
  const options: CountryOption[] = library
    .getCountries()
    .map((code) => ({ code: code as string, callingCode: library.getCountryCallingCode(code) as string }));
  if (!options.some((option) => option.code === selected)) {
    options.push({ code: selected, callingCode: undefined });
  }
  return options.sort((a, b) => regionName(a.code, locale).localeCompare(regionName(b.code, locale), locale));
}

/** By locale (`''`: the browser's); `null` where `Intl.DisplayNames` is missing. */
const regionNamesByLocale = new Map<string, Intl.DisplayNames | null>();

/** A country's name in the kit's `locale`, else the browser's (`Intl`, no data shipped); the code if unknown. */
export function regionName(code: string, locale?: string): string {
  const regionNames = cached(regionNamesByLocale, locale, () => {
    try {
      return new Intl.DisplayNames(locale, { type: 'region' });
    } catch {
      return null;
    }
  });
  try {
    return regionNames?.of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * The region of the kit's `locale` (`pt-BR` → `BR`), else of the browser's language, else `US`.
 * Safe on the server; with a `locale`, server and client guess alike.
 */
export function guessCountry(locale?: string): string {
  try {
    const language = locale ?? (typeof navigator === 'undefined' ? undefined : navigator.language);
    const region = language === undefined ? undefined : new Intl.Locale(language).maximize().region;
    // Private-use regions (`en-XA`, the pseudo-locale) are no country.
    return region !== undefined && /^[A-Z]{2}$/.test(region) && !/^(AA|Q[M-Z]|X[A-Z]|ZZ)$/.test(region) ? region : 'US';
  } catch {
    return 'US';
  }
}
