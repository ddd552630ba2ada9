/**
 * The URL to send the browser to for a social or SAML choice, or `null` when it is not a plain
 * http(s) URL. The URL comes from the server, but a `javascript:` or `data:` one would run in the
 * app's origin, so anything else is refused. Credentials in the URL are refused too: they are a
 * classic way to disguise where a link goes (`https://bank.com@evil.example`).
 */
export function safeRedirectUrl(uri: string): string | null {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return null;
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username !== '' || url.password !== '') {
    return null;
  }
  return url.href;
}
