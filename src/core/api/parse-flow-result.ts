import * as v from 'valibot';
import { isRecord } from './lenient.js';
import { choiceDataSchemas, RawFlowResultSchema } from './schemas.js';
import type { FlowChoice, FlowResult, FlowType, KnownChoiceName, UnknownFlowChoice, UsernameFormat } from './wire.js';

const FLOW_TYPES: readonly string[] = ['signup', 'signin', 'one_time'] satisfies FlowType[];
const USERNAME_FORMATS: readonly string[] = ['email', 'string', 'phone'] satisfies UsernameFormat[];

export type ParseOutcome<T> = { ok: true; value: T } | { ok: false; issues: string[] };

function isKnownChoice(name: string): name is KnownChoiceName {
  return Object.hasOwn(choiceDataSchemas, name);
}

function issuesOf(issues: readonly v.BaseIssue<unknown>[]): string[] {
  return issues.map((issue) => {
    // Only object keys can fail here (`flow_id`, `flow_phase`): a dotted path of them.
    const path = issue.path?.map((item) => item.key).join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}

/**
 * The fields a known choice cannot be used without. Social and SP-initiated SAML leave for the
 * provider's `redirect_uri` and come back with its `state`; an IdP-initiated SAML sign-in needs
 * only the provider (spec §5 `saml`).
 */
function neededFields(choice: FlowChoice): readonly string[] {
  switch (choice.choice) {
    case 'social':
      return ['social_provider', 'state', 'redirect_uri'];
    case 'saml':
      return choice.data.idp_init_flow === true ? ['provider_id'] : ['provider_id', 'state', 'redirect_uri'];
    case 'captcha':
      return ['site_key'];
    case 'agreements':
      return ['agreements'];
    default:
      return [];
  }
}

function isEmpty(value: unknown): boolean {
  return !value || (isRecord(value) && Object.keys(value).length === 0);
}

/**
 * Turns a raw `result` into a `FlowResult`. Only a result without a usable `flow_id` or
 * `flow_phase` fails. Each choice's data is read field by field; a known choice that still cannot
 * be used, and choices a newer server added, are kept aside in `unknownChoices`, never fatal.
 */
export function parseFlowResult(raw: unknown): ParseOutcome<FlowResult> {
  const parsed = v.safeParse(RawFlowResultSchema, raw);
  if (!parsed.success) {
    return { ok: false, issues: issuesOf(parsed.issues) };
  }
  const result = parsed.output;
  const choices: FlowChoice[] = [];
  const unknownChoices: UnknownFlowChoice[] = [];
  for (const { choice: name, data } of result.flow_choices) {
    if (!isKnownChoice(name)) {
      unknownChoices.push({ choice: name, data });
      continue;
    }
    // The schemas of known choices read any object (missing data is `{}`): this parse succeeds.
    const read = v.safeParse(choiceDataSchemas[name], isRecord(data) ? data : {});
    const choice = { choice: name, data: read.output } as FlowChoice;
    const missing = neededFields(choice).find((key) => isEmpty((choice.data as Record<string, unknown>)[key]));
    if (missing === undefined) {
      choices.push(choice);
    } else {
      unknownChoices.push({ choice: name, data, unavailable: true, reason: `no usable ${missing}` });
    }
  }
  const format = result.username_format;
  return {
    ok: true,
    value: {
      flowId: result.flow_id,
      flowType: result.flow_type.filter((type): type is FlowType => FLOW_TYPES.includes(type)),
      phase: result.flow_phase,
      choices,
      unknownChoices,
      email: result.email,
      username: result.username,
      phone: result.phone,
      // The client defaults to email when the field is absent; "" also means email (§3).
      usernameFormat: format && USERNAME_FORMATS.includes(format) ? (format as UsernameFormat) : 'email',
      disclaimer: result.disclaimer,
    },
  };
}
