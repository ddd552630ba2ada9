import { useEffect, useId, useMemo, useRef, useState, type ReactNode, type Ref } from 'react';
import { useLocale, useMessages } from '../i18n/use-messages.js';
import { loadPhoneLibrary, type PhoneLibrary } from './phone-library.js';
import { countryOptionsOf, evaluatePhone, guessCountry, regionName, type PhoneNumberStatus } from './phone-number.js';
import { usePartAttributes } from './parts.js';
import { TextField } from './text-field.js';

export type { PhoneNumberStatus } from './phone-number.js';

export interface PhoneFieldProps {
  /** The visible label of the number input. */
  label: ReactNode;
  /** The number in E.164 (`+14155550123`), or `''` while there is no valid number. */
  value: string;
  /**
   * Called on every edit with the number in E.164 (`''` unless it is valid) and whether it is
   * empty, valid or invalid, so a form can refuse an invalid number on submit.
   */
  onChange: (e164: string, status: PhoneNumberStatus) => void;
  /** The error text, tied to the number input. @default the field's own "invalid number" after leaving it */
  error?: string | null | undefined;
  /** ISO 3166-1 alpha-2 code the country list starts on. @default the browser's region, else 'US' */
  defaultCountry?: string | undefined;
  /** The `name` of the number input. @default 'phone' */
  name?: string | undefined;
  /** The `autocomplete` token of the number input. @default 'tel' */
  autoComplete?: string | undefined;
  /** Help under the number input. @default undefined */
  description?: ReactNode;
  /** Marks the number as required for assistive technology. @default false */
  required?: boolean | undefined;
  /** The number input, to focus it. @default undefined */
  inputRef?: Ref<HTMLInputElement> | undefined;
  /** @default undefined */
  className?: string | undefined;
}

/**
 * A phone number: a country list and a number, checked and turned into E.164 by libphonenumber-js
 * (its small `min` metadata), which loads on demand when the field first mounts. A number typed
 * with `+` and a country code wins over the list, which then follows it.
 * @selector [data-scope="authn"][data-part="phone-field"][data-state="empty" | "valid" | "invalid"]
 * Inner parts: `country-field` (`label`, `country-select`) and a `field` for the number.
 */
export function PhoneField({
  label,
  value,
  onChange,
  error,
  defaultCountry,
  name = 'phone',
  autoComplete = 'tel',
  description,
  required = false,
  inputRef,
  className,
}: PhoneFieldProps) {
  const partAttributes = usePartAttributes();
  const t = useMessages();
  const { locale } = useLocale();
  const selectId = useId();
  const [library, setLibrary] = useState<PhoneLibrary | null>(null);
  const [country, setCountry] = useState(() => (defaultCountry ?? guessCountry(locale)).toUpperCase());
  const [text, setText] = useState(value);
  const [left, setLeft] = useState(false);
  const edited = useRef(false);
  // What the library needs when it arrives, which may be after the user typed.
  const latest = useRef({ onChange, value, text, country });
  useEffect(() => {
    latest.current = { onChange, value, text, country };
  });

  useEffect(() => {
    let live = true;
    // The number given to the field is reported once it can be checked: the form may hold text the
    // field never checked (the first screen's email field, before the answer asked for a phone).
    const checkGiven = (loaded: PhoneLibrary | null, country: string) => {
      const { value, onChange: report } = latest.current;
      if (value !== '') {
        const result = evaluatePhone(loaded, value, country);
        report(result.e164, result.status);
      }
    };
    loadPhoneLibrary()
      .then((loaded) => {
        if (!live) {
          return;
        }
        setLibrary(loaded);
        const current = latest.current;
        if (edited.current) {
          // The number typed before the library arrived is checked now.
          const result = evaluatePhone(loaded, current.text, current.country);
          current.onChange(result.e164, result.status);
          return;
        }
        const parsed = current.value === '' ? undefined : loaded.parsePhoneNumberFromString(current.value);
        if (parsed?.country !== undefined) {
          // A number given to the field is shown the way people of its country write it.
          setCountry(parsed.country);
          setText(parsed.formatNational());
        }
        checkGiven(loaded, parsed?.country ?? current.country);
      })
      // Offline or blocked: only full international numbers can be checked (see evaluatePhone).
      .catch(() => {
        if (live && !edited.current) {
          checkGiven(null, latest.current.country);
        }
      });
    return () => {
      live = false;
    };
  }, []);

  const options = useMemo(() => countryOptionsOf(library, country, locale), [library, country, locale]);
  const status = evaluatePhone(library, text, country).status;
  const ownError = left && status === 'invalid' ? t('phone.error.invalid') : null;

  const update = (nextText: string, nextCountry: string) => {
    edited.current = true;
    const result = evaluatePhone(library, nextText, nextCountry);
    if (result.country !== undefined && result.country !== nextCountry && nextText.trim().startsWith('+')) {
      setCountry(result.country);
    }
    onChange(result.e164, result.status);
  };

  return (
    <div {...partAttributes('phone-field', status, className)}>
      <div {...partAttributes('country-field')}>
        <label htmlFor={selectId} {...partAttributes('label')}>
          {t('phone.country')}
        </label>
        <select
          id={selectId}
          name={`${name}-country`}
          autoComplete="country"
          value={country}
          onChange={(event) => {
            setCountry(event.target.value);
            update(text, event.target.value);
          }}
          {...partAttributes('country-select')}
        >
          {options.map((option) => (
            <option key={option.code} value={option.code}>
              {option.callingCode === undefined
                ? regionName(option.code, locale)
                : t('phone.countryOption', { country: regionName(option.code, locale), code: option.callingCode })}
            </option>
          ))}
        </select>
      </div>
      <TextField
        label={label}
        name={name}
        type="tel"
        inputMode="tel"
        autoComplete={autoComplete}
        required={required}
        value={text}
        description={description}
        error={error ?? ownError}
        inputRef={inputRef}
        onChange={(event) => {
          setText(event.target.value);
          setLeft(false);
          update(event.target.value, country);
        }}
        onBlur={() => setLeft(true)}
      />
    </div>
  );
}
