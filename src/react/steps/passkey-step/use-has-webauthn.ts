import { useSyncExternalStore } from 'react';
import { hasWebAuthn } from './webauthn.js';

// Neither WebAuthn nor the page's host changes while a page is open: nothing to subscribe to.
const subscribe = () => () => undefined;
const serverSnapshot = () => false;

/** A dotted-quad IPv4 address; the URL parser writes every IPv4 form (`127.1`, `0x7f.0.0.1`) this way. */
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/**
 * Whether `hostname` (as `location.hostname` gives it) is an IP address rather than a domain.
 * WebAuthn takes the relying party id from the page's domain and refuses an IP address
 * (`SecurityError`), so on `http://127.0.0.1:5173` every passkey ceremony fails while on
 * `http://localhost:5173` it works.
 */
export function isIpAddressHost(hostname: string): boolean {
  // An IPv6 host (`[::1]`) always holds a colon; a domain never does.
  return IPV4.test(hostname) || hostname.includes(':');
}

/**
 * Whether a passkey ceremony can run on this page: WebAuthn, on a domain (not an IP address).
 * Only a browser has WebAuthn, so `location` is there whenever the host is read.
 */
export function passkeysWorkHere(): boolean {
  return hasWebAuthn() && !isIpAddressHost(location.hostname);
}

/**
 * Whether this page can offer passkeys: the browser has WebAuthn (`window.PublicKeyCredential`)
 * and the page is on a domain, not an IP address (`passkeysWorkHere`). Safe to call while
 * rendering on the server and while hydrating: both see `false`, so the server's markup (no
 * passkey options) hydrates without a mismatch, and the passkey options appear in the render after.
 */
export function useHasWebAuthn(): boolean {
  return useSyncExternalStore(subscribe, passkeysWorkHere, serverSnapshot);
}
