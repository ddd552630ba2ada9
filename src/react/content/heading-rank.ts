export type HeadingRank = 1 | 2 | 3 | 4 | 5 | 6;

/**
 * The rank a heading of server text gets on the page: its top level (`h1`, `#`) becomes `top`, the
 * others follow below it, so the text never outranks the step's own heading. Capped at 6.
 */
export function shiftHeading(level: number, top: HeadingRank): HeadingRank {
  const rank = Math.round(level) + top - 1;
  return Math.min(6, Math.max(top, rank)) as HeadingRank;
}
