import type { PollOptions } from './poll.js';
import type { RetryOptions } from './retry-policy.js';
import type {
  FlowChoiceName,
  FlowCompleteResult,
  FlowRestartData,
  FlowResult,
  FlowStartRequest,
  FlowUpdateData,
  JsonWebKeySet,
  RestartChoiceName,
  SessionList,
  SessionListRequest,
  SessionTokens,
  TokenInfo,
} from './wire.js';

/* What `createAuthNClient` (client.ts) takes and gives: the client's contract, apart from how it is kept. */

interface ClientCommonOptions {
  /** A client token (`pcl_…`) from the AuthN project. Sent as the bearer token. */
  clientToken: string;
  /** @default globalThis.fetch */
  fetch?: typeof fetch;
  /** Abort one send of a call that has not answered after this long. @default 15000 */
  timeoutMs?: number;
  /**
   * Which failed calls are sent again, and the longest `Retry-After` waited out (the policy is in
   * retry-policy.ts: never a second submit of a code or password that may have landed). `false`:
   * never. @default { attempts: 3, maxRetryAfterSeconds: 5 }
   */
  retry?: false | Partial<RetryOptions>;
  /** How a call the service accepted for later (HTTP 202) is polled. @default { attempts: 4, budgetMs: 30000 } */
  poll?: Partial<PollOptions>;
}

export type AuthNClientOptions =
  | (ClientCommonOptions & {
      /** The project's domain, e.g. `aws.us.pangea.cloud`: calls go to `https://authn.<domain>/v2/…`. */
      domain: string;
      baseUrl?: never;
    })
  | (ClientCommonOptions & {
      /** Any URL prefix before `v2/…`, absolute or same-origin (`/authn/`), e.g. the local emulator. */
      baseUrl: string;
      domain?: never;
    });

export interface CallOptions {
  signal?: AbortSignal;
}

export interface AuthNClient {
  readonly baseUrl: string;
  flow: {
    start(request?: FlowStartRequest, options?: CallOptions): Promise<FlowResult>;
    update<C extends FlowChoiceName>(
      flowId: string,
      choice: C,
      data: FlowUpdateData[C],
      options?: CallOptions,
    ): Promise<FlowResult>;
    /** The flow's current state: `flow/update` with choice `""` (there is no `flow/get`). */
    getState(flowId: string, options?: CallOptions): Promise<FlowResult>;
    restart<C extends RestartChoiceName>(
      flowId: string,
      choice: C,
      data: FlowRestartData[C],
      options?: CallOptions,
    ): Promise<FlowResult>;
    complete(flowId: string, options?: CallOptions & { deviceId?: string }): Promise<FlowCompleteResult>;
  };
  token: {
    check(token: string, options?: CallOptions): Promise<TokenInfo>;
  };
  session: {
    /**
     * `client/session/refresh`: a new token pair for the session. The refresh token rotates: the
     * old one is spent, and sending it again may revoke the whole session.
     */
    refresh(refreshToken: string, userToken?: string, options?: CallOptions): Promise<SessionTokens>;
    /** `client/session/logout`: revokes the session the user token belongs to. */
    logout(token: string, options?: CallOptions): Promise<void>;
    /** `client/session/list`: a page of the sessions of the user token's user. */
    list(token: string, request?: SessionListRequest, options?: CallOptions): Promise<SessionList>;
    /** `client/session/invalidate`: ends one of the user's sessions, by its `id` from `list`. */
    invalidate(token: string, sessionId: string, options?: CallOptions): Promise<void>;
  };
  password: {
    /** `client/password/change`: the user token's user sets a new password, given the current one. */
    change(token: string, oldPassword: string, newPassword: string, options?: CallOptions): Promise<void>;
  };
  /** `client/userinfo`: trades the login code hosted login redirects back with (`pmc_…`) for a session. */
  userinfo(code: string, options?: CallOptions & { flowId?: string }): Promise<SessionTokens>;
  /** `client/jwks`: the project's public keys, to verify JWT tokens. */
  jwks(options?: CallOptions): Promise<JsonWebKeySet>;
}
