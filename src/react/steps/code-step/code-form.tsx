import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { FlowView } from '../../../core/index.js';
import type { FlowCommands } from '../../hooks/flow-context.js';
import { useErrorFocus } from '../../hooks/use-error-focus.js';
import { useResendCountdown } from '../../hooks/use-resend-countdown.js';
import { translateIssue } from '../../i18n/message-for-issue.js';
import { useMessages } from '../../i18n/use-messages.js';
import { codeMessages } from '../../i18n/en/code.js';
import { Button } from '../../primitives/button.js';
import { FormError } from '../../primitives/form-error.js';
import { usePartAttributes } from '../../primitives/parts.js';
import type { CodeChoiceState } from './code-choice.js';
import { CODE_LENGTH, CodeInput } from './code-input.js';
import { codeBody, codeIssueMessage, isRejectedCode } from './code-messages.js';
import { ResendButton } from './resend-button.js';
import { TotpSetup } from './totp-setup.js';

type LocalError = 'code.error.required' | 'code.error.incomplete';

export interface CodeFormProps {
  view: FlowView;
  commands: Pick<FlowCommands, 'submit' | 'restart' | 'back'>;
  state: CodeChoiceState;
  /** Where the code went (an email or a phone number), when known. */
  target: string | undefined;
  /** "Change email" / "Change phone number", when the address was typed here. @default undefined */
  onChangeContact?: (() => void) | undefined;
  /** Focus the code input on mount: the form replaced what the user was on. @default false */
  autoFocus?: boolean;
}

/**
 * The code itself: one input, submitted when complete, with resend (and its countdown) for codes
 * that are sent, and the QR code and key while enrolling TOTP.
 * @selector [data-scope="authn"][data-part="code-form"]
 */
export function CodeForm({ view, commands, state, target, onChangeContact, autoFocus = false }: CodeFormProps) {
  const partAttributes = usePartAttributes();
  const t = useMessages(codeMessages);
  const formRef = useRef<HTMLFormElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const focusError = useErrorFocus(formRef, view);
  const [code, setCode] = useState('');
  const [localError, setLocalError] = useState<LocalError | null>(null);
  const { method } = state;
  const codeIssue = view.fieldErrors.code;
  const restarting = view.busy && view.pending?.operation === 'restart';
  const updating = view.busy && view.pending?.operation === 'update';

  // A rejected code is cleared when its answer arrives (spec §9.3): the next try needs a new code.
  // A network or server failure keeps it, so the user can simply submit again.
  const [wasBusy, setWasBusy] = useState(view.busy);
  if (wasBusy !== view.busy) {
    setWasBusy(view.busy);
    if (!view.busy && isRejectedCode(codeIssue)) {
      setCode('');
    }
  }

  const rateLimit = view.formError?.code === 'rate-limited' ? view.formError : null;
  const countdown = useResendCountdown(
    state.resendTime,
    rateLimit?.retryAfterSeconds === undefined ? null : { seconds: rateLimit.retryAfterSeconds, key: rateLimit },
  );

  useEffect(() => {
    if (autoFocus) {
      inputRef.current?.focus();
    }
  }, [autoFocus]);

  const send = (value: string) => {
    if (view.busy) {
      return;
    }
    const error: LocalError | null =
      value === '' ? 'code.error.required' : value.length < CODE_LENGTH ? 'code.error.incomplete' : null;
    setLocalError(error);
    if (error !== null) {
      focusError();
      return;
    }
    commands.submit(method, { code: value });
  };

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    send(code);
  };

  const resend = () => {
    setCode('');
    setLocalError(null);
    commands.restart(method, {});
  };

  const fieldError =
    localError !== null ? t(localError) : codeIssue === undefined ? null : codeIssueMessage(t, codeIssue, method);

  return (
    <form ref={formRef} noValidate aria-busy={view.busy} onSubmit={handleSubmit} {...partAttributes('code-form')}>
      {state.method === 'totp' && state.enrollment && state.totpSecret !== undefined ? (
        <TotpSetup qrImage={state.totpSecret.qr_image} secret={state.totpSecret.secret} />
      ) : (
        <p {...partAttributes('body')}>{codeBody(t, state, restarting, target)}</p>
      )}
      <FormError message={view.formError ? translateIssue(t, view.formError) : null} />
      <CodeInput
        value={code}
        onChange={(digits) => {
          setCode(digits);
          setLocalError(null);
        }}
        onComplete={send}
        error={fieldError}
        inputRef={inputRef}
      />
      <Button
        type="submit"
        part="submit"
        pending={updating}
        disabled={view.busy && !updating}
        pendingLabel={t('code.submitPending')}
      >
        {t('code.submit')}
      </Button>
      {method === 'totp' ? null : (
        <div {...partAttributes('actions')}>
          <ResendButton
            kind="code"
            countdown={countdown}
            sent={state.sent}
            pending={restarting}
            disabled={view.busy && !restarting}
            onResend={resend}
          />
          {onChangeContact === undefined ? null : (
            <Button variant="link" part="change-contact" disabled={view.busy} onClick={onChangeContact}>
              {t(method === 'sms_otp' ? 'code.changePhone' : 'code.changeEmail')}
            </Button>
          )}
        </div>
      )}
      {view.canGoBack ? (
        <Button variant="link" part="back" disabled={view.busy} onClick={commands.back}>
          {t('code.back')}
        </Button>
      ) : null}
    </form>
  );
}
