import { urlOf } from './callback-params.js';

/**
 * The URL to send the browser to for a social or SAML choice, or `null` when it is not a plain
 * http(s) URL. The URL comes from the server, but a `javascript:` or `data:` one would run in the
 * app's origin, so anything else is refused. Credentials in the URL are refused too: they are a
 * classic way to disguise where a link goes (`https://bank.com@evil.example`).
 *
 * With `allowedOrigins`, the URL must also be on one of them (scheme, host and port, as
 * `URL.origin` compares them). An entry that is not a URL allows nothing: a typo fails closed.
 * Without, only https is followed, and plain http only to this machine (a local emulator): a provider
 * page over http would hand the user's sign-in to anyone on the network path.
 */
export function safeRedirectUrl(uri: string, allowedOrigins?: readonly string[]): string | null {
  const url = urlOf(uri);
  if (
    url === undefined ||
    (url.protocol !== 'https:' && url.protocol !== 'http:') ||
    url.username !== '' ||
    url.password !== ''
  ) {
    return null;
  }
  if (allowedOrigins !== undefined) {
    return allowedOrigins.some((origin) => urlOf(origin)?.origin === url.origin) ? url.href : null;
  }
  return url.protocol === 'https:' || isLoopback(url.hostname) ? url.href : null;
}

/** localhost, *.localhost, 127.0.0.0/8 and [::1]: hosts that never leave this machine. */
function isLoopback(hostname: string): boolean {
  return /^(?:localhost|(?:[a-z0-9-]+\.)+localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i.test(hostname);
}
