import { useAuthNFlow } from '../../hooks/use-authn-flow.js';
import { useMessages } from '../../i18n/use-messages.js';
import { completeMessages } from '../../i18n/en/complete.js';
import { Heading } from '../../primitives/heading.js';
import { usePartAttributes } from '../../primitives/parts.js';

/**
 * The flow is done; the app got the tokens through `onComplete` and usually navigates away.
 * @selector [data-scope="authn"][data-part="complete-view"]
 */
export function CompleteView() {
  const partAttributes = usePartAttributes();
  const { view } = useAuthNFlow();
  const t = useMessages(completeMessages);
  return (
    <div {...partAttributes('complete-view')}>
      <Heading>{t('complete.heading')}</Heading>
      {view.identifier !== undefined ? (
        <p {...partAttributes('body')}>{t('complete.body', { identifier: view.identifier.value })}</p>
      ) : null}
    </div>
  );
}
