import type { EngineContext } from './context.js';
import { newId } from './ids.js';

export interface WireJwk {
  kty: string;
  crv: string;
  x: string;
  y: string;
  kid: string;
  alg: 'ES256';
  use: 'sig';
}

/**
 * `client/jwks`: the project's ES256 public key (an EC P-256 JWK, kid `pvi_…|1` as in the OAS
 * example). It is made with WebCrypto on first use and kept in the store so that it survives a
 * restart with a persistent store. The emulator's tokens are opaque, so nothing is signed with it
 * yet; it is here for clients that fetch and cache the key set.
 */
export async function jwks(ctx: EngineContext): Promise<{ keys: WireJwk[] }> {
  let key = ctx.store.getSigningKey();
  if (!key) {
    const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
    const [publicJwk, privateJwk] = await Promise.all([
      crypto.subtle.exportKey('jwk', pair.publicKey),
      crypto.subtle.exportKey('jwk', pair.privateKey),
    ]);
    // Another request may have made one while this one awaited: keep the first.
    key = ctx.store.getSigningKey() ?? { kid: `${newId('pvi', ctx.random)}|1`, publicJwk, privateJwk };
    ctx.store.putSigningKey(key);
  }
  const { kty = 'EC', crv = 'P-256', x = '', y = '' } = key.publicJwk;
  return { keys: [{ kty, crv, x, y, kid: key.kid, alg: 'ES256', use: 'sig' }] };
}
