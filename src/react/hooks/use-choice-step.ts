import { useCallback } from 'react';
import type { ChoiceData, FlowUpdateData, KnownChoiceName } from '../../core/index.js';
import { useMessages } from '../i18n/use-messages.js';
import { isUpdating } from './pending-call.js';
import { errorText } from './step-form.js';
import { useAuthNFlow, type AuthNFlowApi } from './use-authn-flow.js';

export interface ChoiceStep<C extends KnownChoiceName> {
  /** This choice is the step on screen. */
  active: boolean;
  /** The choice's data when it is on screen (`enrollment`, `password_policy`, `sent`…), else `undefined`. */
  data: ChoiceData<C> | undefined;
  /** Sends `flow/update` with this choice: typed by choice, one call at a time, ignored while busy. */
  submit(data: FlowUpdateData[C]): void;
  /** This choice's own call is in flight (show "Signing in…"). */
  pending: boolean;
  /**
   * A `flow/update` is in flight: this choice's, or one the flow sends for the step (a state read
   * with `""`, the update a return from a link resumes). The step's submit shows it as pending.
   */
  submitting: boolean;
  /** Some call of the flow is in flight (keep other actions inactive). */
  busy: boolean;
  /** The server's error for a field of this choice, as a catalog message; `null` when none. */
  fieldError(field: string): string | null;
  /** The server's error about the whole step, as a catalog message; `null` when none. */
  formError: string | null;
  /** The whole flow (`useAuthNFlow()`): the view and every command, for what is not the choice's own. */
  flow: AuthNFlowApi;
}

/**
 * The headless core of a step, for apps that render everything themselves (`<AuthNFlow>` with
 * `children`, or a step in `components`): the choice's data, a typed submit, pending state and the
 * server's errors already translated through the message catalog, as the kit's steps show them.
 * The kit's own steps are built on it.
 */
export function useChoiceStep<C extends KnownChoiceName>(choice: C): ChoiceStep<C> {
  const flow = useAuthNFlow();
  const { view, submit } = flow;
  const t = useMessages();
  const active = view.choice?.choice === choice;
  const send = useCallback((data: FlowUpdateData[C]) => submit(choice, data), [submit, choice]);
  const fieldError = useCallback(
    (field: string) => (active ? errorText(t, view.fieldErrors[field], null, field) : null),
    [active, view.fieldErrors, t],
  );
  return {
    active,
    // `active` checked the choice's name; the union cannot narrow through the generic `C`.
    data: active ? (view.choice?.data as ChoiceData<C>) : undefined,
    submit: send,
    pending: view.busy && isUpdating(view, choice),
    submitting: view.busy && isUpdating(view),
    busy: view.busy,
    fieldError,
    formError: active ? errorText(t, view.formError) : null,
    flow,
  };
}
