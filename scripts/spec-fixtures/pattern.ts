/**
 * A string matching one of the document's simple patterns: literals and character classes with
 * `{n}`, `{n,m}`, `*`, `+` or `?`, between `^` and `$` (e.g. `^pfl_[a-z2-7]{32}$`). Groups and
 * alternatives are refused rather than guessed; the document gives an example wherever it uses them.
 * The characters come from a generator seeded by `seed`, so the same seed gives the same string.
 */

/** FNV-1a, then mulberry32: small, deterministic, and enough to vary ids between fields. */
function randomFrom(seed: string): () => number {
  let state = 0x811c9dc5;
  for (const char of seed) {
    state = Math.imul(state ^ (char.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  }
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function classChars(body: string): string[] {
  const chars: string[] = [];
  for (let at = 0; at < body.length; at += 1) {
    let char = body[at] as string;
    if (char === '\\') {
      at += 1;
      char = body[at] as string;
    }
    if (body[at + 1] === '-' && at + 2 < body.length) {
      const last = body.codePointAt(at + 2) ?? 0;
      for (let code = char.codePointAt(0) ?? 0; code <= last; code += 1) {
        chars.push(String.fromCodePoint(code));
      }
      at += 2;
    } else {
      chars.push(char);
    }
  }
  return chars;
}

interface Atom {
  chars: string[];
  min: number;
  max: number;
}

/** How many of an unbounded repeat to make: enough to look like a value, short enough to read. */
const OPEN_REPEAT = 8;

function atomsOf(pattern: string): Atom[] {
  const source = pattern.replace(/^\^/, '').replace(/\$$/, '');
  const atoms: Atom[] = [];
  let at = 0;
  while (at < source.length) {
    const char = source[at] as string;
    let chars: string[];
    if (char === '[') {
      const end = source.indexOf(']', at + 1);
      chars = classChars(source.slice(at + 1, end));
      at = end + 1;
    } else if ('()|.'.includes(char) || (char === '\\' && /[dswDSWbB]/.test(source[at + 1] ?? ''))) {
      throw new Error(`The pattern ${pattern} is beyond this generator: give its schema an example.`);
    } else if (char === '\\') {
      chars = [source[at + 1] as string];
      at += 2;
    } else {
      chars = [char];
      at += 1;
    }
    const quantifier = /^(?:\{(\d+)(?:,(\d*))?\}|[*+?])/.exec(source.slice(at));
    let [min, max] = [1, 1];
    if (quantifier !== null) {
      at += quantifier[0].length;
      const [text, low, high] = quantifier;
      [min, max] =
        text === '*' ? [0, OPEN_REPEAT] : text === '+' ? [1, OPEN_REPEAT] : text === '?' ? [0, 1]
        : [Number(low), high === undefined ? Number(low) : high === '' ? Number(low) + OPEN_REPEAT : Number(high)];
    }
    atoms.push({ chars, min, max });
  }
  return atoms;
}

export function stringMatching(pattern: string, seed: string, maxLength = Infinity): string {
  const random = randomFrom(seed);
  let value = '';
  for (const atom of atomsOf(pattern)) {
    const count = Math.max(atom.min, Math.min(atom.max, OPEN_REPEAT));
    for (let n = 0; n < count; n += 1) {
      value += atom.chars[Math.floor(random() * atom.chars.length)] ?? '';
    }
  }
  value = value.slice(0, maxLength);
  if (!new RegExp(pattern).test(value)) {
    throw new Error(`Made "${value}" for ${pattern}, which does not match it.`);
  }
  return value;
}
