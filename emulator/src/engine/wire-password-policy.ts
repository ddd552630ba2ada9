import type { PasswordPolicy } from './config/types.js';

type Prefixed = { [K in keyof PasswordPolicy as `password_${K}`]: PasswordPolicy[K] };

/** `password_policy` as sent: the short names and their `password_` twins, with the same values. */
export type WirePasswordPolicy = PasswordPolicy & Prefixed;

/**
 * The OAS (`authn-password-policy`) requires the `password_` names; live answers use the short
 * ones (research §5, "Version drift"). The schema is open, so sending both is valid under each,
 * and a client that reads only one of them still works here.
 */
export function wirePasswordPolicy(policy: PasswordPolicy): WirePasswordPolicy {
  return {
    ...policy,
    password_chars_min: policy.chars_min,
    password_chars_max: policy.chars_max,
    password_lower_min: policy.lower_min,
    password_upper_min: policy.upper_min,
    password_number_min: policy.number_min,
    password_punct_min: policy.punct_min,
  };
}
