import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AuthNClient } from '../../../src/core/api/client.js';
import { isAuthNError } from '../../../src/core/api/errors.js';
import type { FlowResult } from '../../../src/core/api/wire.js';
import { FLOW_ENDPOINTS, type FlowEndpoint, type SpecEndpoint, type SpecFixtureEntry } from '../../../scripts/spec-fixtures/derive.js';
import { fixtureTexts, OPENAPI_PATH, readOpenApi, readSpecFixture, SPEC_FIXTURE_FILES } from '../../../scripts/spec-fixtures/files.js';
import { clientAnswering } from './spec-fixture-client.js';

/**
 * Every answer shape Pangea's OpenAPI document allows (fixtures/spec, derived by
 * scripts/derive-spec-fixtures.ts) goes through the client: each must be read, never refused as
 * `invalid-response`, and no choice of a flow result may be silently lost.
 */
const entries = readSpecFixture();
const FLOW_ID = 'pfl_wuk7tvtpswyjtlsx52b7yyi2l7zotv4a';

type FlowEntry = SpecFixtureEntry & { endpoint: FlowEndpoint };

function isFlowEntry(entry: SpecFixtureEntry): entry is FlowEntry {
  return (FLOW_ENDPOINTS as readonly string[]).includes(entry.endpoint);
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

/** An `AuthNError` fails the test with its issues, which say what the reader refused. */
async function settled<T>(call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (error) {
    throw isAuthNError(error) ? new Error(`${error.kind}: ${error.message}`) : error;
  }
}

function callFlow(client: AuthNClient, endpoint: FlowEndpoint): Promise<FlowResult> {
  switch (endpoint) {
    case 'flow/start':
      return client.flow.start();
    case 'flow/update':
      return client.flow.getState(FLOW_ID);
    case 'flow/restart':
      return client.flow.restart(FLOW_ID, 'email_otp', {});
    default:
      return endpoint satisfies never;
  }
}

function callOther(client: AuthNClient, endpoint: Exclude<SpecEndpoint, FlowEndpoint>): Promise<unknown> {
  switch (endpoint) {
    case 'flow/complete':
      return client.flow.complete(FLOW_ID);
    case 'client/token/check':
      return client.token.check('ptu_wuk7tvtpswyjtlsx52b7yyi2l7zotv4a');
    case 'client/userinfo':
      return client.userinfo('pmc_wuk7tvtpswyjtlsx52b7yyi2l7zotv4a');
    case 'client/session/refresh':
      return client.session.refresh('ptr_wuk7tvtpswyjtlsx52b7yyi2l7zotv4a');
    case 'client/session/logout':
      return client.session.logout('ptu_wuk7tvtpswyjtlsx52b7yyi2l7zotv4a');
    case 'client/jwks':
      return client.jwks();
    default:
      return endpoint satisfies never;
  }
}

/** A string the service sent, or `undefined` for `null` or absent: null means absent. */
function stringOrAbsent(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

const flowEntries = entries.filter(isFlowEntry);
const otherEntries = entries.filter((entry) => !isFlowEntry(entry)) as (SpecFixtureEntry & {
  endpoint: Exclude<SpecEndpoint, FlowEndpoint>;
})[];

describe('every flow result the OpenAPI document allows', () => {
  it.each(flowEntries.map((entry) => [`${entry.endpoint} · ${entry.label}`, entry] as const))('%s', async (_name, entry) => {
    const raw = entry.result;
    const { client, endpoints } = clientAnswering(() => raw);

    const flow = await settled(callFlow(client, entry.endpoint));

    expect(endpoints).toEqual([entry.endpoint]);
    expect(flow.flowId).toBe(field(raw, 'flow_id'));
    expect(flow.phase).toBe(field(raw, 'flow_phase'));
    const rawTypes = field(raw, 'flow_type');
    expect(flow.flowType).toEqual(Array.isArray(rawTypes) ? rawTypes : []);
    expect(flow.email).toBe(stringOrAbsent(field(raw, 'email')));
    expect(flow.disclaimer).toBe(stringOrAbsent(field(raw, 'disclaimer')));
    const rawChoices = field(raw, 'flow_choices');
    const sent = (Array.isArray(rawChoices) ? rawChoices : []).map((choice) => field(choice, 'choice'));
    // Usable or set aside, each once: never silently lost.
    const read = [...flow.choices, ...flow.unknownChoices].map((choice) => choice.choice);
    expect(read.toSorted()).toEqual(sent.toSorted());
    if (/: all properties|^example: /.test(entry.label)) {
      // Everything the document describes is there: the choice is one the user can take.
      expect(flow.choices.map((choice) => choice.choice)).toEqual(sent);
    }
  });
});

describe('every other answer the kit reads, as the OpenAPI document allows it', () => {
  it.each(otherEntries.map((entry) => [`${entry.endpoint} · ${entry.label}`, entry] as const))('%s', async (_name, entry) => {
    const raw = entry.result;
    const { client, endpoints } = clientAnswering(() => raw);

    const value = await settled(callOther(client, entry.endpoint));

    expect(endpoints).toEqual([entry.endpoint]);
    switch (entry.endpoint) {
      case 'flow/complete':
      case 'client/userinfo':
      case 'client/session/refresh': {
        expect(field(field(value, 'refresh_token'), 'token')).toBe(field(field(raw, 'refresh_token'), 'token'));
        const active = field(raw, 'active_token');
        expect(field(field(value, 'active_token'), 'token')).toBe(field(active, 'token'));
        break;
      }
      case 'client/token/check':
        expect(field(value, 'id')).toBe(field(raw, 'id'));
        expect(field(value, 'identity')).toBe(field(raw, 'identity'));
        break;
      case 'client/session/logout':
        expect(value).toBeUndefined();
        break;
      case 'client/jwks':
        expect(field(value, 'keys')).toEqual(field(raw, 'keys'));
        break;
      default:
        entry.endpoint satisfies never;
    }
  });
});

describe('the spec fixture', () => {
  it('has flow results and other answers to test', () => {
    expect(flowEntries.length).toBeGreaterThan(0);
    expect(otherEntries.length).toBeGreaterThan(0);
  });

  it('is what scripts/derive-spec-fixtures.ts derives from the OpenAPI document', () => {
    const doc = readOpenApi();
    expect(doc, `the OpenAPI document belongs at ${OPENAPI_PATH} (shared/ beside the clone)`).toBeDefined();
    const derived = fixtureTexts(doc as NonNullable<typeof doc>);
    for (const [file, path] of Object.entries(SPEC_FIXTURE_FILES)) {
      const committed = readFileSync(path, 'utf8');
      const expected = derived[file as keyof typeof derived];
      expect(JSON.parse(committed), `${path}: run npx tsx scripts/derive-spec-fixtures.ts`).toEqual(JSON.parse(expected));
      expect(committed, `${path} is formatted as the script writes it`).toBe(expected);
    }
  });

  it('holds every choice the OpenAPI document names', () => {
    const doc = readOpenApi();
    expect(doc, `the OpenAPI document belongs at ${OPENAPI_PATH}`).toBeDefined();
    const named = (doc?.components.schemas['authn-flow2-choice-enum']?.enum ?? []).filter((choice) => choice !== '');
    const held = new Set(flowEntries.flatMap((entry) => {
      const choices = field(entry.result, 'flow_choices');
      return (Array.isArray(choices) ? choices : []).map((choice) => field(choice, 'choice'));
    }));
    expect(named.length).toBeGreaterThan(0);
    expect([...held].toSorted()).toEqual(named.toSorted());
  });
});
