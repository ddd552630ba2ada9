/**
 * CORS for local development only: any port on localhost, 127.0.0.1, [::1] and *.localhost (the
 * kit's `domain: "localhost:4000"` calls `http://authn.localhost:4000`). Other origins get no
 * CORS headers, so browsers on them cannot read the answers.
 */
const LOCAL_ORIGIN = /^https?:\/\/(?:localhost|127\.0\.0\.1|\[::1\]|(?:[a-z0-9-]+\.)+localhost)(?::\d{1,5})?$/i;

export function isLocalOrigin(origin: string | undefined): origin is string {
  return origin !== undefined && LOCAL_ORIGIN.test(origin);
}

export function corsHeaders(origin: string | undefined): Record<string, string> {
  if (!isLocalOrigin(origin)) {
    return { vary: 'origin' };
  }
  return {
    'access-control-allow-origin': origin,
    'access-control-expose-headers': 'x-request-id, retry-after',
    vary: 'origin',
  };
}

export function preflightHeaders(origin: string | undefined): Record<string, string> {
  if (!isLocalOrigin(origin)) {
    return { vary: 'origin' };
  }
  return {
    ...corsHeaders(origin),
    'access-control-allow-methods': 'POST, GET, OPTIONS',
    'access-control-allow-headers': 'authorization, content-type',
    'access-control-max-age': '600',
  };
}
