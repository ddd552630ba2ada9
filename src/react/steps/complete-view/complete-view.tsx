import { useAuthNFlow } from '../../hooks/use-authn-flow.js';
import { useMessages } from '../../i18n/use-messages.js';
import { Heading } from '../../primitives/heading.js';
import { partAttributes } from '../../primitives/parts.js';

/**
 * The flow is done; the app got the tokens through `onComplete` and usually navigates away.
 * @selector [data-scope="authn"][data-part="complete-view"]
 */
export function CompleteView() {
  const { view } = useAuthNFlow();
  const t = useMessages();
  return (
    <div {...partAttributes('complete-view')}>
      <Heading>{t('complete.heading')}</Heading>
      {view.identifier !== undefined ? (
        <p {...partAttributes('body')}>{t('complete.body', { identifier: view.identifier.value })}</p>
      ) : null}
    </div>
  );
}
