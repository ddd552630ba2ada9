import { useRef, useState } from 'react';
import { CaptchaError, type CaptchaLabels, type CaptchaWidget } from '../../captcha/captcha-adapter.js';
import { useCaptchaAdapter } from '../../captcha/captcha-context.js';
import { useAuthNFlow } from '../../hooks/use-authn-flow.js';
import { useErrorFocus } from '../../hooks/use-error-focus.js';
import { translateIssue } from '../../i18n/message-for-issue.js';
import { useMessages } from '../../i18n/use-messages.js';
import { captchaMessages } from '../../i18n/en/captcha.js';
import { Button } from '../../primitives/button.js';
import { FormError } from '../../primitives/form-error.js';
import { Heading } from '../../primitives/heading.js';
import { usePartAttributes } from '../../primitives/parts.js';
import { IdentifierSummary } from '../shared/identifier-summary.js';
import { CaptchaMount } from './captcha-mount.js';
import { defaultCaptchaFor } from './default-captcha.js';

/** What stopped the widget: its script, or the widget itself. */
type WidgetTrouble = 'load' | 'widget';

function troubleOf(error: unknown): WidgetTrouble {
  return error instanceof CaptchaError && error.kind === 'widget-failed' ? 'widget' : 'load';
}

/**
 * `phase_captcha`: the app's captcha widget (the `captcha` prop), else one picked from the site
 * key. Its token goes straight to `flow/update captcha {code}`. Tokens are single use and expire,
 * so an expired token resets the widget and a failed check draws a new one (research §9.3).
 * @selector [data-scope="authn"][data-part="captcha-step"]
 */
export function CaptchaStep() {
  const partAttributes = usePartAttributes();
  const { view, submit, startOver } = useAuthNFlow();
  const t = useMessages(captchaMessages);
  const rootRef = useRef<HTMLDivElement>(null);
  const focusError = useErrorFocus(rootRef, view);
  const siteKey = view.choice?.choice === 'captcha' ? view.choice.data.site_key : '';
  const adapter = useCaptchaAdapter() ?? defaultCaptchaFor(siteKey);
  const widgetRef = useRef<CaptchaWidget | null>(null);
  const [generation, setGeneration] = useState(0);
  const [widgetState, setWidgetState] = useState<'loading' | 'drawn' | 'expired'>('loading');
  const [trouble, setTrouble] = useState<WidgetTrouble | null>(null);
  const submitting = view.pending?.operation === 'update' && view.pending.choice === 'captcha';

  const redraw = () => {
    setGeneration((count) => count + 1);
    setWidgetState('loading');
    setTrouble(null);
  };

  // A check that came back refused (or failed on the way) spent its token: draw a new widget.
  const [wasSubmitting, setWasSubmitting] = useState(submitting);
  if (submitting !== wasSubmitting) {
    setWasSubmitting(submitting);
    if (!submitting && view.formError !== null) {
      redraw();
    }
  }

  const labels: CaptchaLabels = { check: t('captcha.widget.check'), frame: t('captcha.widget.frame') };
  const serverError = view.formError
    ? view.formError.code === 'authentication-failed'
      ? t('captcha.error.rejected')
      : translateIssue(t, view.formError)
    : null;
  const troubleMessage = trouble === null ? null : t(trouble === 'load' ? 'captcha.error.load' : 'captcha.error.widget');
  const status = submitting
    ? t('captcha.checking')
    : widgetState === 'expired'
      ? t('captcha.expired')
      : widgetState === 'loading' && trouble === null
        ? t('captcha.loading')
        : '';

  return (
    <div ref={rootRef} aria-busy={view.busy} {...partAttributes('captcha-step')}>
      <Heading>{t('captcha.heading')}</Heading>
      <IdentifierSummary identifier={view.identifier} onChange={startOver} />
      <p {...partAttributes('body')}>{t('captcha.body')}</p>
      <FormError message={troubleMessage ?? serverError} />
      <CaptchaMount
        key={generation}
        adapter={adapter}
        siteKey={siteKey}
        labels={labels}
        widgetRef={widgetRef}
        onDrawn={() => setWidgetState((state) => (state === 'loading' ? 'drawn' : state))}
        onToken={(token) => {
          setWidgetState('drawn');
          // Ignored while a check is on its way: one token, one request.
          submit('captcha', { code: token });
        }}
        onExpired={() => {
          widgetRef.current?.reset();
          setWidgetState('expired');
        }}
        onError={(error) => {
          setTrouble(troubleOf(error));
          focusError();
        }}
      />
      {/* Always mounted, so each change is announced; politely, as the check itself is not blocked. */}
      <p aria-live="polite" {...partAttributes('captcha-status', status === '' ? 'hidden' : 'visible')}>
        {status}
      </p>
      {trouble !== null ? (
        <Button variant="secondary" part="captcha-retry" disabled={view.busy} onClick={redraw}>
          {t('captcha.retry')}
        </Button>
      ) : null}
    </div>
  );
}
