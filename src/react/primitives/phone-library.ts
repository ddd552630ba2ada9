import type * as PhoneLibraryModule from 'libphonenumber-js/min';

/** The part of libphonenumber-js the phone field uses, with its smallest (`min`) metadata. */
export type PhoneLibrary = typeof PhoneLibraryModule;

let pending: Promise<PhoneLibrary> | undefined;

/**
 * Loads libphonenumber-js once, on demand: its metadata is most of its weight, and only a phone
 * field needs it. A failed load is forgotten, so the next field tries again.
 */
export function loadPhoneLibrary(): Promise<PhoneLibrary> {
  pending ??= import('libphonenumber-js/min').catch((error: unknown) => {
    pending = undefined;
    throw error;
  });
  return pending;
}
