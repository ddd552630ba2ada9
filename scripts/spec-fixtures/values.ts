import { examplesOf, type ExampleIndex } from './examples.js';
import { isRecord, resolve, typeOf, type JsonSchema, type OpenApiDocument } from './openapi.js';
import { stringMatching } from './pattern.js';

/** `required`: only the properties a schema requires, all the way down; `all`: every property. */
export type Mode = 'required' | 'all';

/** A path to a property: names, `[]` for each item of a list, `*` for each value of a map. */
export type PropertyPath = readonly string[];

export function pathText(path: PropertyPath): string {
  return path.reduce((text, segment) => (segment === '[]' ? `${text}[]` : text ? `${text}.${segment}` : segment), '');
}

/**
 * Values that conform to the document's schemas, taken from its examples wherever it has one:
 * an example of the enclosing object first, then the schema's own, `default`, `enum[0]`, and only
 * then a value made up from `type`, `format` and `pattern`. Deterministic: the same document
 * gives the same values.
 */
export function createValueBuilder(doc: OpenApiDocument, index: ExampleIndex) {
  function generated(schema: JsonSchema, seed: string, name: string): unknown {
    switch (typeOf(schema)) {
      case 'boolean':
        // Go's zero value: what the service sends for a flag it has nothing to say about.
        return false;
      case 'integer':
      case 'number':
        return schema.minimum ?? 1;
      case 'string':
        if (schema.pattern !== undefined) {
          return stringMatching(schema.pattern, seed, schema.maxLength);
        }
        return schema.format === 'http-url' ? `https://example.com/${name}` : name;
      default:
        throw new Error(`No value for ${seed}: type ${JSON.stringify(schema.type)} without an example.`);
    }
  }

  function build(schema: JsonSchema, mode: Mode, hint: unknown, seed: string, name: string): unknown {
    const resolved = resolve(doc, schema);
    const node = resolved.schema;
    const examples = examplesOf(index, resolved.names, resolved.examples);
    const type = typeOf(node);
    if (type === 'object' && node.properties !== undefined && Object.keys(node.properties).length > 0) {
      const properties = node.properties;
      const sample = isRecord(hint) ? hint : examples.find(isRecord);
      const keys =
        mode === 'all'
          ? Object.keys(properties)
          : (node.required ?? []).filter((key) => Object.hasOwn(properties, key));
      return Object.fromEntries(
        keys.map((key) => [key, build(properties[key] as JsonSchema, mode, sample?.[key], `${seed}.${key}`, key)]),
      );
    }
    if (type === 'object') {
      const sample = isRecord(hint) ? hint : examples.find(isRecord);
      if (sample !== undefined) {
        return structuredClone(sample);
      }
      const valueSchema = Object.values(node.patternProperties ?? {})[0];
      if (valueSchema === undefined) {
        return {};
      }
      const value = build(valueSchema, mode, undefined, `${seed}.*`, name);
      const key = isRecord(value) && typeof value.id === 'string' ? value.id : name;
      return { [key]: value };
    }
    if (type === 'array') {
      const items = node.items ?? {};
      // The document lists some arrays' item examples as examples of the array: read them as items.
      const samples = Array.isArray(hint)
        ? hint
        : (examples.find(Array.isArray) ?? (examples.length > 0 ? examples : [undefined]));
      return samples.map((sample, at) => build(items, mode, sample, `${seed}[${at}]`, name));
    }
    const sample = hint !== undefined ? hint : (examples[0] ?? node.default ?? node.enum?.[0] ?? node.const);
    return sample !== undefined ? structuredClone(sample) : generated(node, seed, name);
  }

  /**
   * The optional properties under a schema, down to `depth` property names: each gives one
   * "`path` null" variant. Deeper ones (a token's intelligence data) are left out to keep the
   * fixture small; the kit reads none of them.
   */
  function optionalPaths(schema: JsonSchema, depth: number, prefix: PropertyPath = []): PropertyPath[] {
    if (depth === 0) {
      return [];
    }
    const node = resolve(doc, schema).schema;
    const type = typeOf(node);
    if (type === 'array') {
      return optionalPaths(node.items ?? {}, depth, [...prefix, '[]']);
    }
    if (type !== 'object') {
      return [];
    }
    if (node.properties === undefined) {
      const valueSchema = Object.values(node.patternProperties ?? {})[0];
      return valueSchema === undefined ? [] : optionalPaths(valueSchema, depth, [...prefix, '*']);
    }
    const required = node.required ?? [];
    return Object.entries(node.properties).flatMap(([key, property]) => [
      ...(required.includes(key) ? [] : [[...prefix, key]]),
      ...optionalPaths(property, depth - 1, [...prefix, key]),
    ]);
  }

  return {
    build: (schema: JsonSchema, mode: Mode, seed: string, hint?: unknown) => build(schema, mode, hint, seed, 'value'),
    optionalPaths,
  };
}

/** A copy of `value` with the property at `path` set to `null` (in every item of a list or map). */
export function withNull(value: unknown, path: PropertyPath): unknown {
  const [segment, ...rest] = path;
  if (segment === undefined) {
    return null;
  }
  if (segment === '[]') {
    return Array.isArray(value) ? value.map((item) => withNull(item, rest)) : value;
  }
  if (!isRecord(value)) {
    return value;
  }
  if (segment === '*') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withNull(item, rest)]));
  }
  return Object.hasOwn(value, segment) ? { ...value, [segment]: withNull(value[segment], rest) } : value;
}
