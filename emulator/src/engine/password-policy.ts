import { checkPassword, type PasswordRuleId } from '../../../src/core/index.js';
import type { PasswordPolicy } from './config/types.js';
import type { FieldError } from './field-errors.js';

// One definition of the character classes serves the kit's live checklist and the emulator's check,
// so what the checklist accepts the emulator accepts.
const NOUNS: Record<Exclude<PasswordRuleId, 'length'>, [singular: string, plural: string]> = {
  lower: ['lowercase letter', 'lowercase letters'],
  upper: ['uppercase letter', 'uppercase letters'],
  number: ['number', 'numbers'],
  punct: ['special character', 'special characters'],
};

/** Every rule the password breaks, as field errors at `source` (empty when it complies). */
export function checkPasswordPolicy(password: string, policy: PasswordPolicy, source: string): FieldError[] {
  const errors: FieldError[] = [];
  for (const rule of checkPassword(policy, password)) {
    if (rule.met) {
      continue;
    }
    if (rule.id === 'length') {
      const length = Array.from(password).length;
      errors.push(
        length < rule.min
          ? { code: 'BelowMinLength', source, detail: `Password must be at least ${rule.min} characters long` }
          : { code: 'AboveMaxLength', source, detail: `Password must be at most ${rule.max} characters long` },
      );
      continue;
    }
    const [singular, plural] = NOUNS[rule.id];
    errors.push({
      code: 'DoesNotMatchPattern',
      source,
      detail: `Password must contain at least ${rule.min} ${rule.min === 1 ? singular : plural}`,
    });
  }
  return errors;
}
