import { useRef, useState } from 'react';
import type { FlowIdentifier } from '../../../core/index.js';
import { CaptchaError, type CaptchaLabels, type CaptchaWidget } from '../../captcha/captcha-adapter.js';
import { useCaptchaAdapter } from '../../captcha/captcha-context.js';
import { errorText, useStepRoot } from '../../hooks/step-form.js';
import type { StepButtonProps, StepRootProps } from '../../hooks/step-props.js';
import { useChoiceStep } from '../../hooks/use-choice-step.js';
import { useMessages } from '../../i18n/use-messages.js';
import { captchaMessages } from '../../i18n/en/captcha.js';
import type { CaptchaMountProps } from './captcha-mount.js';
import { defaultCaptchaFor } from './default-captcha.js';

/** What stopped the widget: its script, or the widget itself. */
type WidgetTrouble = 'load' | 'widget';

function troubleOf(error: unknown): WidgetTrouble {
  return error instanceof CaptchaError && error.kind === 'widget-failed' ? 'widget' : 'load';
}

export interface CaptchaStepApi {
  identifier: FlowIdentifier | undefined;
  startOver: () => void;
  /** The widget's trouble (its script, or itself) over the server's refusal, translated; `null` when none. */
  error: string | null;
  /** What the polite status line says: checking, expired, loading; `''` when nothing. */
  status: string;
  /** The widget failed: "Try again" draws a new one. */
  failed: boolean;
  /** A new widget each time this changes: give it to the widget's `key`. */
  widgetKey: number;
  getRootProps(): StepRootProps;
  getWidgetProps(): CaptchaMountProps;
  getRetryProps(): StepButtonProps;
}

/**
 * The captcha step without its markup: the app's widget (the `captcha` prop) or one picked from the
 * site key, its token sent at once (`flow/update captcha {code}`), an expired token reset, and a
 * new widget after a refused check, since tokens are single use (research §9.3).
 */
export function useCaptchaStep(): CaptchaStepApi {
  const step = useChoiceStep('captcha');
  const { view, startOver } = step.flow;
  const t = useMessages(captchaMessages);
  const [getRootProps, focusError] = useStepRoot(view);
  const siteKey = step.data?.site_key ?? '';
  const adapter = useCaptchaAdapter() ?? defaultCaptchaFor(siteKey);
  const widgetRef = useRef<CaptchaWidget | null>(null);
  const [generation, setGeneration] = useState(0);
  const [widgetState, setWidgetState] = useState<'loading' | 'drawn' | 'expired'>('loading');
  const [trouble, setTrouble] = useState<WidgetTrouble | null>(null);
  const submitting = step.pending;

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

  const rejected = view.formError?.code === 'authentication-failed';
  const labels: CaptchaLabels = { check: t('captcha.widget.check'), frame: t('captcha.widget.frame') };

  return {
    identifier: view.identifier,
    startOver,
    error: errorText(t, view.formError, trouble !== null ? `captcha.error.${trouble}` : rejected ? 'captcha.error.rejected' : null),
    status: submitting
      ? t('captcha.checking')
      : widgetState === 'expired'
        ? t('captcha.expired')
        : widgetState === 'loading' && trouble === null
          ? t('captcha.loading')
          : '',
    failed: trouble !== null,
    widgetKey: generation,
    getRootProps,
    getWidgetProps: () => ({
      adapter,
      siteKey,
      labels,
      widgetRef,
      onDrawn: () => setWidgetState((state) => (state === 'loading' ? 'drawn' : state)),
      onToken: (token) => {
        setWidgetState('drawn');
        // Ignored while a check is on its way: one token, one request.
        step.submit({ code: token });
      },
      onExpired: () => {
        widgetRef.current?.reset();
        setWidgetState('expired');
      },
      onError: (error) => {
        setTrouble(troubleOf(error));
        focusError();
      },
    }),
    getRetryProps: () => ({ disabled: view.busy, onClick: redraw }),
  };
}
