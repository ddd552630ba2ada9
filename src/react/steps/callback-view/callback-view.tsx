import { useAuthNFlow } from '../../hooks/use-authn-flow.js';
import { useMessages } from '../../i18n/use-messages.js';
import { Button } from '../../primitives/button.js';
import { Heading } from '../../primitives/heading.js';
import { usePartAttributes } from '../../primitives/parts.js';

/**
 * Back from a provider or an emailed link while the flow resumes. A status region, like the
 * loading view, so screen readers hear it without focus moving.
 * @selector [data-scope="authn"][data-part="callback-view"]
 */
export function CallbackView() {
  const partAttributes = usePartAttributes();
  const t = useMessages();
  return (
    <div role="status" {...partAttributes('callback-view')}>
      <span aria-hidden="true" {...partAttributes('spinner')} />
      <span {...partAttributes('loading-label')}>{t('callback.pending')}</span>
    </div>
  );
}

/**
 * A return this tab cannot match to a flow it started: nothing was sent. Says why, and offers
 * to start over.
 * @selector [data-scope="authn"][data-part="callback-refused-view"][data-state=<reason>]
 */
export function CallbackRefusedView() {
  const partAttributes = usePartAttributes();
  const { view, startOver } = useAuthNFlow();
  const t = useMessages();
  const reason = view.callbackRefused ?? 'unknown-state';
  return (
    <div {...partAttributes('callback-refused-view', reason)}>
      <Heading>{t('callback.refused.heading')}</Heading>
      <p role="alert" {...partAttributes('body')}>
        {t(`callback.refused.${reason}`)}
      </p>
      <div {...partAttributes('actions')}>
        <Button part="start-over" onClick={startOver}>
          {t('flow.startOver')}
        </Button>
      </div>
    </div>
  );
}
