import { useMessages } from '../../i18n/use-messages.js';
import { choiceMessages } from '../../i18n/en/choice.js';
import { Button } from '../../primitives/button.js';
import { FormError } from '../../primitives/form-error.js';
import { Heading } from '../../primitives/heading.js';
import { usePartAttributes } from '../../primitives/parts.js';
import { IdentifierSummary } from '../shared/identifier-summary.js';
import { useChoicePicker } from './use-choice-picker.js';

/**
 * Shown when the phase offers more than one way to prove who you are: one button per method.
 * @selector [data-scope="authn"][data-part="choice-picker"]
 */
export function ChoicePicker() {
  const partAttributes = usePartAttributes();
  const api = useChoicePicker();
  const t = useMessages(choiceMessages);
  return (
    <div {...partAttributes('choice-picker')}>
      <Heading>{t('choice.heading')}</Heading>
      <IdentifierSummary identifier={api.identifier} onChange={api.startOver} />
      <p {...partAttributes('hint')}>{t(api.factor === 'secondary' ? 'choice.hint.secondary' : 'choice.hint.primary')}</p>
      <FormError message={api.formError} />
      <ul {...partAttributes('methods')}>
        {api.methods.map((method) => (
          <li key={method.choice} {...partAttributes('method')}>
            <Button variant="secondary" part="method-button" data-choice={method.choice} {...api.getMethodProps(method)}>
              {t(`method.${method.choice}`)}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
