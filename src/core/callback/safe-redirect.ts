/**
 * The URL to send the browser to for a social or SAML choice, or `null` when it is not a plain
 * http(s) URL. The URL comes from the server, but a `javascript:` or `data:` one would run in the
 * app's origin, so anything else is refused. Credentials in the URL are refused too: they are a
 * classic way to disguise where a link goes (`https://bank.com@evil.example`).
 *
 * With `allowedOrigins`, the URL must also be on one of them (scheme, host and port, as
 * `URL.origin` compares them). An entry that is not a URL allows nothing: a typo fails closed.
 */
export function safeRedirectUrl(uri: string, allowedOrigins?: readonly string[]): string | null {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return null;
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username !== '' || url.password !== '') {
    return null;
  }
  if (allowedOrigins !== undefined && !allowedOrigins.some((origin) => originOf(origin) === url.origin)) {
    return null;
  }
  return url.href;
}

function originOf(entry: string): string | null {
  try {
    return new URL(entry).origin;
  } catch {
    return null;
  }
}
