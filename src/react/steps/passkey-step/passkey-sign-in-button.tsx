import { useAuthNFlow } from '../../hooks/use-authn-flow.js';
import { useMessages } from '../../i18n/use-messages.js';
import { Button } from '../../primitives/button.js';
import { passkeySignInOffer } from './passkey-mode.js';
import { useHasWebAuthn } from './use-has-webauthn.js';

/**
 * "Sign in with a passkey" beside the identifier field, when the flow offers a passkey sign-in and
 * the browser has WebAuthn (otherwise nothing: the option would only fail). It opens the passkey
 * step, which runs the prompt and has the way back.
 * @selector [data-scope="authn"][data-part="passkey-sign-in"]
 */
export function PasskeySignInButton() {
  const { view, chooseMethod } = useAuthNFlow();
  const t = useMessages();
  const webAuthn = useHasWebAuthn();
  if (passkeySignInOffer(view) === null || !webAuthn) {
    return null;
  }
  // A background call (the autofill's options) does not block a pick: it waits for that call.
  const busy = view.busy && view.pending?.background !== true;
  return (
    <Button variant="secondary" part="passkey-sign-in" disabled={busy} onClick={() => chooseMethod('passkey')}>
      {t('passkey.signIn')}
    </Button>
  );
}
