/**
 * A software WebAuthn authenticator for tests (a page's or a test runner's): an ES256 (P-256) key per credential made with
 * WebCrypto, `none` attestation, and signed assertions, as a browser's platform authenticator
 * would answer `navigator.credentials.create/get` (in simplewebauthn's JSON form).
 */

type Json = Record<string, unknown>;
type CborValue = number | string | Uint8Array | CborValue[] | [CborValue, CborValue][] | { map: [CborValue, CborValue][] };

interface Credential {
  id: Uint8Array;
  rpId: string;
  userHandle: string;
  privateKey: CryptoKey;
  counter: number;
}

const encoder = new TextEncoder();

export class SoftAuthenticator {
  private readonly credentials: Credential[] = [];

  constructor(private readonly origin = 'http://localhost') {}

  get credentialIds(): string[] {
    return this.credentials.map((credential) => b64url(credential.id));
  }

  /** Answers `registration.publicKey` (PublicKeyCredentialCreationOptionsJSON). */
  async register(options: Json, overrides: { origin?: string; challenge?: string } = {}): Promise<Json> {
    const rp = options['rp'] as { id: string };
    const user = options['user'] as { id: string };
    const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
    const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
    const id = crypto.getRandomValues(new Uint8Array(16));
    const coseKey = cbor({ map: [[1, 2], [3, -7], [-1, 1], [-2, raw.slice(1, 33)], [-3, raw.slice(33, 65)]] });
    const credIdLength = new Uint8Array([id.length >> 8, id.length & 0xff]);
    const authData = concat(await rpIdHash(rp.id), new Uint8Array([0x45, 0, 0, 0, 0]), new Uint8Array(16), credIdLength, id, coseKey);
    const attestationObject = cbor({ map: [['fmt', 'none'], ['attStmt', { map: [] }], ['authData', authData]] });
    this.credentials.push({ id, rpId: rp.id, userHandle: user.id, privateKey: pair.privateKey, counter: 0 });
    const clientData = this.clientData('webauthn.create', overrides.challenge ?? String(options['challenge']), overrides.origin);
    return {
      id: b64url(id),
      rawId: b64url(id),
      type: 'public-key',
      response: { clientDataJSON: b64url(clientData), attestationObject: b64url(attestationObject), transports: ['internal'] },
      clientExtensionResults: {},
      authenticatorAttachment: 'platform',
    };
  }

  /** Answers `authentication.publicKey` (PublicKeyCredentialRequestOptionsJSON). */
  async authenticate(options: Json, overrides: { origin?: string; tamper?: boolean } = {}): Promise<Json> {
    const rpId = String(options['rpId']);
    const allowed = ((options['allowCredentials'] as { id: string }[] | undefined) ?? []).map((c) => c.id);
    const credential = this.credentials.find(
      (candidate) => candidate.rpId === rpId && (allowed.length === 0 || allowed.includes(b64url(candidate.id))),
    );
    if (!credential) {
      throw new Error('No credential for this relying party');
    }
    credential.counter += 1;
    const counter = new Uint8Array(4);
    new DataView(counter.buffer).setUint32(0, credential.counter);
    const authData = concat(await rpIdHash(rpId), new Uint8Array([0x05]), counter);
    const clientData = this.clientData('webauthn.get', String(options['challenge']), overrides.origin);
    const clientDataHash = new Uint8Array(await crypto.subtle.digest('SHA-256', clientData));
    const signed = concat(authData, clientDataHash);
    if (overrides.tamper) {
      signed[0] = (signed[0] ?? 0) ^ 1;
    }
    const raw = new Uint8Array(await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, credential.privateKey, signed));
    return {
      id: b64url(credential.id),
      rawId: b64url(credential.id),
      type: 'public-key',
      response: {
        clientDataJSON: b64url(clientData),
        authenticatorData: b64url(authData),
        signature: b64url(derSignature(raw)),
        userHandle: credential.userHandle,
      },
      clientExtensionResults: {},
      authenticatorAttachment: 'platform',
    };
  }

  private clientData(type: string, challenge: string, origin = this.origin): Uint8Array<ArrayBuffer> {
    return encoder.encode(JSON.stringify({ type, challenge, origin, crossOrigin: false }));
  }
}

async function rpIdHash(rpId: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(rpId)));
}

function concat(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

export function b64url(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64url');
}

/** The CBOR subset attestation needs: small ints, byte and text strings, maps (RFC 8949). */
function cbor(value: CborValue): Uint8Array {
  const head = (major: number, length: number): Uint8Array => {
    if (length < 24) {
      return new Uint8Array([(major << 5) | length]);
    }
    if (length < 256) {
      return new Uint8Array([(major << 5) | 24, length]);
    }
    return new Uint8Array([(major << 5) | 25, length >> 8, length & 0xff]);
  };
  if (typeof value === 'number') {
    return value >= 0 ? head(0, value) : head(1, -1 - value);
  }
  if (typeof value === 'string') {
    const bytes = encoder.encode(value);
    return concat(head(3, bytes.length), bytes);
  }
  if (value instanceof Uint8Array) {
    return concat(head(2, value.length), value);
  }
  if (!Array.isArray(value)) {
    return concat(head(5, value.map.length), ...value.map.flatMap(([k, v]) => [cbor(k), cbor(v)]));
  }
  throw new Error('Unsupported CBOR value');
}

/** WebCrypto signs ECDSA as r‖s; WebAuthn carries it as an ASN.1 DER SEQUENCE of two INTEGERs. */
function derSignature(raw: Uint8Array): Uint8Array {
  const integer = (bytes: Uint8Array): Uint8Array => {
    let start = 0;
    while (start < bytes.length - 1 && bytes[start] === 0) {
      start += 1;
    }
    const trimmed = bytes.slice(start);
    const body = (trimmed[0] ?? 0) & 0x80 ? concat(new Uint8Array([0]), trimmed) : trimmed;
    return concat(new Uint8Array([0x02, body.length]), body);
  };
  const r = integer(raw.slice(0, 32));
  const s = integer(raw.slice(32, 64));
  return concat(new Uint8Array([0x30, r.length + s.length]), r, s);
}
