import { useCallback } from 'react';
import type { ChoiceData, FlowUpdateData, KnownChoiceName } from '../../core/index.js';
import { translateIssue } from '../i18n/message-for-issue.js';
import { useMessages } from '../i18n/use-messages.js';
import { useAuthNFlow } from './use-authn-flow.js';

export interface ChoiceStep<C extends KnownChoiceName> {
  /** This choice is the step on screen. */
  active: boolean;
  /** The choice's data when it is on screen (`enrollment`, `password_policy`, `sent`…), else `undefined`. */
  data: ChoiceData<C> | undefined;
  /** Sends `flow/update` with this choice: typed by choice, one call at a time, ignored while busy. */
  submit(data: FlowUpdateData[C]): void;
  /** This choice's own call is in flight (show "Signing in…"). */
  pending: boolean;
  /** Some call of the flow is in flight (keep other actions inactive). */
  busy: boolean;
  /** The server's error for a field of this choice, as a catalog message; `null` when none. */
  fieldError(field: string): string | null;
  /** The server's error about the whole step, as a catalog message; `null` when none. */
  formError: string | null;
}

/**
 * The headless core of a step, for apps that render everything themselves (`<AuthNFlow>` with
 * `children`, or a step in `components`): the choice's data, a typed submit, pending state and the
 * server's errors already translated through the message catalog, as the kit's steps show them.
 */
export function useChoiceStep<C extends KnownChoiceName>(choice: C): ChoiceStep<C> {
  const { view, submit } = useAuthNFlow();
  const t = useMessages();
  const active = view.choice?.choice === choice;
  const send = useCallback((data: FlowUpdateData[C]) => submit(choice, data), [submit, choice]);
  const fieldError = useCallback(
    (field: string) => {
      const issue = active ? view.fieldErrors[field] : undefined;
      return issue === undefined ? null : translateIssue(t, issue, field);
    },
    [active, view.fieldErrors, t],
  );
  return {
    active,
    data: active ? (view.choice?.data as ChoiceData<C>) : undefined,
    submit: send,
    pending: view.busy && view.pending?.operation === 'update' && view.pending.choice === choice,
    busy: view.busy,
    fieldError,
    formError: active && view.formError !== null ? translateIssue(t, view.formError) : null,
  };
}
