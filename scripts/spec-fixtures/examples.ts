import { isRecord, resolve, resultSchemaOf, type JsonSchema, type OpenApiDocument } from './openapi.js';

/**
 * Every example the document gives for a schema, by schema name: its own `examples`, then the
 * parts of other examples that sit where it is used. The password policy, for one, has no example
 * of its own, but `flow/start`'s example answer holds one; using it keeps the fixture's values
 * the service's own rather than made up.
 */
export type ExampleIndex = ReadonlyMap<string, readonly unknown[]>;

/** Where an example of a `flow_choices` item meets `authn-flow2-param-choice`'s `anyOf`. */
function variantFor(schema: JsonSchema, example: Record<string, unknown>): JsonSchema | undefined {
  return schema.anyOf?.find((variant) => variant.properties?.choice?.const === example.choice)?.properties?.data;
}

export function indexExamples(doc: OpenApiDocument, endpoints: readonly string[]): ExampleIndex {
  const index = new Map<string, unknown[]>();
  const seen = new Map<string, Set<string>>();
  const record = (name: string, example: unknown) => {
    const key = JSON.stringify(example);
    const keys = seen.get(name) ?? new Set<string>();
    if (!keys.has(key)) {
      keys.add(key);
      seen.set(name, keys);
      index.set(name, [...(index.get(name) ?? []), example]);
    }
  };
  const walk = (schema: JsonSchema, example: unknown) => {
    const { schema: resolved, names } = resolve(doc, schema);
    names.forEach((name) => record(name, example));
    if (Array.isArray(example)) {
      const items = resolved.items;
      if (items !== undefined) {
        example.forEach((item) => walk(items, item));
      }
      return;
    }
    if (!isRecord(example)) {
      return;
    }
    const data = variantFor(resolved, example);
    if (data !== undefined) {
      walk(data, example.data);
    }
    const anyKey = Object.values(resolved.patternProperties ?? {})[0];
    for (const [key, value] of Object.entries(example)) {
      const property = resolved.properties?.[key] ?? anyKey;
      if (property !== undefined && !(data !== undefined && key === 'data')) {
        walk(property, value);
      }
    }
  };
  for (const [name, schema] of Object.entries(doc.components.schemas)) {
    for (const example of resolve(doc, schema).examples) {
      record(name, example);
      walk(schema, example);
    }
  }
  for (const endpoint of endpoints) {
    const result = resultSchemaOf(doc, endpoint);
    for (const example of result.examples ?? []) {
      walk(result, example);
    }
  }
  return index;
}

/** A schema's examples: its own first, then those found where it is used. */
export function examplesOf(index: ExampleIndex, names: readonly string[], own: readonly unknown[]): unknown[] {
  const all = [...own, ...names.flatMap((name) => index.get(name) ?? [])];
  const keys = new Set<string>();
  return all.filter((example) => {
    const key = JSON.stringify(example);
    const fresh = !keys.has(key);
    keys.add(key);
    return fresh;
  });
}
