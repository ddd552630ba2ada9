import type { PasswordRuleResult } from '../../../core/index.js';
import type { MessageKey } from '../../i18n/messages.js';
import { useMessages, type Translate } from '../../i18n/use-messages.js';
import { passwordMessages } from '../../i18n/en/password.js';
import { usePartAttributes } from '../../primitives/parts.js';
import type { PasswordChecklistState } from '../shared/use-password-entry.js';
import { visuallyHidden } from '../shared/visually-hidden.js';

function ruleText(t: Translate, rule: PasswordRuleResult): string {
  if (rule.id === 'length') {
    return rule.max === undefined
      ? t('password.rule.length', { count: rule.min })
      : t('password.rule.lengthRange', { min: rule.min, max: rule.max });
  }
  const key: MessageKey = `password.rule.${rule.id}`;
  return t(key, { min: rule.min });
}

/**
 * The live list of password rules on sign-up. The list is a polite live region whose text only
 * changes when a rule flips between met and unmet, so screen readers hear progress, not every
 * keystroke. After a refused submit the unmet rules turn to the error colour (the field's error
 * says the same in words).
 * @selector [data-scope="authn"][data-part="password-rules"][data-state="idle" | "submitted"]
 * @selector [data-scope="authn"][data-part="password-rule"][data-state="met" | "unmet"]
 */
export function PasswordChecklist({ id, rules, submitted }: PasswordChecklistState) {
  const partAttributes = usePartAttributes();
  const t = useMessages(passwordMessages);
  return (
    <div {...partAttributes('password-rules', submitted ? 'submitted' : 'idle')}>
      <p id={`${id}-heading`} {...partAttributes('password-rules-heading')}>
        {t('password.rules.heading')}
      </p>
      <ul id={id} aria-labelledby={`${id}-heading`} aria-live="polite" {...partAttributes('password-rule-list')}>
        {rules.map((rule) => (
          <li key={rule.id} data-rule={rule.id} {...partAttributes('password-rule', rule.met ? 'met' : 'unmet')}>
            {ruleText(t, rule)}
            {' '}
            <span {...visuallyHidden}>{t(rule.met ? 'password.rule.met' : 'password.rule.unmet')}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
