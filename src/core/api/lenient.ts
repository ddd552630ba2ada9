import * as v from 'valibot';

/**
 * Field readers for answers from the AuthN service, which is written in Go: an empty list or an
 * unset field may come as `null`, a boolean as `"true"`. Each field is read on its own, and a value
 * of the wrong type reads as absent (or as the field's default) instead of failing the answer, as
 * Pangea's own views read them (research §5, §9.3).
 */

type Read<T> = (value: unknown) => T;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const asString: Read<string | undefined> = (value) => (typeof value === 'string' ? value : undefined);

export const asBoolean: Read<boolean | undefined> = (value) =>
  value === true || value === 'true' ? true : value === false || value === 'false' ? false : undefined;

export const asNumber: Read<number | undefined> = (value) => {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
};

/** A time; Go's zero time (`0001-01-01T00:00:00Z`, research §5) means none was set. */
const asTime: Read<string | undefined> = (value) => {
  const text = asString(value);
  return text && !text.startsWith('0001-01-01') ? text : undefined;
};

/** The entries `read` makes sense of; anything but an array is `undefined`. */
export function listOf<T>(read: Read<T | undefined>): Read<T[] | undefined> {
  return (value) =>
    Array.isArray(value)
      ? value.flatMap((item: unknown) => {
          const entry = read(item);
          return entry === undefined ? [] : [entry];
        })
      : undefined;
}

/** What `schema` reads from the value, or `undefined` when it cannot. */
export function readWith<S extends v.GenericSchema>(schema: S): Read<v.InferOutput<S> | undefined> {
  return (value) => {
    const parsed = v.safeParse(schema, value);
    return parsed.success ? parsed.output : undefined;
  };
}

/** An optional field: absent, `null` and unreadable values are all `undefined`. */
export function optionalField<T>(read: Read<T | undefined>) {
  return v.optional(v.pipe(v.unknown(), v.transform(read)));
}

/** A field that always has a value: a fresh `fallback()` when absent, `null` or unreadable. */
export function field<T>(read: Read<T | undefined>, fallback: () => T) {
  return v.optional(
    v.pipe(
      v.unknown(),
      v.transform((value): T => read(value) ?? fallback()),
    ),
    fallback,
  );
}

export const optionalString = optionalField(asString);
export const optionalBoolean = optionalField(asBoolean);
export const optionalNumber = optionalField(asNumber);
export const optionalTime = optionalField(asTime);
export const optionalStrings = optionalField(listOf(asString));
/** A string the kit relies on being there; `""` when it is not (what then is up to the reader). */
export const text = field(asString, () => '');
/** A list of strings: `null` and absent are empty. */
export const strings = field(listOf(asString), (): string[] => []);

/** A string that must be there and not empty (`flow_id`, a token): the one kind of field that fails. */
export const requiredString = v.pipe(v.string(), v.nonEmpty());
