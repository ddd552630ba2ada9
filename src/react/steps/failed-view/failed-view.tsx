import { useAuthNFlow } from '../../hooks/use-authn-flow.js';
import { translateIssue } from '../../i18n/message-for-issue.js';
import { useMessages } from '../../i18n/use-messages.js';
import { Button } from '../../primitives/button.js';
import { Heading } from '../../primitives/heading.js';
import { partAttributes } from '../../primitives/parts.js';

/**
 * The flow cannot go on by itself: say why, and offer a way forward.
 * @selector [data-scope="authn"][data-part="failed-view"]
 */
export function FailedView() {
  const { view, retry, startOver } = useAuthNFlow();
  const t = useMessages();
  return (
    <div {...partAttributes('failed-view')}>
      <Heading>{t('failed.heading')}</Heading>
      <p role="alert" {...partAttributes('body')}>
        {view.formError !== null ? translateIssue(t, view.formError) : t('error.server')}
      </p>
      <div {...partAttributes('actions')}>
        {view.canRetry ? (
          <Button part="retry" onClick={retry}>
            {t('failed.retry')}
          </Button>
        ) : null}
        {view.canStartOver ? (
          <Button variant={view.canRetry ? 'secondary' : 'primary'} part="start-over" onClick={startOver}>
            {t('flow.startOver')}
          </Button>
        ) : null}
      </div>
    </div>
  );
}
