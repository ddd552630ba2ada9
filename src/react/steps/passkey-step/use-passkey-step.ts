import { useEffect, useState } from 'react';
import type { ChoiceData, FlowIdentifier } from '../../../core/index.js';
import { useStepRoot } from '../../hooks/step-form.js';
import type { StepButtonProps, StepRootProps } from '../../hooks/step-props.js';
import { useChoiceStep } from '../../hooks/use-choice-step.js';
import { useMessages } from '../../i18n/use-messages.js';
import { passkeyMessages } from '../../i18n/en/passkey.js';
import { declinePasskeyOffer, isPasskeyOfferDeclined } from './offer-preference.js';
import { isFinalFailure, passkeyErrorOf } from './passkey-messages.js';
import { passkeyModeOf, type PasskeyMode } from './passkey-mode.js';
import { usePasskeyCeremony, type PasskeyCeremonyApi } from './use-passkey-ceremony.js';
import { passkeysWorkHere } from './use-has-webauthn.js';

const NO_DATA: ChoiceData<'passkey'> = {};

export interface PasskeyStepApi {
  /** Sign in with a passkey, create one, or the "add a passkey" offer once the flow is complete. */
  mode: PasskeyMode;
  /** The server started a ceremony without its options: no prompt can open, the other ways can. */
  unavailable: boolean;
  /** Some call of the flow is in flight. */
  busy: boolean;
  identifier: FlowIdentifier | undefined;
  startOver: () => void;
  /** The way to the other methods: back to the picker, else start over when nothing on screen leads back. */
  otherWay: 'back' | 'start-over' | null;
  getOtherWayProps(): StepButtonProps;
}

export interface PasskeyOfferApi {
  /** Declined on this browser, no WebAuthn, or no ceremony: the flow completes without asking. */
  skip: boolean;
  /** "Ask again later": completes the flow without a passkey. */
  getLaterProps(): StepButtonProps;
  /** "Don't ask again on this browser". */
  getNeverProps(): StepButtonProps;
}

export interface PasskeyPromptApi {
  ceremony: PasskeyCeremonyApi;
  /** The browser's error over the server's, translated; `null` when none. */
  error: string | null;
  /** A try may start: WebAuthn works and the last failure is not one a retry cannot fix. */
  usable: boolean;
  /** Some call of the flow is in flight. */
  busy: boolean;
  getRootProps(): StepRootProps;
}

/**
 * The passkey step without its markup: what it is for, and the way to the other methods.
 * `usePasskeyPrompt` runs the browser's prompt, `usePasskeyOffer` the "add a passkey" offer.
 */
export function usePasskeyStep(): PasskeyStepApi {
  const step = useChoiceStep('passkey');
  const { view, back, startOver } = step.flow;
  const data = step.data ?? NO_DATA;
  return {
    mode: passkeyModeOf(view, data),
    unavailable: data.ceremonyUnavailable === true,
    busy: view.busy,
    identifier: view.identifier,
    startOver,
    // With an identifier on screen, its "Change" button is the way to start over.
    otherWay: view.canGoBack ? 'back' : view.identifier === undefined ? 'start-over' : null,
    getOtherWayProps: () => (view.canGoBack ? { disabled: view.busy, onClick: back } : { onClick: startOver }),
  };
}

/**
 * "Add a passkey" after sign-in (research §9.3 "Passkey"): take it, leave it for next time, or
 * never see it again on this browser. A browser without WebAuthn, one that said "never", or a
 * ceremony that cannot run goes straight on.
 */
export function usePasskeyOffer(): PasskeyOfferApi {
  const step = useChoiceStep('passkey');
  const { view, finish } = step.flow;
  const [declined] = useState(isPasskeyOfferDeclined);
  const skip = declined || !passkeysWorkHere() || step.data?.ceremonyUnavailable === true;
  useEffect(() => {
    if (skip && !view.busy) {
      finish();
    }
  }, [skip, view.busy, finish]);
  return {
    skip,
    getLaterProps: () => ({ disabled: view.busy, onClick: finish }),
    getNeverProps: () => ({
      disabled: view.busy,
      onClick: () => {
        declinePasskeyOffer();
        finish();
      },
    }),
  };
}

/**
 * The browser's passkey prompt for the step: sign in (started at once: the user asked for a
 * passkey) or create one, its error, and focus on that error.
 */
export function usePasskeyPrompt(kind: 'authentication' | 'registration', autoStart: boolean): PasskeyPromptApi {
  const step = useChoiceStep('passkey');
  const { view } = step.flow;
  const t = useMessages(passkeyMessages);
  const [getRootProps, focusError] = useStepRoot(view);
  const ceremony = usePasskeyCeremony({ kind, data: step.data ?? NO_DATA, autoStart, onFailure: focusError });
  return {
    ceremony,
    error: passkeyErrorOf(t, ceremony.state, view),
    usable: ceremony.supported && !isFinalFailure(ceremony.state),
    busy: view.busy,
    getRootProps,
  };
}
