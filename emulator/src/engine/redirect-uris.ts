import type { EmulatorConfig } from './config/types.js';
import { failValidation } from './failures.js';

/**
 * The project's registered redirect URIs, which `cb_uri` must fall under. Pangea's console
 * registers them per project (`allowed_callbacks` in the service config); how the service matches
 * them is not published, so this is the emulator's rule:
 * - scheme, host and port equal, except that a loopback host (localhost, 127.0.0.1, [::1]) takes
 *   any port, as RFC 8252 §7.3 asks of loopback redirects (a dev server picks its own);
 * - the entry's path is the whole path of `cb_uri` or a leading run of its segments (`/auth`
 *   registers `/auth` and `/auth/callback`, not `/authx`); `/` registers the whole origin;
 * - queries and fragments are not compared (`cb_uri` carries the kit's own parameters back).
 */

/** Registered by default, so every local page can sign in without configuration. */
export const LOOPBACK_REDIRECT_URIS = [
  'http://localhost/',
  'https://localhost/',
  'http://127.0.0.1/',
  'https://127.0.0.1/',
  'http://[::1]/',
  'https://[::1]/',
] as const;

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export function isRegisteredRedirect(config: Pick<EmulatorConfig, 'redirectUris'>, uri: string): boolean {
  if (!URL.canParse(uri)) {
    return false;
  }
  const target = new URL(uri);
  return config.redirectUris.some((entry) => URL.canParse(entry) && covers(new URL(entry), target));
}

function covers(entry: URL, target: URL): boolean {
  if (entry.protocol !== target.protocol || entry.hostname !== target.hostname) {
    return false;
  }
  if (!LOOPBACK_HOSTS.has(entry.hostname) && entry.port !== target.port) {
    return false;
  }
  const base = entry.pathname.endsWith('/') ? entry.pathname : `${entry.pathname}/`;
  return target.pathname === entry.pathname || target.pathname.startsWith(base);
}

/**
 * A `cb_uri` outside the registered ones: a ValidationError at `source`. The spec lists only
 * ValidationError for `flow/start`; `InaccessibleURI` is the one code of its enum about a URI
 * the service will not use (the emulator's choice; the service's own is not published).
 */
export function requireRegisteredRedirect(config: Pick<EmulatorConfig, 'redirectUris'>, uri: string, source: string): void {
  if (!isRegisteredRedirect(config, uri)) {
    failValidation([
      {
        code: 'InaccessibleURI',
        source,
        detail: `${source.slice(1)} is not one of the project's redirect URIs (the emulator's redirectUris)`,
      },
    ]);
  }
}
