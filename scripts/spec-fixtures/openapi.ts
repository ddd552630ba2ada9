/**
 * The little of OpenAPI 3.1 / JSON Schema the fixture derivation reads, and how it follows `$ref`s
 * and merges `allOf`. Only local `#/components/schemas/…` references occur in Pangea's document.
 */

export interface JsonSchema {
  $ref?: string;
  title?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  patternProperties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  allOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  examples?: unknown[];
  example?: unknown;
  default?: unknown;
  format?: string;
  pattern?: string;
  minimum?: number;
  maxLength?: number;
}

interface MediaType {
  schema?: JsonSchema;
}

interface Operation {
  responses?: Record<string, { content?: Record<string, MediaType> }>;
}

export interface OpenApiDocument {
  info: { title: string; version: string };
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, JsonSchema> };
}

const REF_PREFIX = '#/components/schemas/';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function refName(schema: JsonSchema): string | undefined {
  return schema.$ref?.startsWith(REF_PREFIX) ? schema.$ref.slice(REF_PREFIX.length) : undefined;
}

export function schemaNamed(doc: OpenApiDocument, name: string): JsonSchema {
  const schema = doc.components.schemas[name];
  if (schema === undefined) {
    throw new Error(`The OpenAPI document has no schema ${name}.`);
  }
  return schema;
}

/** A schema with its `$ref` chain followed and its `allOf` parts merged. */
export interface ResolvedSchema {
  schema: JsonSchema;
  /** The names along the `$ref` chain, outermost first. */
  names: string[];
  /** The schema's own `examples` / `example`, outermost first (a `$ref` beside `examples` keeps them). */
  examples: unknown[];
}

function ownExamples(schema: JsonSchema): unknown[] {
  return [...(schema.examples ?? []), ...(schema.example === undefined ? [] : [schema.example])];
}

export function resolve(doc: OpenApiDocument, schema: JsonSchema): ResolvedSchema {
  const names: string[] = [];
  const examples: unknown[] = [];
  let current = schema;
  for (let name = refName(current); name !== undefined; name = refName(current)) {
    if (names.includes(name)) {
      throw new Error(`A $ref cycle through ${name}.`);
    }
    examples.push(...ownExamples(current));
    names.push(name);
    current = schemaNamed(doc, name);
  }
  examples.push(...ownExamples(current));
  if (current.allOf === undefined) {
    return { schema: current, names, examples };
  }
  const merged: JsonSchema = { ...current, allOf: undefined, type: 'object', properties: {}, required: [] };
  for (const part of current.allOf) {
    const resolved = resolve(doc, part).schema;
    merged.properties = { ...merged.properties, ...resolved.properties };
    merged.required = [...(merged.required ?? []), ...(resolved.required ?? [])];
  }
  merged.properties = { ...merged.properties, ...current.properties };
  merged.required = [...(merged.required ?? []), ...(current.required ?? [])];
  return { schema: merged, names, examples };
}

/** The first non-null `type` (`["array", "null"]` is an array that may be null). */
export function typeOf(schema: JsonSchema): string | undefined {
  if (Array.isArray(schema.type)) {
    return schema.type.find((type) => type !== 'null');
  }
  if (schema.type !== undefined) {
    return schema.type;
  }
  return schema.properties !== undefined || schema.patternProperties !== undefined ? 'object' : undefined;
}

/**
 * The `result` schema of an endpoint's 200 answer: `allOf: [pangea-response, { properties: { result } }]`,
 * with the answer's examples beside its `$ref`.
 */
export function resultSchemaOf(doc: OpenApiDocument, endpoint: string): JsonSchema {
  const operation = doc.paths[`/v2/${endpoint}`]?.post;
  const schema = operation?.responses?.['200']?.content?.['application/json']?.schema;
  const result = schema?.allOf?.map((part) => part.properties?.result).find((part) => part !== undefined);
  if (result === undefined) {
    throw new Error(`The OpenAPI document has no 200 result schema for POST /v2/${endpoint}.`);
  }
  return result;
}
