import * as v from 'valibot';
import { AuthNError } from './errors.js';
import { parseFlowResult, type ParseOutcome } from './parse-flow-result.js';
import {
  EmptyResultSchema,
  EnvelopeSchema,
  FlowCompleteResultSchema,
  JwksSchema,
  SessionTokensSchema,
  TokenInfoSchema,
  ValidationErrorResultSchema,
} from './schemas.js';
import type {
  FieldError,
  FlowChoiceName,
  FlowCompleteResult,
  FlowRestartData,
  FlowResult,
  FlowStartRequest,
  FlowUpdateData,
  JsonWebKeySet,
  RestartChoiceName,
  SessionTokens,
  TokenInfo,
} from './wire.js';

interface ClientCommonOptions {
  /** A client token (`pcl_…`) from the AuthN project. Sent as the bearer token. */
  clientToken: string;
  /** @default globalThis.fetch */
  fetch?: typeof fetch;
  /** Abort a call that has not answered after this long. @default 15000 */
  timeoutMs?: number;
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

function retryAfterSeconds(response: Response): number | undefined {
  const header = response.headers.get('retry-after')?.trim();
  if (!header) {
    return undefined;
  }
  const seconds = Number(header);
  if (Number.isFinite(seconds)) {
    return Math.max(0, seconds);
  }
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

function fieldErrorsOf(status: string, result: unknown): FieldError[] {
  if (status !== 'ValidationError') {
    return [];
  }
  const parsed = v.safeParse(ValidationErrorResultSchema, result);
  return parsed.success ? parsed.output.errors : [];
}

export function createAuthNClient(options: AuthNClientOptions): AuthNClient {
  const baseUrl = baseUrlOf(options);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  async function post<T>(
    endpoint: string,
    body: Record<string, unknown>,
    parse: (result: unknown) => ParseOutcome<T>,
    callOptions: CallOptions = {},
  ): Promise<T> {
    const doFetch = options.fetch ?? globalThis.fetch;
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), timeoutMs);
    const signal = callOptions.signal ? AbortSignal.any([callOptions.signal, timeout.signal]) : timeout.signal;
    let response: Response;
    let text: string;
    try {
      response = await doFetch(`${baseUrl}v2/${endpoint}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${options.clientToken}` },
        body: JSON.stringify(body),
        signal,
      });
      text = await response.text();
    } catch (cause) {
      if (timeout.signal.aborted && !callOptions.signal?.aborted) {
        throw new AuthNError({ kind: 'timeout', timeoutMs });
      }
      throw new AuthNError({ kind: 'network', cause });
    } finally {
      clearTimeout(timer);
    }

    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new AuthNError({
        kind: 'invalid-response',
        httpStatus: response.status,
        issues: [`not JSON (HTTP ${response.status})`],
      });
    }
    const envelope = v.safeParse(EnvelopeSchema, json);
    if (!envelope.success) {
      throw new AuthNError({
        kind: 'invalid-response',
        httpStatus: response.status,
        issues: envelope.issues.map((issue) => issue.message),
      });
    }
    const { status, summary, result, request_id: requestId } = envelope.output;
    if (status !== 'Success') {
      throw new AuthNError({
        kind: 'api',
        status,
        httpStatus: response.status,
        summary,
        requestId,
        fieldErrors: fieldErrorsOf(status, result),
        retryAfterSeconds: retryAfterSeconds(response),
        result,
      });
    }
    const parsed = parse(result);
    if (!parsed.ok) {
      throw new AuthNError({ kind: 'invalid-response', httpStatus: response.status, issues: parsed.issues });
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

  const update: AuthNClient['flow']['update'] = (flowId, choice, data, callOptions) =>
    post('flow/update', { flow_id: flowId, choice, data }, parseFlowResult, callOptions);

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
          },
          parseFlowResult,
          callOptions,
        ),
      update,
      getState: (flowId, callOptions) => update(flowId, '', {}, callOptions),
      restart: (flowId, choice, data, callOptions) =>
        post('flow/restart', { flow_id: flowId, choice, data }, parseFlowResult, callOptions),
      complete: (flowId, callOptions = {}) =>
        post(
          'flow/complete',
          { flow_id: flowId, device_id: callOptions.deviceId },
          schemaParser(FlowCompleteResultSchema),
          callOptions,
        ),
    },
    token: {
      check: (token, callOptions) => post('client/token/check', { token }, schemaParser(TokenInfoSchema), callOptions),
    },
    session: {
      refresh: (refreshToken, userToken, callOptions) =>
        post(
          'client/session/refresh',
          { refresh_token: refreshToken, user_token: userToken },
          schemaParser(SessionTokensSchema),
          callOptions,
        ),
      logout: async (token, callOptions) => {
        await post('client/session/logout', { token }, schemaParser(EmptyResultSchema), callOptions);
      },
    },
    userinfo: (code, callOptions = {}) =>
      post('client/userinfo', { code, flow_id: callOptions.flowId }, schemaParser(SessionTokensSchema), callOptions),
    jwks: (callOptions) => post('client/jwks', {}, schemaParser(JwksSchema), callOptions),
  };
}
