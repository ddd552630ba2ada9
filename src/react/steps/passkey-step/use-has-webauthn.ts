import { useSyncExternalStore } from 'react';
import { hasWebAuthn } from './webauthn.js';

// WebAuthn does not come and go while a page is open: nothing to subscribe to.
const subscribe = () => () => undefined;
const serverSnapshot = () => false;

/**
 * Whether this browser has WebAuthn (`window.PublicKeyCredential`), safe to call while rendering
 * on the server and while hydrating: both see `false`, so the server's markup (no passkey
 * options) hydrates without a mismatch, and the passkey options appear in the render after.
 */
export function useHasWebAuthn(): boolean {
  return useSyncExternalStore(subscribe, hasWebAuthn, serverSnapshot);
}
