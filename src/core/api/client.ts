import * as v from 'valibot';
import type { AuthNClient, AuthNClientOptions, CallOptions } from './client-types.js';
import { AuthNError } from './errors.js';
import { parseFlowResult, type ParseOutcome } from './parse-flow-result.js';
import { DEFAULT_POLL, pollPath, pollUntilDone } from './poll.js';
import { DEFAULT_RETRY, withRetries } from './retry-policy.js';
import {
  EmptyResultSchema,
  FlowCompleteResultSchema,
  JwksSchema,
  SessionListSchema,
  SessionTokensSchema,
  TokenInfoSchema,
} from './schemas.js';
import { exchange, type Exchange, type Transport } from './transport.js';

export type { AuthNClient, AuthNClientOptions, CallOptions };

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
      complete: (flowId, callOptions) =>
        post(
          'flow/complete',
          { flow_id: flowId, device_id: callOptions?.deviceId },
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
    userinfo: (code, callOptions) =>
      post(
        'client/userinfo',
        { code, flow_id: callOptions?.flowId },
        schemaParser(SessionTokensSchema),
        'once',
        callOptions,
      ),
    jwks: (callOptions) => post('client/jwks', {}, schemaParser(JwksSchema), 'repeatable', callOptions),
  };
}
