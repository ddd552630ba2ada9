import type { EmulatorConfig } from '../engine/config/types.js';
import type { ApiFailure } from '../engine/failures.js';
import { isLocalOrigin } from '../engine/local-origin.js';

/** The loopback names, on any port: what a developer's own browser sends as `Host`. */
const LOOPBACK_HOST = /^(?:localhost|127\.0\.0\.1|\[::1\]|(?:[a-z0-9-]+\.)+localhost)(?::\d{1,5})?$/i;

type GuardConfig = Pick<EmulatorConfig, 'publicUrl' | 'allowedHosts'>;

function publicUrlOf(config: GuardConfig): URL | undefined {
  return config.publicUrl !== null && URL.canParse(config.publicUrl) ? new URL(config.publicUrl) : undefined;
}

/**
 * Refuses a `Host` the emulator was not set up to answer (DNS rebinding: a site whose name now points
 * at this machine would otherwise drive it from a visitor's browser, and its name would end up in the
 * provider pages' links). No `Host` at all is an in-process call (MSW, `createEmulatorFetch`): nothing
 * to rebind.
 */
export function refuseHost(host: string | undefined, config: GuardConfig): ApiFailure | undefined {
  if (host === undefined || LOOPBACK_HOST.test(host)) {
    return undefined;
  }
  const allowed = [publicUrlOf(config)?.host, ...config.allowedHosts].filter((entry) => entry !== undefined);
  if (allowed.some((entry) => entry.toLowerCase() === host.toLowerCase())) {
    return undefined;
  }
  return { status: 'Forbidden', summary: `The emulator does not answer to the host "${host}" (see allowedHosts)` };
}

/**
 * The hand-outs change users, passwords and the config and read every code sent: only the developer's
 * own pages may call them. A browser names the calling page in `Origin` on every cross-site request
 * (and on every POST), so any other origin is refused. A request without `Origin` is a top-level
 * navigation (the provider pages) or a non-browser client.
 */
export function refuseHandoutOrigin(origin: string | undefined, config: GuardConfig): ApiFailure | undefined {
  if (origin !== undefined && !isLocalOrigin(origin) && origin !== publicUrlOf(config)?.origin) {
    return { status: 'Forbidden', summary: `The emulator's hand-outs answer only local pages, not ${origin}` };
  }
  return undefined;
}

/**
 * A hand-out POST must say `application/json`: a cross-site form or `no-cors` fetch can only send
 * `text/plain`, form data or nothing, and the preflight a JSON body needs is refused to other origins.
 */
export function refuseBodyType(contentType: string | undefined): ApiFailure | undefined {
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  return type === 'application/json' ? undefined : { status: 'UnsupportedMediaType' };
}
