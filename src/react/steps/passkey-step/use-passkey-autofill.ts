import { useEffect, useRef, useState } from 'react';
import type { FlowView } from '../../../core/index.js';
import { useAuthNFlow } from '../../hooks/use-authn-flow.js';
import { isIdentifierStep, passkeySignInOffer } from './passkey-mode.js';
import { useHasWebAuthn } from './use-has-webauthn.js';
import { authenticate, requestOptionsOf, supportsPasskeyAutofill } from './webauthn.js';

/** A username field's `autocomplete` when passkeys are offered in its autofill. */
export const PASSKEY_AUTOCOMPLETE = 'username webauthn';

/**
 * Conditional UI on the identifier step: when the flow offers a passkey sign-in and the browser
 * can list passkeys in the field's autofill, the field gets its own token plus `webauthn`
 * (`autocomplete="email webauthn"`, `"username webauthn"`, `"tel webauthn"`) and a quiet WebAuthn
 * request waits for the user to pick one. The ceremony's options come from a background
 * `flow/restart passkey` that leaves the step on screen. A picked passkey goes to the passkey
 * step, which signs in with it (and shows its errors). The request is cancelled when the step
 * changes or unmounts. Returns the field's `autocomplete`, or `undefined` to keep its own.
 */
export function usePasskeyAutofill(
  view: FlowView,
  /** The field's own `autocomplete` token, kept in front of `webauthn`. @default 'username' */
  fieldToken: 'email' | 'username' | 'tel' = 'username',
): string | undefined {
  const { restart, submit, chooseMethod } = useAuthNFlow();
  const offer = passkeySignInOffer(view);
  // Not while hydrating: the server rendered the field without `webauthn`.
  const webAuthn = useHasWebAuthn();
  const eligible = offer !== null && isIdentifierStep(view.step) && webAuthn;
  // The server's own object, the same from render to render while the offer stands.
  const options = offer === null ? null : requestOptionsOf(offer.data);
  const [supported, setSupported] = useState<boolean | null>(null);
  /** The flow whose ceremony was asked for: once per flow, so a failing restart is not repeated. */
  const preparedFor = useRef<string | undefined>(undefined);

  useEffect(() => {
    if (!eligible) {
      return;
    }
    let live = true;
    supportsPasskeyAutofill().then(
      (result) => live && setSupported(result),
      () => live && setSupported(false),
    );
    return () => {
      live = false;
    };
  }, [eligible]);

  const flowId = view.flowId;
  useEffect(() => {
    if (!eligible || supported !== true || view.busy) {
      return;
    }
    if (options === null) {
      if (preparedFor.current !== flowId) {
        preparedFor.current = flowId;
        restart('passkey', {}, { background: true });
      }
      return;
    }
    const ceremony = authenticate(options, { autofill: true });
    ceremony.result.then(
      (update) => {
        chooseMethod('passkey');
        submit('passkey', update);
      },
      // Dismissed, replaced or refused: the field works as before, and nothing is said.
      () => undefined,
    );
    return () => ceremony.cancel();
  }, [eligible, supported, view.busy, options, flowId, restart, submit, chooseMethod]);

  return eligible ? `${fieldToken} webauthn` : undefined;
}
