import { useEffect, useRef, useState } from 'react';
import { isRestarting, isUpdating } from '../../hooks/pending-call.js';
import { callButton, errorText, useStepForm } from '../../hooks/step-form.js';
import type { StepButtonProps, StepFormProps } from '../../hooks/step-props.js';
import { useAuthNFlow } from '../../hooks/use-authn-flow.js';
import { useMessages } from '../../i18n/use-messages.js';
import { codeMessages } from '../../i18n/en/code.js';
import { totpSetupOf, type CodeChoiceState } from './code-choice.js';
import type { CodeInputProps } from './code-input.js';
import { CODE_LENGTH } from './code-digits.js';
import { codeBody, codeIssueMessage, isRejectedCode } from './code-messages.js';
import type { ResendButtonProps } from './resend-button.js';
import { useResend } from './use-resend.js';

type LocalError = 'code.error.required' | 'code.error.incomplete';

export interface UseCodeFormOptions {
  state: CodeChoiceState;
  /** Where the code went (an email or a phone number), when known. */
  target: string | undefined;
  /** "Change email" / "Change phone number", when the address was typed here. */
  onChangeContact: (() => void) | undefined;
  /** Focus the code input on mount: the form replaced what the user was on. */
  autoFocus: boolean;
}

export interface CodeFormApi {
  /** The line under the heading: where the code went, or that it is on its way. */
  body: string;
  /** TOTP enrolment: the QR code and key to show instead of the body. */
  totpSetup: { qrImage: string; secret: string } | null;
  formError: string | null;
  getFormProps(): StepFormProps;
  getCodeInputProps(): CodeInputProps;
  getSubmitProps(): StepButtonProps;
  /** Resend and its countdown, for codes that are sent (not TOTP): `null` for an app's code. */
  getResendProps(): Omit<ResendButtonProps, 'kind'> | null;
  /** `null` unless the address was typed here. */
  getChangeContactProps(): StepButtonProps | null;
  /** `null` when there is no picker to go back to. */
  getBackProps(): StepButtonProps | null;
}

/**
 * The code itself: one input, submitted when complete, a rejected code cleared for the next,
 * resend with its countdown (and `Retry-After`) for codes that are sent, and the QR code and key
 * while enrolling TOTP.
 */
export function useCodeForm({ state, target, onChangeContact, autoFocus }: UseCodeFormOptions): CodeFormApi {
  const { view, submit, restart, back } = useAuthNFlow();
  const t = useMessages(codeMessages);
  const inputRef = useRef<HTMLInputElement>(null);
  const [code, setCode] = useState('');
  const [localError, setLocalError] = useState<LocalError | null>(null);
  const { method } = state;
  const codeIssue = view.fieldErrors.code;
  const restarting = view.busy && isRestarting(view);

  // A rejected code is cleared when its answer arrives (spec §9.3): the next try needs a new code.
  // A network or server failure keeps it, so the user can simply submit again.
  const [wasBusy, setWasBusy] = useState(view.busy);
  if (wasBusy !== view.busy) {
    setWasBusy(view.busy);
    if (!view.busy && isRejectedCode(codeIssue)) {
      setCode('');
    }
  }

  const resend = useResend(view, state.resendTime);

  useEffect(() => {
    if (autoFocus) {
      inputRef.current?.focus();
    }
  }, [autoFocus]);

  const send = (value: string, focusError: () => void) => {
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
    submit(method, { code: value });
  };
  const [getFormProps, focusError] = useStepForm(view, (focus) => send(code, focus));

  return {
    body: codeBody(t, state, restarting, target),
    totpSetup: totpSetupOf(state),
    formError: errorText(t, view.formError),
    getFormProps,
    getCodeInputProps: () => ({
      value: code,
      onChange: (digits) => {
        setCode(digits);
        setLocalError(null);
      },
      onComplete: (value) => send(value, focusError),
      error: localError !== null ? t(localError) : codeIssue === undefined ? null : codeIssueMessage(t, codeIssue, method),
      inputRef,
    }),
    getSubmitProps: () => callButton(view.busy, view.busy && isUpdating(view)),
    getResendProps: () =>
      method === 'totp'
        ? null
        : resend(state.sent, () => {
            setCode('');
            setLocalError(null);
            restart(method, {});
          }),
    getChangeContactProps: () => (onChangeContact === undefined ? null : { disabled: view.busy, onClick: onChangeContact }),
    getBackProps: () => (view.canGoBack ? { disabled: view.busy, onClick: back } : null),
  };
}
