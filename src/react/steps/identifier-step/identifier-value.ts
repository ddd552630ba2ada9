import type { PhoneNumberStatus } from '../../primitives/phone-field.js';
import { isEmail } from '../shared/is-email.js';
import type { IdentifierMode } from './identifier-mode.js';

/** The identifier as typed: trimmed text (E.164 for a phone), and whether it can be sent. */
export interface IdentifierValue {
  mode: IdentifierMode;
  text: string;
  empty: boolean;
  valid: boolean;
}

export function identifierValueOf(mode: IdentifierMode, text: string, phoneStatus: PhoneNumberStatus): IdentifierValue {
  const trimmed = text.trim();
  switch (mode) {
    case 'email':
      return { mode, text: trimmed, empty: trimmed === '', valid: isEmail(trimmed) };
    case 'username':
      return { mode, text: trimmed, empty: trimmed === '', valid: trimmed !== '' };
    case 'phone':
      // The phone field reports `''` for an invalid number: its status tells it from an empty one.
      return { mode, text: trimmed, empty: phoneStatus === 'empty', valid: phoneStatus === 'valid' && trimmed !== '' };
    default:
      return mode satisfies never;
  }
}
