/**
 * Origins the emulator trusts without configuration: any port on localhost, 127.0.0.1, [::1] and
 * *.localhost (the kit's `domain: "localhost:4000"` calls `http://authn.localhost:4000`).
 */
const LOCAL_ORIGIN = /^https?:\/\/(?:localhost|127\.0\.0\.1|\[::1\]|(?:[a-z0-9-]+\.)+localhost)(?::\d{1,5})?$/i;

export function isLocalOrigin(origin: string | undefined): origin is string {
  return origin !== undefined && LOCAL_ORIGIN.test(origin);
}
