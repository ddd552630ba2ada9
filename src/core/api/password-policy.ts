type PolicyKey = 'chars_min' | 'chars_max' | 'lower_min' | 'upper_min' | 'punct_min' | 'number_min';

/** A password policy in either naming scheme; `PasswordPolicy` from the wire fits. A `null` limit is absent. */
export type PasswordPolicyLike = { readonly [K in PolicyKey | `password_${PolicyKey}`]?: number | null | undefined };

export type PasswordRuleId = 'length' | 'lower' | 'upper' | 'number' | 'punct';

export interface PasswordRule {
  id: PasswordRuleId;
  /** At least this many characters (of the class, or in all for `length`). */
  min: number;
  /** For `length` only: at most this many characters. */
  max: number | undefined;
}

export interface PasswordRuleResult extends PasswordRule {
  met: boolean;
}

/** Defaults of Pangea's own views when a key is absent (research §5 PasswordPolicy), in the rules' order. */
const DEFAULTS: Record<PasswordRuleId, number> = { length: 8, lower: 1, upper: 1, number: 1, punct: 1 };

const COUNTERS: Record<Exclude<PasswordRuleId, 'length'>, RegExp> = {
  lower: /\p{Ll}/gu,
  upper: /\p{Lu}/gu,
  number: /\p{Nd}/gu,
  // Anything that is neither a letter, a digit nor white space counts as a symbol.
  punct: /[^\p{L}\p{Nd}\s]/gu,
};

function valueOf(policy: PasswordPolicyLike, key: PolicyKey): number | undefined {
  const value = policy[key] ?? policy[`password_${key}`];
  return typeof value === 'number' ? value : undefined;
}

/**
 * A maximum of 0 is Go's unset integer, as a 0 minimum is: read as no maximum, or no password
 * could ever pass (Pangea's own views never check the maximum).
 */
function maximumOf(policy: PasswordPolicyLike): number | undefined {
  const max = valueOf(policy, 'chars_max');
  return max !== undefined && max > 0 ? max : undefined;
}

/** The rules a policy sets, in either naming scheme (`chars_min` or `password_chars_min`). */
export function passwordRulesOf(policy: PasswordPolicyLike | undefined): PasswordRule[] {
  const source = policy ?? {};
  return (Object.keys(DEFAULTS) as PasswordRuleId[])
    .map((id) => ({
      id,
      // Each rule's key is `<id>_min`, but for the length's.
      min: valueOf(source, `${id === 'length' ? 'chars' : id}_min`) ?? DEFAULTS[id],
      max: id === 'length' ? maximumOf(source) : undefined,
    }))
    .filter((rule) => rule.min > 0 || rule.max !== undefined);
}

function countOf(id: PasswordRuleId, password: string): number {
  return id === 'length' ? [...password].length : (password.match(COUNTERS[id]) ?? []).length;
}

/** Checks a password against each rule of the policy. */
export function checkPassword(policy: PasswordPolicyLike | undefined, password: string): PasswordRuleResult[] {
  return passwordRulesOf(policy).map((rule) => {
    const count = countOf(rule.id, password);
    return { ...rule, met: count >= rule.min && (rule.max === undefined || count <= rule.max) };
  });
}
