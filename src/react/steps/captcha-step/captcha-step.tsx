import { useMessages } from '../../i18n/use-messages.js';
import { captchaMessages } from '../../i18n/en/captcha.js';
import { Button } from '../../primitives/button.js';
import { FormError } from '../../primitives/form-error.js';
import { Heading } from '../../primitives/heading.js';
import { usePartAttributes } from '../../primitives/parts.js';
import { IdentifierSummary } from '../shared/identifier-summary.js';
import { CaptchaMount } from './captcha-mount.js';
import { useCaptchaStep } from './use-captcha-step.js';

/**
 * `phase_captcha`: the app's captcha widget (the `captcha` prop), else one picked from the site
 * key. Its token goes straight to `flow/update captcha {code}`. Tokens are single use and expire,
 * so an expired token resets the widget and a failed check draws a new one (research §9.3).
 * @selector [data-scope="authn"][data-part="captcha-step"]
 */
export function CaptchaStep() {
  const partAttributes = usePartAttributes();
  const api = useCaptchaStep();
  const t = useMessages(captchaMessages);

  return (
    <div {...api.getRootProps()} {...partAttributes('captcha-step')}>
      <Heading>{t('captcha.heading')}</Heading>
      <IdentifierSummary identifier={api.identifier} onChange={api.startOver} />
      <p {...partAttributes('body')}>{t('captcha.body')}</p>
      <FormError message={api.error} />
      <CaptchaMount key={api.widgetKey} {...api.getWidgetProps()} />
      {/* Always mounted, so each change is announced; politely, as the check itself is not blocked. */}
      <p aria-live="polite" {...partAttributes('captcha-status', api.status === '' ? 'hidden' : 'visible')}>
        {api.status}
      </p>
      {api.failed ? (
        <Button variant="secondary" part="captcha-retry" {...api.getRetryProps()}>
          {t('captcha.retry')}
        </Button>
      ) : null}
    </div>
  );
}
