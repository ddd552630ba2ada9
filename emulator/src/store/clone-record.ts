/**
 * A deep copy of a stored record. Records are plain JSON-safe data (objects, arrays, strings,
 * numbers, booleans, null), and copying those by hand is several times faster than
 * structuredClone, which sets up a serializer for every call: with a copy on each read and write,
 * structuredClone was the memory store's largest cost in the bench. Anything else (a Date, a typed
 * array) still goes through structuredClone, so nothing is copied differently.
 */
export function cloneRecord<T>(value: T): T {
  return copyValue(value) as T;
}

function copyValue(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) {
    return value;
  }
  if (Array.isArray(value)) {
    return value.map(copyValue);
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) {
    return structuredClone(value);
  }
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    copy[key] = copyValue((value as Record<string, unknown>)[key]);
  }
  return copy;
}
