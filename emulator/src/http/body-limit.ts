/** Largest request body accepted; anything bigger is 413 `PayloadTooLarge`. */
export const MAX_BODY_BYTES = 64 * 1024;

export function exceedsBodyLimit(body: string): boolean {
  // A UTF-16 unit is at most 3 UTF-8 bytes, so short bodies need no encoding to be measured.
  if (body.length * 3 <= MAX_BODY_BYTES) {
    return false;
  }
  return new TextEncoder().encode(body).length > MAX_BODY_BYTES;
}
