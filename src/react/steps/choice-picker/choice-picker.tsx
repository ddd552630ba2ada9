import type { KnownChoiceName } from '../../../core/index.js';
import { useAuthNFlow } from '../../hooks/use-authn-flow.js';
import { translateIssue } from '../../i18n/message-for-issue.js';
import { isMessageKey } from '../../i18n/messages.js';
import { useMessages, type Translate } from '../../i18n/use-messages.js';
import { choiceMessages } from '../../i18n/en/choice.js';
import { Button } from '../../primitives/button.js';
import { FormError } from '../../primitives/form-error.js';
import { Heading } from '../../primitives/heading.js';
import { usePartAttributes } from '../../primitives/parts.js';
import { useHasWebAuthn } from '../passkey-step/use-has-webauthn.js';
import { IdentifierSummary } from '../shared/identifier-summary.js';

function methodLabel(t: Translate, choice: KnownChoiceName): string {
  const key = `method.${choice}`;
  // Every method of `METHOD_CHOICES` has an entry; `method.other` covers one added to core later.
  return t(isMessageKey(key, choiceMessages) ? key : 'method.other');
}

/**
 * Shown when the phase offers more than one way to prove who you are: one button per method.
 * @selector [data-scope="authn"][data-part="choice-picker"]
 */
export function ChoicePicker() {
  const partAttributes = usePartAttributes();
  const { view, chooseMethod, startOver } = useAuthNFlow();
  const t = useMessages(choiceMessages);
  // A passkey needs WebAuthn: without it the option could only fail (and the server renders none).
  const webAuthn = useHasWebAuthn();
  const methods = webAuthn ? view.methods : view.methods.filter((method) => method.choice !== 'passkey');
  const hint = view.phase === 'phase_secondary' ? t('choice.hint.secondary') : t('choice.hint.primary');
  return (
    <div {...partAttributes('choice-picker')}>
      <Heading>{t('choice.heading')}</Heading>
      <IdentifierSummary identifier={view.identifier} onChange={startOver} />
      <p {...partAttributes('hint')}>{hint}</p>
      <FormError message={view.formError ? translateIssue(t, view.formError) : null} />
      <ul {...partAttributes('methods')}>
        {methods.map((method) => (
          <li key={method.choice} {...partAttributes('method')}>
            <Button
              variant="secondary"
              part="method-button"
              data-choice={method.choice}
              pending={view.busy}
              onClick={() => chooseMethod(method.choice)}
            >
              {methodLabel(t, method.choice)}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
