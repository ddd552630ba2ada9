import type { PublicKeyCredentialCreationOptionsJSON, PublicKeyCredentialRequestOptionsJSON } from '@simplewebauthn/browser';
import type * as WebAuthnModule from '@simplewebauthn/browser';
import type { ChoiceData, FlowUpdateData } from '../../../core/index.js';

type WebAuthnLibrary = typeof WebAuthnModule;

let library: Promise<WebAuthnLibrary> | undefined;

/** The WebAuthn library, fetched on first use: only flows that offer a passkey pay for it. */
export function loadWebAuthn(): Promise<WebAuthnLibrary> {
  library ??= import('@simplewebauthn/browser').catch((error: unknown) => {
    library = undefined;
    throw error;
  });
  return library;
}

/** Whether this browser has WebAuthn at all; the library's own check, without loading it. */
export function hasWebAuthn(): boolean {
  return typeof globalThis.PublicKeyCredential === 'function';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The sign-in options of a started ceremony (`authentication.publicKey`), or `null`. The flow's
 * schema keeps `publicKey` only as an object, so its fields are what is left to check.
 */
export function requestOptionsOf(data: ChoiceData<'passkey'>): PublicKeyCredentialRequestOptionsJSON | null {
  const publicKey = data.authentication?.publicKey;
  if (typeof publicKey?.['challenge'] !== 'string') {
    return null;
  }
  return publicKey as unknown as PublicKeyCredentialRequestOptionsJSON;
}

/**
 * The registration options of a started ceremony (`registration.publicKey`), or `null`. `user.id`
 * stays as AuthN sends it, the plain user id: `register` encodes it.
 */
export function creationOptionsOf(data: ChoiceData<'passkey'>): PublicKeyCredentialCreationOptionsJSON | null {
  const publicKey = data.registration?.publicKey;
  const user = publicKey?.['user'];
  if (
    typeof publicKey?.['challenge'] !== 'string' ||
    !isRecord(publicKey['rp']) ||
    !isRecord(user) ||
    typeof user['id'] !== 'string'
  ) {
    return null;
  }
  return publicKey as unknown as PublicKeyCredentialCreationOptionsJSON;
}

/** Why a ceremony ended without a credential: the step says it with `passkey.error.<failure>`. */
export type PasskeyFailure = 'cancelled' | 'unsupported' | 'alreadyRegistered' | 'notAllowedHere' | 'failed';

/**
 * The browser's error, sorted. `aborted` is the kit's own doing (the step left, or a new ceremony
 * replaced this one) and is never shown. `NotAllowedError` covers both a dismissed prompt and a
 * timeout: browsers do not tell them apart, on purpose.
 */
export function passkeyFailureOf(error: unknown): PasskeyFailure | 'aborted' {
  const name = error instanceof Error ? error.name : '';
  switch (name) {
    case 'AbortError':
      return 'aborted';
    case 'NotAllowedError':
      return 'cancelled';
    case 'InvalidStateError':
      return 'alreadyRegistered';
    case 'NotSupportedError':
      return 'unsupported';
    case 'SecurityError':
      return 'notAllowedHere';
    default:
      return error instanceof Error && /not supported/i.test(error.message) ? 'unsupported' : 'failed';
  }
}

/** A ceremony under way; `cancel` ends it only if no other ceremony has replaced it since. */
export interface PasskeyCeremony {
  result: Promise<FlowUpdateData['passkey']>;
  cancel(): void;
}

/** The ceremony running now: the library allows one at a time, and aborts the older one. */
let current: symbol | null = null;

function ceremonyOf(run: (webauthn: WebAuthnLibrary) => Promise<FlowUpdateData['passkey']>): PasskeyCeremony {
  const token = Symbol('passkey ceremony');
  let cancelled = false;
  let loaded: WebAuthnLibrary | undefined;
  const result = loadWebAuthn()
    .then((webauthn) => {
      if (cancelled) {
        throw new DOMException('The ceremony was cancelled before it began', 'AbortError');
      }
      loaded = webauthn;
      current = token;
      return run(webauthn);
    })
    .finally(() => {
      if (current === token) {
        current = null;
      }
    });
  return {
    result,
    cancel: () => {
      cancelled = true;
      if (current === token) {
        loaded?.WebAuthnAbortService.cancelCeremony();
      }
    },
  };
}

/** Signs in: a browser prompt, or with `autofill` the passkeys offered under the identifier field. */
export function authenticate(
  optionsJSON: PublicKeyCredentialRequestOptionsJSON,
  { autofill = false }: { autofill?: boolean } = {},
): PasskeyCeremony {
  return ceremonyOf(async (webauthn) => {
    const assertion = await webauthn.startAuthentication({ optionsJSON, useBrowserAutofill: autofill });
    const { userHandle } = assertion.response;
    // The user handle goes back decoded, as AuthN wants it.
    const decoded = userHandle === undefined ? undefined : new TextDecoder().decode(webauthn.base64URLStringToBuffer(userHandle));
    return { authentication: { ...assertion, response: { ...assertion.response, userHandle: decoded } } };
  });
}

/**
 * Creates a passkey for the flow's user. AuthN sends `user.id` as the plain user id; WebAuthn
 * options carry it base64url-encoded (research §5).
 */
export function register(options: PublicKeyCredentialCreationOptionsJSON): PasskeyCeremony {
  return ceremonyOf(async (webauthn) => {
    const user = { ...options.user, id: webauthn.bufferToBase64URLString(new TextEncoder().encode(options.user.id).buffer) };
    return { registration: await webauthn.startRegistration({ optionsJSON: { ...options, user } }) };
  });
}

/**
 * Whether the browser can offer passkeys in the identifier field's autofill (conditional UI).
 * Asked only where WebAuthn works (`passkeysWorkHere`).
 */
export async function supportsPasskeyAutofill(): Promise<boolean> {
  const webauthn = await loadWebAuthn();
  return webauthn.browserSupportsWebAuthnAutofill();
}
