import * as v from 'valibot';
import { failValidation } from '../failures.js';

/** `{state, code}` from an emailed link; `{}` polls where the spec allows it (verify_email, reset_password). */
export const OptionalLinkData = v.strictObject({ state: v.optional(v.string()), code: v.optional(v.string()) });
export const LinkData = v.strictObject({ state: v.string(), code: v.string() });

export interface LinkData {
  state: string;
  code: string;
}

/** Both parts, `null` for a poll (neither), or a ValidationError for half a link. */
export function linkData(input: { state?: string | undefined; code?: string | undefined }): LinkData | null {
  if (input.state === undefined && input.code === undefined) {
    return null;
  }
  if (input.state === undefined || input.code === undefined) {
    const missing = input.state === undefined ? 'state' : 'code';
    return failValidation([
      { code: 'FieldRequired', source: `/data/${missing}`, detail: `data.${missing} is required` },
    ]);
  }
  return { state: input.state, code: input.code };
}
