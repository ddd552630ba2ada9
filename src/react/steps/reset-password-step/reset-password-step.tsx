import { useAuthNFlow } from '../../hooks/use-authn-flow.js';
import { translateIssue } from '../../i18n/message-for-issue.js';
import { useMessages } from '../../i18n/use-messages.js';
import { Button } from '../../primitives/button.js';
import { FormError } from '../../primitives/form-error.js';
import { Heading } from '../../primitives/heading.js';
import { partAttributes } from '../../primitives/parts.js';

/**
 * After "Forgot password?": the reset link is on its way.
 * @selector [data-scope="authn"][data-part="reset-password-step"]
 */
export function ResetPasswordStep() {
  const { view, back, startOver } = useAuthNFlow();
  const t = useMessages();
  const email = view.identifier?.kind === 'email' ? view.identifier.value : undefined;
  return (
    <div {...partAttributes('reset-password-step')}>
      <Heading>{t('reset.heading')}</Heading>
      <p {...partAttributes('body')}>{email === undefined ? t('reset.bodyNoEmail') : t('reset.body', { email })}</p>
      <FormError message={view.formError ? translateIssue(t, view.formError) : null} />
      {view.canGoBack ? (
        <Button variant="secondary" part="back" disabled={view.busy} onClick={back}>
          {t('reset.back')}
        </Button>
      ) : (
        <Button variant="secondary" part="start-over" disabled={view.busy} onClick={startOver}>
          {t('flow.startOver')}
        </Button>
      )}
    </div>
  );
}
