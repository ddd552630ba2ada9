/** The DOM hooks every part carries, so product CSS and tests can target it without class names. */
export interface PartAttributes {
  'data-scope': 'authn';
  'data-part': string;
  'data-state'?: string;
}

export function partAttributes(part: string, state?: string): PartAttributes {
  return state === undefined
    ? { 'data-scope': 'authn', 'data-part': part }
    : { 'data-scope': 'authn', 'data-part': part, 'data-state': state };
}

/** Joins element ids for `aria-describedby`, skipping the absent ones; `undefined` when none are left. */
export function joinIds(...ids: (string | false | null | undefined)[]): string | undefined {
  const present = ids.filter((id): id is string => typeof id === 'string' && id.length > 0);
  return present.length > 0 ? present.join(' ') : undefined;
}
