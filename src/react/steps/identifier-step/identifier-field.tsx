import { lazy, Suspense, useEffect, useRef } from 'react';
import { useMessages } from '../../i18n/use-messages.js';
import type { PhoneNumberStatus } from '../../primitives/phone-field.js';
import { TextField } from '../../primitives/text-field.js';
import type { IdentifierMode } from './identifier-mode.js';
import { VERBATIM_INPUT } from '../shared/verbatim-input.js';

export interface IdentifierFieldProps {
  mode: IdentifierMode;
  /** The text typed (E.164 for a phone). */
  value: string;
  error: string | null;
  /** The `autocomplete` token of the text input (a passkey step may add `webauthn`). */
  autoComplete: string;
  onChange: (text: string, phoneStatus: PhoneNumberStatus) => void;
}

// Only phone projects need it, and it needs its phone library anyway: both load on demand.
const PhoneField = lazy(() => import('../../primitives/phone-field-lazy.js').then((module) => ({ default: module.PhoneField })));

/** The email, username or phone input of the identifier step. */
export function IdentifierField({ mode, value, error, autoComplete, onChange }: IdentifierFieldProps) {
  const t = useMessages();
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // Typed into the server-rendered field before the page hydrated: React keeps the text on
    // screen but not in state, and its next render would wipe it. Take it up once.
    const typedEarly = inputRef.current?.value;
    if (typedEarly !== undefined && typedEarly !== value) {
      onChange(typedEarly, 'empty');
    }
    // Once, on mount: later the input's value is React's own.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  if (mode === 'phone') {
    const label = t('identifier.phone.label');
    // While the phone field loads, a number input in its place: same label, same height, same
    // `autocomplete`, nothing to lose.
    const placeholder = (
      <TextField label={label} type="tel" inputMode="tel" autoComplete={autoComplete} readOnly aria-busy value="" />
    );
    return (
      <Suspense fallback={placeholder}>
        <PhoneField
          label={label}
          name="username"
          autoComplete={autoComplete}
          required
          value={value}
          error={error}
          onChange={onChange}
        />
      </Suspense>
    );
  }
  const byUsername = mode === 'username';
  return (
    <TextField
      label={t(byUsername ? 'username.label' : 'email.label')}
      name={byUsername ? 'username' : 'email'}
      type={byUsername ? 'text' : 'email'}
      autoComplete={autoComplete}
      // Usernames are case- and space-sensitive; don't let phones "fix" them.
      {...VERBATIM_INPUT}
      required
      value={value}
      error={error}
      inputRef={inputRef}
      onChange={(event) => onChange(event.target.value, 'empty')}
    />
  );
}

