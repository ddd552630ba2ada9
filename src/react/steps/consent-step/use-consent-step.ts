import { useState } from 'react';
import type { ChoiceData } from '../../../core/index.js';
import { callButton, errorText } from '../../hooks/step-form.js';
import type { StepButtonProps } from '../../hooks/step-props.js';
import { useChoiceStep } from '../../hooks/use-choice-step.js';
import { useMessages } from '../../i18n/use-messages.js';
import { consentMessages } from '../../i18n/en/consent.js';

export type ConsentScope = ChoiceData<'oauth_consent'>['scopes'][number];

export interface ConsentStepApi {
  /** What the app asks to do, as the server names and describes it. */
  scopes: ConsentScope[];
  /** The server's error, translated: this step has no fields, so one on an id too. */
  error: string | null;
  /** `aria-busy` of the step. */
  busy: boolean;
  /** "Allow": grants every scope. */
  getAllowProps(): StepButtonProps;
  /** "Deny": sends every scope refused; the server finishes the flow without them. */
  getDenyProps(): StepButtonProps;
}

/** The OAuth consent step without its markup: the scopes, and which button shows the call it started. */
export function useConsentStep(): ConsentStepApi {
  const step = useChoiceStep('oauth_consent');
  const { view } = step.flow;
  const t = useMessages(consentMessages);
  const scopes = step.data?.scopes ?? [];
  const [decision, setDecision] = useState<'allow' | 'deny' | null>(null);
  // Which button shows the call running; a call this step did not see start (a restored state) is an "Allow".
  const pendingOn = step.submitting ? (decision ?? 'allow') : null;

  const decide = (allow: boolean) => {
    if (view.busy) {
      return;
    }
    setDecision(allow ? 'allow' : 'deny');
    step.submit({ scope_selections: scopes.map((scope) => ({ scope: scope.name, is_allowed: allow })) });
  };
  const buttonOf = (button: 'allow' | 'deny') => callButton(view.busy, pendingOn === button, () => decide(button === 'allow'));

  return {
    scopes,
    // This step has no fields: a server error on one of its ids (`/data/agreed/0`) is said above the buttons.
    error: errorText(t, view.formError ?? Object.values(view.fieldErrors)[0]),
    busy: view.busy,
    getAllowProps: () => buttonOf('allow'),
    getDenyProps: () => buttonOf('deny'),
  };
}
