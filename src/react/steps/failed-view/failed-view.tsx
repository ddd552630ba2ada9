import { useAuthNFlow } from '../../hooks/use-authn-flow.js';
import { errorText } from '../../hooks/step-form.js';
import { useMessages } from '../../i18n/use-messages.js';
import { failedMessages } from '../../i18n/en/failed.js';
import { Button } from '../../primitives/button.js';
import { Heading } from '../../primitives/heading.js';
import { usePartAttributes } from '../../primitives/parts.js';
import { failureOf } from './failure-of.js';

/**
 * The flow cannot go on by itself: say what happened in the user's terms, and offer a way forward.
 * A disabled account, a blocked sign-in and an unknown status each get their own title and
 * explanation; "Try again" appears only where trying again can help.
 * @selector [data-scope="authn"][data-part="failed-view"][data-state="disabled-user" | "travel-blocked" | "unauthorized" | "unknown-status" | "offline" | "rate-limited" | "other"]
 */
export function FailedView() {
  const partAttributes = usePartAttributes();
  const { view, retry, startOver } = useAuthNFlow();
  const t = useMessages(failedMessages);
  const failure = failureOf(view.formError);
  const canRetry = failure.retryable && view.canRetry;
  // The view's own words, else the issue's; with no issue at all, "on our side".
  const body = errorText(t, view.formError, failure.body) ?? t('error.server');
  return (
    <div {...partAttributes('failed-view', failure.kind)}>
      <Heading>{t(failure.heading)}</Heading>
      <p role="alert" {...partAttributes('body')}>
        {body}
      </p>
      <div {...partAttributes('actions')}>
        {canRetry ? (
          <Button part="retry" onClick={retry}>
            {t('failed.retry')}
          </Button>
        ) : null}
        {view.canStartOver ? (
          <Button variant={canRetry ? 'secondary' : 'primary'} part="start-over" onClick={startOver}>
            {t('flow.startOver')}
          </Button>
        ) : null}
      </div>
    </div>
  );
}
