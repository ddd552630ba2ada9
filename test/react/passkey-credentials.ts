/**
 * `navigator.credentials` for jsdom, backed by the software authenticator of the emulator tests:
 * the real @simplewebauthn/browser code runs, and the emulator verifies what it sends. Options
 * arrive as the browser gets them (ArrayBuffers) and credentials leave as the browser gives them.
 */
import { SoftAuthenticator } from '@authn-flow-kit/emulator';

type Json = Record<string, unknown>;

const toB64url = (buffer: BufferSource): string =>
  Buffer.from(buffer instanceof ArrayBuffer ? buffer : (buffer as ArrayBufferView).buffer).toString('base64url');
const toBuffer = (text: string): ArrayBuffer => {
  const bytes = Buffer.from(text, 'base64url');
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
};

interface Descriptor {
  id: BufferSource;
  type: string;
  transports?: string[];
}

function descriptors(list: Descriptor[] | undefined): Json[] {
  return (list ?? []).map((entry) => ({ ...entry, id: toB64url(entry.id) }));
}

export interface SoftCredentials {
  authenticator: SoftAuthenticator;
  /** Calls made, by kind: `create`, `get`, `get:conditional`. */
  calls: string[];
  /** How many requests were aborted (a conditional request when the step changed, say). */
  aborted: number;
  /** The next modal request fails with this DOMException name, as a browser would. */
  failNext(name: string): void;
  /** The next assertion carries a bad signature, so the server refuses it. */
  tamperNext(): void;
  /** Whether a conditional (autofill) request is waiting. */
  hasAutofillRequest(): boolean;
  /** The user picks the passkey the autofill offers. */
  pickAutofill(): Promise<void>;
  restore(): void;
}

/** Installs WebAuthn on `globalThis`; `conditional` says whether autofill (conditional UI) is there. */
export function installSoftCredentials({ conditional = false }: { conditional?: boolean } = {}): SoftCredentials {
  const authenticator = new SoftAuthenticator('http://localhost');
  let failure: string | null = null;
  let tamper = false;
  let autofill: { options: Json; resolve: (value: unknown) => void; reject: (error: unknown) => void } | null = null;
  const state: SoftCredentials = {
    authenticator,
    calls: [],
    aborted: 0,
    failNext: (name) => {
      failure = name;
    },
    tamperNext: () => {
      tamper = true;
    },
    hasAutofillRequest: () => autofill !== null,
    pickAutofill: async () => {
      const request = autofill;
      if (request === null) {
        throw new Error('No autofill request is waiting');
      }
      autofill = null;
      request.resolve(assertionOf(await authenticator.authenticate(request.options)));
    },
    restore: () => undefined,
  };

  const takeFailure = () => {
    const name = failure;
    failure = null;
    return name === null ? null : new DOMException(`The operation failed: ${name}`, name);
  };

  const credentials = {
    async create({ publicKey, signal }: CredentialCreationOptions) {
      state.calls.push('create');
      const options = publicKey as PublicKeyCredentialCreationOptions;
      const error = takeFailure();
      if (error !== null) {
        throw error;
      }
      if (signal?.aborted) {
        throw signal.reason;
      }
      const json = await authenticator.register({
        ...options,
        challenge: toB64url(options.challenge),
        user: { ...options.user, id: toB64url(options.user.id) },
        excludeCredentials: descriptors(options.excludeCredentials as Descriptor[] | undefined),
      });
      const response = json['response'] as Record<string, string | string[]>;
      return {
        id: json['id'],
        rawId: toBuffer(String(json['id'])),
        type: 'public-key',
        authenticatorAttachment: 'platform',
        response: {
          clientDataJSON: toBuffer(String(response['clientDataJSON'])),
          attestationObject: toBuffer(String(response['attestationObject'])),
          getTransports: () => response['transports'],
        },
        getClientExtensionResults: () => ({}),
      };
    },
    async get({ publicKey, signal, mediation }: CredentialRequestOptions) {
      const options = publicKey as PublicKeyCredentialRequestOptions;
      const json: Json = {
        ...options,
        challenge: toB64url(options.challenge),
        allowCredentials: descriptors(options.allowCredentials as Descriptor[] | undefined),
      };
      if (mediation === 'conditional') {
        state.calls.push('get:conditional');
        return new Promise((resolve, reject) => {
          const request = { options: json, resolve, reject };
          autofill = request;
          signal?.addEventListener('abort', () => {
            if (autofill === request) {
              autofill = null;
            }
            state.aborted += 1;
            reject(signal.reason);
          });
        });
      }
      state.calls.push('get');
      const error = takeFailure();
      if (error !== null) {
        throw error;
      }
      const assertion = await authenticator.authenticate(json, { tamper });
      tamper = false;
      return assertionOf(assertion);
    },
  };

  const previous = {
    credentials: Object.getOwnPropertyDescriptor(navigator, 'credentials'),
    publicKeyCredential: (globalThis as { PublicKeyCredential?: unknown }).PublicKeyCredential,
  };
  class PublicKeyCredential {
    static isConditionalMediationAvailable = async () => conditional;
    static isUserVerifyingPlatformAuthenticatorAvailable = async () => true;
  }
  Object.defineProperty(navigator, 'credentials', { value: credentials, configurable: true });
  Object.assign(globalThis, { PublicKeyCredential });
  state.restore = () => {
    if (previous.credentials) {
      Object.defineProperty(navigator, 'credentials', previous.credentials);
    } else {
      delete (navigator as { credentials?: unknown }).credentials;
    }
    if (previous.publicKeyCredential === undefined) {
      delete (globalThis as { PublicKeyCredential?: unknown }).PublicKeyCredential;
    } else {
      Object.assign(globalThis, { PublicKeyCredential: previous.publicKeyCredential });
    }
  };
  return state;
}

function assertionOf(json: Json) {
  const response = json['response'] as Record<string, string>;
  return {
    id: json['id'],
    rawId: toBuffer(String(json['id'])),
    type: 'public-key',
    authenticatorAttachment: 'platform',
    response: {
      clientDataJSON: toBuffer(String(response['clientDataJSON'])),
      authenticatorData: toBuffer(String(response['authenticatorData'])),
      signature: toBuffer(String(response['signature'])),
      // The authenticator keeps the handle as WebAuthn gave it: the base64url of the user id.
      userHandle: response['userHandle'] ? toBuffer(response['userHandle']) : null,
    },
    getClientExtensionResults: () => ({}),
  };
}
