/**
 * A deliberately loose check (something@something.something): the server has the final word, and
 * a stricter pattern would reject real addresses. It only catches typos before a round trip.
 */
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isEmail(value: string): boolean {
  return EMAIL_SHAPE.test(value);
}
