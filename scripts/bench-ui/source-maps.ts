import { readFileSync } from 'node:fs';

/** Where a position of a built chunk came from: the original file (as the map names it), line and its text. */
export interface Original {
  source: string;
  line: number;
  text: string;
}

interface RawMap {
  sources: string[];
  sourcesContent?: (string | null)[];
  mappings: string;
}

/** One mapping of a generated line: generated column, source index, source line. */
type Segment = [column: number, source: number, line: number];

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decodeVlq(text: string): number[][][] {
  const lines: number[][][] = [];
  for (const line of text.split(';')) {
    const segments: number[][] = [];
    for (const field of line.split(',')) {
      if (field === '') {
        continue;
      }
      const values: number[] = [];
      let value = 0;
      let shift = 0;
      for (const char of field) {
        const digit = BASE64.indexOf(char);
        value += (digit & 31) << shift;
        shift += 5;
        if ((digit & 32) === 0) {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      segments.push(values);
    }
    lines.push(segments);
  }
  return lines;
}

/** The deltas of a map made absolute; segments without a source are dropped. */
function segmentsOf(raw: RawMap): Segment[][] {
  let source = 0;
  let sourceLine = 0;
  return decodeVlq(raw.mappings).map((fields) => {
    let column = 0;
    const segments: Segment[] = [];
    for (const field of fields) {
      column += field[0] ?? 0;
      if (field.length < 4) {
        continue;
      }
      source += field[1] ?? 0;
      sourceLine += field[2] ?? 0;
      segments.push([column, source, sourceLine]);
    }
    return segments;
  });
}

interface Loaded {
  raw: RawMap;
  lines: Segment[][];
  /** Each source's lines, split when first asked for. */
  texts: Map<number, string[]>;
}

/** The chunks' source maps (written next to them by the bench build), read once each. */
export class SourceMaps {
  readonly #maps = new Map<string, Loaded | null>();

  constructor(private readonly outDir: string) {}

  /**
   * The original position of a function that starts at `line`:`column` (0-based) of a chunk URL,
   * with the text of its original line: minified names say nothing, and a map's names do not mark
   * functions (V8 places a function at its parameter list, after whatever call it is passed to).
   */
  lookup(url: string, line: number, column: number): Original | undefined {
    const map = this.#load(url);
    const found = map?.lines[line]?.findLast(([generated]) => generated <= column);
    if (map === undefined || map === null || found === undefined) {
      return undefined;
    }
    const [, source, sourceLine] = found;
    let texts = map.texts.get(source);
    if (texts === undefined) {
      texts = (map.raw.sourcesContent?.[source] ?? '').split('\n');
      map.texts.set(source, texts);
    }
    return { source: map.raw.sources[source] ?? '?', line: sourceLine + 1, text: (texts[sourceLine] ?? '').trim() };
  }

  /**
   * The part (0 to 1) of a chunk's characters that its map gives to sources matching `pattern`;
   * undefined for a chunk without a map.
   */
  share(url: string, pattern: RegExp): number | undefined {
    const map = this.#load(url);
    if (map === undefined || map === null) {
      return undefined;
    }
    const code = readFileSync(`${this.outDir}${new URL(url).pathname}`, 'utf8').split('\n');
    const matching = map.raw.sources.map((source) => pattern.test(source));
    let source = 0;
    let matched = 0;
    let total = 0;
    for (const [index, fields] of decodeVlq(map.raw.mappings).entries()) {
      const length = code[index]?.length ?? 0;
      total += length;
      let column = 0;
      for (const [position, field] of fields.entries()) {
        column += field[0] ?? 0;
        // Unmapped spans (no source) count in the total only.
        if (field.length < 4) {
          continue;
        }
        source += field[1] ?? 0;
        const next = fields[position + 1];
        const end = next === undefined ? length : column + (next[0] ?? 0);
        if (matching[source] === true) {
          matched += end - column;
        }
      }
    }
    return total === 0 ? 0 : matched / total;
  }

  #load(url: string): Loaded | null | undefined {
    let pathname: string;
    try {
      pathname = new URL(url).pathname;
    } catch {
      return undefined;
    }
    if (!this.#maps.has(pathname)) {
      let loaded: Loaded | null = null;
      try {
        const raw = JSON.parse(readFileSync(`${this.outDir}${pathname}.map`, 'utf8')) as RawMap;
        loaded = { raw, lines: segmentsOf(raw), texts: new Map() };
      } catch {
        // A chunk without a map (an inline script, Vite's preload helper): attributed by its URL.
      }
      this.#maps.set(pathname, loaded);
    }
    return this.#maps.get(pathname);
  }
}
