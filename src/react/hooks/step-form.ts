import { useRef } from 'react';
import type { FlowIssue, FlowView } from '../../core/index.js';
import { translateIssue } from '../i18n/message-for-issue.js';
import type { MessageKey } from '../i18n/messages.js';
import type { Translate } from '../i18n/use-messages.js';
import type { StepButtonProps, StepFormProps, StepRootProps } from './step-props.js';
import { useErrorFocus } from './use-error-focus.js';

/** What the user reads of an error: the step's own check's (a catalog key), else the server's issue; `null` when none. */
export function errorText(
  t: Translate,
  issue: FlowIssue | null | undefined,
  local?: MessageKey | null,
  field?: string,
): string | null {
  return local ? t(local) : issue ? translateIssue(t, issue, field) : null;
}

/** The button of one call: `pending` while that call runs, inactive while another one does. */
export function callButton(busy: boolean, pending: boolean, onClick?: () => void): StepButtonProps & { pending: boolean } {
  return { pending, disabled: busy && !pending, onClick };
}

/**
 * A step's `<form>` (or the account panel's, from its own busy state and issues): its props getter, whose submit runs `onSubmit` (given the function that
 * focuses the form's first error) only when no call is in flight, as a second submit would send a
 * second request; and that function, for the step's other checks.
 */
export function useStepForm(
  view: Pick<FlowView, 'busy' | 'formError' | 'fieldErrors'>,
  onSubmit: (focusError: () => void) => void,
): [() => StepFormProps, () => void] {
  const ref = useRef<HTMLFormElement>(null);
  const focusError = useErrorFocus(ref, view);
  return [
    () => ({
      ref,
      noValidate: true,
      'aria-busy': view.busy,
      onSubmit: (event) => {
        event.preventDefault();
        if (!view.busy) {
          onSubmit(focusError);
        }
      },
    }),
    focusError,
  ];
}

/** A step's root when it is not a form: its props getter and the function that focuses its first error. */
export function useStepRoot(view: FlowView, busy = view.busy): [() => StepRootProps, () => void] {
  const ref = useRef<HTMLDivElement>(null);
  return [() => ({ ref, 'aria-busy': busy }), useErrorFocus(ref, view)];
}
