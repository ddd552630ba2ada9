import * as v from 'valibot';
import { FLOW_CHOICE_NAMES } from './choice-names.js';
import {
  CLIENT_ID_PATTERN,
  EMAIL_PATTERN,
  FLOW_ID_PATTERN,
  OTP_CODE_PATTERN,
  REFRESH_TOKEN_PATTERN,
  TICKET_PATTERN,
  TOKEN_ID_PATTERN,
  TOKEN_PATTERN,
  USER_TOKEN_PATTERN,
  USERNAME_PATTERN,
} from './patterns.js';
import { SESSION_ORDER_FIELDS } from './session-filter.js';
import { plainObjectSchema } from './validation.js';

/**
 * Request bodies (spec §2), strict where the OAS is (`additionalProperties: false`). The OAS bodies
 * of `flow/start` and `flow/complete` are open, so unknown keys there are dropped, not refused;
 * `flow/start` also reads the `device_id` / `client_id` that vanilla-js sends. Each choice's
 * `data` schema lives with its choice (choices/*.ts).
 */

export const EmailSchema = v.pipe(v.string(), v.regex(EMAIL_PATTERN));
export const OtpCodeSchema = v.pipe(v.string(), v.regex(OTP_CODE_PATTERN));
const flowId = v.pipe(v.string(), v.regex(FLOW_ID_PATTERN));
const uri = v.pipe(v.string(), v.url());
const ticket = v.pipe(v.string(), v.regex(TICKET_PATTERN));
const token = v.pipe(v.string(), v.minLength(1), v.maxLength(4096));

export const StartFlowBodySchema = v.object({
  email: v.optional(EmailSchema),
  username: v.optional(v.pipe(v.string(), v.regex(USERNAME_PATTERN))),
  cb_uri: v.optional(uri),
  // The OAS sets no minItems; an empty list is read as none sent (Go's empty slice), so both kinds.
  flow_types: v.optional(
    v.pipe(
      v.array(v.picklist(['signup', 'signin'])),
      v.transform((kinds) => (kinds.length === 0 ? undefined : kinds)),
    ),
  ),
  invitation: v.optional(ticket),
  saml_idp_initiated_ticket: v.optional(ticket),
  device_id: v.optional(v.string()),
  // The start body of the OAS has no client_id, but the id comes back in `flow/complete` and the
  // token infos, where the OAS requires `authn-serviceaccount-id`: refused here, not echoed there.
  client_id: v.optional(v.pipe(v.string(), v.regex(CLIENT_ID_PATTERN))),
});

/** The shape of update and restart; `data` is checked per choice once the flow is known. */
export const ChoiceBodySchema = v.strictObject({
  flow_id: flowId,
  choice: v.picklist(FLOW_CHOICE_NAMES),
  data: plainObjectSchema,
});

export const CompleteFlowBodySchema = v.object({
  flow_id: flowId,
  device_id: v.optional(v.string()),
});

/**
 * A token of the wrong shape is the OAS's ValidationError (`DoesNotMatchPattern` at the field);
 * only a well-formed token the emulator did not issue, or revoked, is `InvalidToken`.
 */
export const TokenBodySchema = v.strictObject({ token: v.pipe(token, v.regex(TOKEN_PATTERN)) });

/**
 * Logout, the password change and the session calls take a user token (OAS `authn-token-user`:
 * `ptu_…` or a JWT; its pattern is anchored as intended). A refresh token is a
 * `DoesNotMatchPattern` at `/token`.
 */
const userToken = v.pipe(token, v.regex(USER_TOKEN_PATTERN));

export const LogoutBodySchema = v.strictObject({ token: userToken });

/** `client/password/change`: like logout, a user token; the new password's policy is checked after. */
export const PasswordChangeBodySchema = v.strictObject({
  token: userToken,
  old_password: v.string(),
  new_password: v.string(),
});

/** `client/session/invalidate`: OAS `authn-token-id` for the session. */
export const SessionInvalidateBodySchema = v.strictObject({
  token: userToken,
  session_id: v.pipe(v.string(), v.regex(TOKEN_ID_PATTERN)),
});

/** `client/session/list`: OAS `authn-filter-tokens` plus the token; `filter` is checked in session-filter.ts. */
export const SessionListBodySchema = v.strictObject({
  token: userToken,
  filter: v.optional(plainObjectSchema),
  last: v.optional(v.pipe(v.string(), v.maxLength(1024))),
  order: v.optional(v.picklist(['asc', 'desc'])),
  order_by: v.optional(v.picklist(SESSION_ORDER_FIELDS)),
  size: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
});

export type SessionListBody = v.InferOutput<typeof SessionListBodySchema>;

export const UserinfoBodySchema = v.strictObject({ code: ticket, flow_id: v.optional(flowId) });

/** OAS `authn-token-refresh` and `authn-token-user`: an active token sent as refresh token is a `DoesNotMatchPattern`. */
export const RefreshBodySchema = v.strictObject({
  refresh_token: v.pipe(token, v.regex(REFRESH_TOKEN_PATTERN)),
  user_token: v.optional(userToken),
});

export const JwksBodySchema = v.strictObject({});

export type StartFlowBody = v.InferOutput<typeof StartFlowBodySchema>;
