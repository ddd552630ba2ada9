import { indexExamples } from './examples.js';
import { refName, resolve, resultSchemaOf, schemaNamed, type JsonSchema, type OpenApiDocument } from './openapi.js';
import { createValueBuilder, pathText, withNull } from './values.js';

/** The endpoints whose answers the kit reads, as the fixture names them. */
export const FLOW_ENDPOINTS = ['flow/start', 'flow/update', 'flow/restart'] as const;
export const OTHER_ENDPOINTS = [
  'flow/complete',
  'client/token/check',
  'client/userinfo',
  'client/session/refresh',
  'client/session/logout',
  'client/jwks',
] as const;

export type FlowEndpoint = (typeof FLOW_ENDPOINTS)[number];
export type SpecEndpoint = FlowEndpoint | (typeof OTHER_ENDPOINTS)[number];

/** One answer the service may give: the `result` of a `Success` envelope from `endpoint`. */
export interface SpecFixtureEntry {
  endpoint: SpecEndpoint;
  /** What the shape is, e.g. "password: required only", "email_otp: resend_time null". */
  label: string;
  result: unknown;
}

/**
 * The phase each choice comes in, so that a wrapped choice reads as an answer the service could
 * give (research/authn-flow-api.md §9). A choice the document adds fails the derivation until it
 * has one here.
 */
const PHASE_OF_CHOICE: Readonly<Record<string, string>> = {
  set_email: 'phase_primary',
  set_username: 'phase_primary',
  set_phone: 'phase_primary',
  password: 'phase_primary',
  passkey: 'phase_primary',
  social: 'phase_primary',
  saml: 'phase_primary',
  magiclink: 'phase_primary',
  email_otp: 'phase_primary',
  reset_password: 'phase_primary',
  provisional_enrollment: 'phase_primary',
  captcha: 'phase_captcha',
  profile: 'phase_profile',
  verify_email: 'phase_verify_email',
  set_password: 'phase_set_password',
  sms_otp: 'phase_secondary',
  totp: 'phase_secondary',
  agreements: 'phase_agreements',
  oauth_consent: 'phase_oauth_consent',
};

/** Optional properties are nulled down to this many names deep (`password_policy.password_chars_max`). */
const NULL_DEPTH = 2;

const PARAM_PREFIX = 'authn-flow2-param-';

interface ChoiceSchema {
  choice: string;
  schemaName: string;
  data: JsonSchema;
}

/**
 * Every schema a choice's `data` may follow: each `authn-flow2-param-<choice>`, and each schema
 * `authn-flow2-param-choice`'s `anyOf` points at instead (its `oauth_consent` names
 * `authn-oauth-custom-scope`, a slip the service may well answer by).
 */
function choiceSchemasOf(doc: OpenApiDocument): ChoiceSchema[] {
  const params = Object.keys(doc.components.schemas)
    .filter((name) => name.startsWith(PARAM_PREFIX) && name !== `${PARAM_PREFIX}choice`)
    .map((name) => ({
      choice: name.slice(PARAM_PREFIX.length).replaceAll('-', '_'),
      schemaName: name,
      data: { $ref: `#/components/schemas/${name}` },
    }));
  const elsewhere = (schemaNamed(doc, `${PARAM_PREFIX}choice`).anyOf ?? []).flatMap((variant): ChoiceSchema[] => {
    const choice = variant.properties?.choice?.const;
    const data = variant.properties?.data;
    const schemaName = data === undefined ? undefined : refName(data);
    return typeof choice === 'string' && data !== undefined && schemaName !== undefined && !schemaName.startsWith(PARAM_PREFIX)
      ? [{ choice, schemaName, data }]
      : [];
  });
  return [...params, ...elsewhere];
}

export function deriveSpecFixture(doc: OpenApiDocument): SpecFixtureEntry[] {
  const endpoints = [...FLOW_ENDPOINTS, ...OTHER_ENDPOINTS];
  const { build, optionalPaths } = createValueBuilder(doc, indexExamples(doc, endpoints));
  const entries: SpecFixtureEntry[] = [];

  /** Required only, all properties, then all with each optional one `null`. */
  const variantsOf = (schema: JsonSchema, prefix: string) => {
    const full = build(schema, 'all', prefix);
    const required = build(schema, 'required', prefix);
    const allRequired = JSON.stringify(required) === JSON.stringify(full);
    return [
      ...(allRequired ? [] : [{ label: `${prefix}: required only`, value: required }]),
      { label: `${prefix}: all properties${allRequired ? ', all required' : ''}`, value: full },
      ...optionalPaths(schema, NULL_DEPTH).map((path) => ({
        label: `${prefix}: ${pathText(path)} null`,
        value: withNull(full, path),
      })),
    ];
  };

  const flowIdSchema = { $ref: '#/components/schemas/authn-flow-id' };
  const flowTypesSchema = { $ref: '#/components/schemas/authn-flow-types' };
  for (const { choice, schemaName, data } of choiceSchemasOf(doc)) {
    const phase = PHASE_OF_CHOICE[choice];
    if (phase === undefined) {
      throw new Error(`No phase for the choice ${choice}: add it to PHASE_OF_CHOICE.`);
    }
    const prefix = schemaName === `${PARAM_PREFIX}${choice.replaceAll('_', '-')}` ? choice : `${choice} (${schemaName})`;
    const own = resolve(doc, data).examples.map((value) => ({ label: `example: ${prefix}`, value }));
    for (const { label, value } of [...variantsOf(data, prefix), ...own]) {
      const result = {
        flow_id: build(flowIdSchema, 'all', 'flow_id'),
        flow_type: build(flowTypesSchema, 'all', 'flow_type'),
        flow_phase: phase,
        flow_choices: [{ choice, data: value }],
      };
      entries.push({ endpoint: 'flow/update', label, result });
    }
  }

  const flowResult = { $ref: '#/components/schemas/authn-flow2-choices' };
  for (const { label, value } of variantsOf(flowResult, 'flow result')) {
    entries.push({ endpoint: 'flow/start', label, result: value });
  }
  // Required by the document, yet a Go service may send `null` for an empty list.
  const full = build(flowResult, 'all', 'flow result');
  for (const key of ['flow_type', 'flow_choices']) {
    entries.push({ endpoint: 'flow/start', label: `flow result: ${key} null`, result: withNull(full, [key]) });
  }

  for (const endpoint of endpoints) {
    const schema = resultSchemaOf(doc, endpoint);
    const isFlow = (FLOW_ENDPOINTS as readonly string[]).includes(endpoint);
    if (!isFlow && endpoint !== 'client/jwks') {
      for (const { label, value } of variantsOf(schema, endpoint)) {
        entries.push({ endpoint, label, result: value });
      }
    }
    (schema.examples ?? []).forEach((result) => entries.push({ endpoint, label: `example: ${endpoint} 200`, result }));
    const name = refName(schema);
    if (name !== undefined && !isFlow) {
      resolve(doc, schema).examples.slice((schema.examples ?? []).length).forEach((result) => {
        entries.push({ endpoint, label: `example: ${endpoint} (${name})`, result });
      });
    }
  }
  return withoutRepeats(entries);
}

/** An answer already in the fixture for the same endpoint is dropped (e.g. `{}` for logout thrice). */
function withoutRepeats(entries: SpecFixtureEntry[]): SpecFixtureEntry[] {
  const seen = new Set<string>();
  return entries.filter((entry) => {
    const key = `${entry.endpoint} ${JSON.stringify(entry.result)}`;
    const fresh = !seen.has(key);
    seen.add(key);
    return fresh;
  });
}
