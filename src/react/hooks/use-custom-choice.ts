import { useCallback } from 'react';
import type { FlowChoiceName, FlowUpdateData, FlowIssue } from '../../core/index.js';
import { useAuthNFlow } from './use-authn-flow.js';

export interface CustomChoice {
  /** The choice's `data` as the server sent it (not checked: the kit does not know its shape), or `undefined` when not offered. */
  data: unknown;
  /** Whether the phase offers this choice now. */
  offered: boolean;
  /** Sends `flow/update` with this choice and `data`, through the flow's machine (pending state, errors, one call at a time). */
  submit(data: Record<string, unknown>): void;
  /** A call of this flow is running. */
  busy: boolean;
  /** Field errors of the last call, by field name. */
  fieldErrors: Partial<Record<string, FlowIssue>>;
  /** The last call's error about the whole form. */
  formError: FlowIssue | null;
}

/**
 * A step for a choice this kit does not know (`components={{ carrier_pigeon: PigeonStep }}`): its
 * data, and a submit that goes through the same machine and mutations as the kit's own steps, so
 * the answer routes to the next step as any other. Translate issues with `translateIssue`.
 */
export function useCustomChoice(name: string): CustomChoice {
  const { view, submit: submitChoice } = useAuthNFlow();
  const entry = view.unknownChoices.find((candidate) => candidate.choice === name);
  const submit = useCallback(
    (data: Record<string, unknown>) => {
      // The wire types list the choices the kit knows; this one is the server's own, sent as given.
      submitChoice(name as FlowChoiceName, data as FlowUpdateData[FlowChoiceName]);
    },
    [submitChoice, name],
  );
  return {
    data: entry?.data,
    offered: entry !== undefined,
    submit,
    busy: view.busy,
    fieldErrors: view.fieldErrors,
    formError: view.formError,
  };
}
