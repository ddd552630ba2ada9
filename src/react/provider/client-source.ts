import { createAuthNClient, type AuthNClient } from '../../core/index.js';

/** Where the kit gets its API client: a ready one, or what it needs to make one. */
export type AuthNClientSource =
  | {
      /** A client from `createAuthNClient`, e.g. with a custom `fetch` or timeout. */
      client: AuthNClient;
      domain?: never;
      baseUrl?: never;
      clientToken?: never;
    }
  | {
      client?: never;
      /** The AuthN project's domain, e.g. `aws.us.pangea.cloud`. */
      domain: string;
      baseUrl?: never;
      /** The project's client token (`pcl_…`), safe to ship to browsers. */
      clientToken: string;
    }
  | {
      client?: never;
      domain?: never;
      /** Any URL prefix before `v2/…`, e.g. the local emulator `http://localhost:4000/`. */
      baseUrl: string;
      /** The project's client token (`pcl_…`), safe to ship to browsers. */
      clientToken: string;
    };

/** No client props at all: only valid under an `AuthNProvider`. */
export interface NoClientSource {
  client?: never;
  domain?: never;
  baseUrl?: never;
  clientToken?: never;
}

export function hasClientSource(props: AuthNClientSource | NoClientSource): props is AuthNClientSource {
  return props.client !== undefined || props.clientToken !== undefined;
}

export function clientOf(source: AuthNClientSource): AuthNClient {
  // Either the client, or a `domain` or `baseUrl` with the token: the options of a new one.
  return source.client === undefined ? createAuthNClient(source) : source.client;
}
