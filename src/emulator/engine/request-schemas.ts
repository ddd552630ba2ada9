import * as v from 'valibot';
import { FLOW_CHOICE_NAMES } from './choice-names.js';
import { EMAIL_PATTERN, FLOW_ID_PATTERN, TICKET_PATTERN, USERNAME_PATTERN } from './patterns.js';
import { plainObjectSchema } from './validation.js';

/**
 * Request bodies (spec §2), strict like the OAS (`additionalProperties: false`), except that
 * `flow/start` also takes the `device_id` / `client_id` that vanilla-js sends.
 */

export const EmailSchema = v.pipe(v.string(), v.regex(EMAIL_PATTERN));
const email = EmailSchema;
const flowId = v.pipe(v.string(), v.regex(FLOW_ID_PATTERN));
const uri = v.pipe(v.string(), v.url());

export const StartFlowBodySchema = v.strictObject({
  email: v.optional(email),
  username: v.optional(v.pipe(v.string(), v.regex(USERNAME_PATTERN))),
  cb_uri: v.optional(uri),
  flow_types: v.optional(v.pipe(v.array(v.picklist(['signup', 'signin'])), v.minLength(1))),
  invitation: v.optional(v.pipe(v.string(), v.regex(TICKET_PATTERN))),
  saml_idp_initiated_ticket: v.optional(v.pipe(v.string(), v.regex(TICKET_PATTERN))),
  device_id: v.optional(v.string()),
  client_id: v.optional(v.string()),
});

/** The shape of update and restart; `data` is checked per choice once the flow is known. */
export const ChoiceBodySchema = v.strictObject({
  flow_id: flowId,
  choice: v.picklist(FLOW_CHOICE_NAMES),
  data: plainObjectSchema,
});

export const CompleteFlowBodySchema = v.strictObject({
  flow_id: flowId,
  device_id: v.optional(v.string()),
});

export const TokenCheckBodySchema = v.strictObject({
  token: v.pipe(v.string(), v.minLength(1)),
});

/** `data` of each update choice this slice implements. */
export const UpdateDataSchemas = {
  '': v.strictObject({}),
  set_email: v.strictObject({ email }),
  password: v.strictObject({ password: v.string(), email: v.optional(email) }),
  set_password: v.strictObject({ password: v.string() }),
  // `{}` polls; `{state, code}` comes from the emailed link.
  reset_password: v.strictObject({ state: v.optional(v.string()), code: v.optional(v.string()) }),
} as const;

/** `data` of each restart choice this slice implements. */
export const RestartDataSchemas = {
  reset_password: v.strictObject({ email: v.optional(email) }),
} as const;

export type StartFlowBody = v.InferOutput<typeof StartFlowBodySchema>;
export type ChoiceBody = v.InferOutput<typeof ChoiceBodySchema>;
