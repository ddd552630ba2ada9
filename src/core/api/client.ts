import * as v from 'valibot';
import { AuthNError } from './errors.js';
import { parseFlowResult, type ParseOutcome } from './parse-flow-result.js';
import { DEFAULT_POLL, pollPath, pollUntilDone, type PollOptions } from './poll.js';
import { DEFAULT_RETRY, withRetries, type RetryOptions } from './retry-policy.js';
import {
  EmptyResultSchema,
  FlowCompleteResultSchema,
  JwksSchema,
  SessionListSchema,
  SessionTokensSchema,
  TokenInfoSchema,
} from './schemas.js';
import { exchange, type Exchange, type Transport } from './transport.js';
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

const DEFAULT_TIMEOUT_MS = 15_000;

/** `localhost` and `localhost:4000` are served over plain http, as the browser client does (§1). */
function baseUrlOf(options: AuthNClientOptions): string {
  if (options.domain !== undefined) {
    const proto = /^local\.?host(:\d{2,5})?$/.test(options.domain) ? 'http' : 'https';
    return `${proto}://authn.${options.domain}/`;
  }
  return options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`;
}

/** Whether a call may be sent again after a failure that does not prove it never arrived (retry-policy.ts). */
type Repeatable = 'repeatable' | 'once';

export function createAuthNClient(options: AuthNClientOptions): AuthNClient {
  const baseUrl = baseUrlOf(options);
  const transport: Transport = {
    baseUrl,
    clientToken: options.clientToken,
    fetch: options.fetch,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  };
  const retry = options.retry === false ? null : { ...DEFAULT_RETRY, ...options.retry };
  const poll = { ...DEFAULT_POLL, ...options.poll };

  async function post<T>(
    endpoint: string,
    body: Record<string, unknown>,
    parse: (result: unknown) => ParseOutcome<T>,
    repeatable: Repeatable,
    { signal }: CallOptions = {},
  ): Promise<T> {
    // The poll only reads: it is repeatable whatever the call it polls for.
    const send = (request: Exchange) =>
      withRetries(
        () => exchange(transport, request, signal),
        request.method === 'GET' || repeatable === 'repeatable',
        retry,
        signal,
      );
    const answer = await send({ method: 'POST', path: `v2/${endpoint}`, body });
    const done =
      answer.kind === 'done'
        ? answer
        : await pollUntilDone(answer.requestId, () => send({ method: 'GET', path: pollPath(answer.requestId) }), poll, signal);
    const parsed = parse(done.result);
    if (!parsed.ok) {
      throw new AuthNError({ kind: 'invalid-response', httpStatus: done.httpStatus, issues: parsed.issues });
    }
    return parsed.value;
  }

  function schemaParser<S extends v.GenericSchema>(schema: S) {
    return (result: unknown): ParseOutcome<v.InferOutput<S>> => {
      const parsed = v.safeParse(schema, result);
      return parsed.success
        ? { ok: true, value: parsed.output }
        : { ok: false, issues: parsed.issues.map((issue) => issue.message) };
    };
  }

  // Choice "" reads the flow's state; any other choice submits something.
  const update: AuthNClient['flow']['update'] = (flowId, choice, data, callOptions) =>
    post(
      'flow/update',
      { flow_id: flowId, choice, data },
      parseFlowResult,
      choice === '' ? 'repeatable' : 'once',
      callOptions,
    );

  return {
    baseUrl,
    flow: {
      start: (request = {}, callOptions) =>
        post(
          'flow/start',
          {
            email: request.email,
            username: request.username,
            cb_uri: request.cbUri,
            flow_types: request.flowTypes,
            invitation: request.invitation,
            saml_idp_initiated_ticket: request.samlIdpInitiatedTicket,
          },
          parseFlowResult,
          request.samlIdpInitiatedTicket === undefined ? 'repeatable' : 'once',
          callOptions,
        ),
      update,
      getState: (flowId, callOptions) => update(flowId, '', {}, callOptions),
      restart: (flowId, choice, data, callOptions) =>
        post('flow/restart', { flow_id: flowId, choice, data }, parseFlowResult, 'once', callOptions),
      complete: (flowId, callOptions = {}) =>
        post(
          'flow/complete',
          { flow_id: flowId, device_id: callOptions.deviceId },
          schemaParser(FlowCompleteResultSchema),
          'once',
          callOptions,
        ),
    },
    token: {
      check: (token, callOptions) =>
        post('client/token/check', { token }, schemaParser(TokenInfoSchema), 'repeatable', callOptions),
    },
    session: {
      refresh: (refreshToken, userToken, callOptions) =>
        post(
          'client/session/refresh',
          { refresh_token: refreshToken, user_token: userToken },
          schemaParser(SessionTokensSchema),
          'once',
          callOptions,
        ),
      logout: async (token, callOptions) => {
        await post('client/session/logout', { token }, schemaParser(EmptyResultSchema), 'once', callOptions);
      },
      list: (token, request = {}, callOptions) =>
        post(
          'client/session/list',
          {
            token,
            filter: request.filter,
            last: request.last,
            order: request.order,
            order_by: request.orderBy,
            size: request.size,
          },
          schemaParser(SessionListSchema),
          'repeatable',
          callOptions,
        ),
      invalidate: async (token, sessionId, callOptions) => {
        await post(
          'client/session/invalidate',
          { token, session_id: sessionId },
          schemaParser(EmptyResultSchema),
          'once',
          callOptions,
        );
      },
    },
    password: {
      change: async (token, oldPassword, newPassword, callOptions) => {
        await post(
          'client/password/change',
          { token, old_password: oldPassword, new_password: newPassword },
          schemaParser(EmptyResultSchema),
          'once',
          callOptions,
        );
      },
    },
    userinfo: (code, callOptions = {}) =>
      post(
        'client/userinfo',
        { code, flow_id: callOptions.flowId },
        schemaParser(SessionTokensSchema),
        'once',
        callOptions,
      ),
    jwks: (callOptions) => post('client/jwks', {}, schemaParser(JwksSchema), 'repeatable', callOptions),
  };
}
