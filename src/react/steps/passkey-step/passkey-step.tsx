import { useEffect, useRef, useState } from 'react';
import type { ChoiceData } from '../../../core/index.js';
import { useAuthNFlow } from '../../hooks/use-authn-flow.js';
import { useErrorFocus } from '../../hooks/use-error-focus.js';
import { useMessages } from '../../i18n/use-messages.js';
import { passkeyMessages } from '../../i18n/en/passkey.js';
import { Button } from '../../primitives/button.js';
import { FormError } from '../../primitives/form-error.js';
import { Heading } from '../../primitives/heading.js';
import { usePartAttributes } from '../../primitives/parts.js';
import { LoadingView } from '../loading-view/loading-view.js';
import { IdentifierSummary } from '../shared/identifier-summary.js';
import { declinePasskeyOffer, isPasskeyOfferDeclined } from './offer-preference.js';
import { isFinalFailure, passkeyErrorOf } from './passkey-messages.js';
import { passkeyModeOf } from './passkey-mode.js';
import { PasskeyStartButton } from './passkey-start-button.js';
import { usePasskeyCeremony, type PasskeyCeremonyApi } from './use-passkey-ceremony.js';
import { passkeysWorkHere } from './use-has-webauthn.js';

const NO_DATA: ChoiceData<'passkey'> = {};

/**
 * The `passkey` choice: sign in with a passkey, create one (sign-up, or as a second factor), or,
 * once the flow is complete, the "add a passkey" offer. A ceremony the server started without the
 * options it needs (`ceremonyUnavailable`) cannot run: the step says so and offers the other ways.
 * @selector [data-scope="authn"][data-part="passkey-step"][data-state="sign-in" | "register" | "offer" | "unavailable"]
 */
export function PasskeyStep() {
  const { view } = useAuthNFlow();
  const data = view.choice?.choice === 'passkey' ? view.choice.data : NO_DATA;
  const mode = passkeyModeOf(view, data);
  if (mode === 'offer') {
    return <PasskeyOffer data={data} />;
  }
  return data.ceremonyUnavailable === true ? (
    <PasskeyUnavailable signIn={mode === 'sign-in'} />
  ) : (
    <PasskeyCeremonyStep signIn={mode === 'sign-in'} data={data} />
  );
}

/** "Choose another way" back to the other methods, else "Start over" when nothing else leads back. */
function OtherWays() {
  const { view, back, startOver } = useAuthNFlow();
  const t = useMessages(passkeyMessages);
  if (view.canGoBack) {
    return (
      <Button variant="link" part="other-method" disabled={view.busy} onClick={back}>
        {t('passkey.otherMethod')}
      </Button>
    );
  }
  // With an identifier on screen, its "Change" button is the way to start over.
  return view.identifier === undefined ? (
    <Button variant="link" part="start-over" onClick={startOver}>
      {t('flow.startOver')}
    </Button>
  ) : null;
}

/** The server started a ceremony without its options: no prompt can open, the other ways can. */
function PasskeyUnavailable({ signIn }: { signIn: boolean }) {
  const partAttributes = usePartAttributes();
  const { view, startOver } = useAuthNFlow();
  const t = useMessages(passkeyMessages);
  return (
    <div aria-busy={view.busy} {...partAttributes('passkey-step', 'unavailable')}>
      <Heading>{t(signIn ? 'passkey.heading.signIn' : 'passkey.heading.register')}</Heading>
      <IdentifierSummary identifier={view.identifier} onChange={startOver} />
      <p {...partAttributes('body')}>{t('passkey.error.notAllowedHere')}</p>
      <OtherWays />
    </div>
  );
}

/** The polite line that says the browser, not the page, wants the user's attention now. */
function CeremonyStatus({ ceremony }: { ceremony: PasskeyCeremonyApi }) {
  const partAttributes = usePartAttributes();
  const t = useMessages(passkeyMessages);
  const waiting = ceremony.state.kind === 'waiting';
  return (
    <p aria-live="polite" {...partAttributes('passkey-status', waiting ? 'visible' : 'hidden')}>
      {waiting ? t('passkey.status.waiting') : null}
    </p>
  );
}

function PasskeyCeremonyStep({ signIn, data }: { signIn: boolean; data: ChoiceData<'passkey'> }) {
  const partAttributes = usePartAttributes();
  const { view, startOver } = useAuthNFlow();
  const t = useMessages(passkeyMessages);
  const rootRef = useRef<HTMLDivElement>(null);
  const focusError = useErrorFocus(rootRef, view);
  const ceremony = usePasskeyCeremony({
    kind: signIn ? 'authentication' : 'registration',
    data,
    autoStart: signIn,
    onFailure: focusError,
  });
  const usable = ceremony.supported && !isFinalFailure(ceremony.state);
  const error = passkeyErrorOf(t, ceremony.state, view);
  return (
    <div ref={rootRef} aria-busy={view.busy} {...partAttributes('passkey-step', signIn ? 'sign-in' : 'register')}>
      <Heading>{t(signIn ? 'passkey.heading.signIn' : 'passkey.heading.register')}</Heading>
      <IdentifierSummary identifier={view.identifier} onChange={startOver} />
      <p {...partAttributes('body')}>
        {t(!ceremony.supported ? 'passkey.error.unsupported' : signIn ? 'passkey.body.signIn' : 'passkey.body.register')}
      </p>
      <FormError message={error} />
      <CeremonyStatus ceremony={ceremony} />
      {usable ? (
        <PasskeyStartButton
          ceremony={ceremony}
          labelKey={signIn ? 'passkey.signIn' : 'passkey.create'}
          submittingKey={signIn ? 'passkey.signingIn' : 'passkey.saving'}
          busy={view.busy}
          retry={error !== null}
        />
      ) : null}
      <OtherWays />
    </div>
  );
}

/**
 * "Add a passkey" after sign-in (research §9.3 "Passkey"): take it, leave it for next time, or
 * never see it again on this browser. A browser without WebAuthn, one that said "never", or a
 * ceremony that cannot run goes straight on.
 */
function PasskeyOffer({ data }: { data: ChoiceData<'passkey'> }) {
  const { view, finish } = useAuthNFlow();
  const [declined] = useState(isPasskeyOfferDeclined);
  const skip = declined || !passkeysWorkHere() || data.ceremonyUnavailable === true;
  useEffect(() => {
    if (skip && !view.busy) {
      finish();
    }
  }, [skip, view.busy, finish]);
  return skip ? <LoadingView /> : <PasskeyOfferForm data={data} />;
}

function PasskeyOfferForm({ data }: { data: ChoiceData<'passkey'> }) {
  const partAttributes = usePartAttributes();
  const { view, finish } = useAuthNFlow();
  const t = useMessages(passkeyMessages);
  const rootRef = useRef<HTMLDivElement>(null);
  const focusError = useErrorFocus(rootRef, view);
  const ceremony = usePasskeyCeremony({ kind: 'registration', data, autoStart: false, onFailure: focusError });
  const error = passkeyErrorOf(t, ceremony.state, view);
  return (
    <div ref={rootRef} aria-busy={view.busy} {...partAttributes('passkey-step', 'offer')}>
      <Heading>{t('passkey.heading.offer')}</Heading>
      <p {...partAttributes('body')}>{t('passkey.body.offer')}</p>
      <FormError message={error} />
      <CeremonyStatus ceremony={ceremony} />
      {isFinalFailure(ceremony.state) ? null : (
        <PasskeyStartButton
          ceremony={ceremony}
          labelKey="passkey.add"
          submittingKey="passkey.saving"
          busy={view.busy}
          retry={error !== null}
        />
      )}
      <Button variant="secondary" part="passkey-later" disabled={view.busy} onClick={finish}>
        {t('passkey.offer.later')}
      </Button>
      <Button
        variant="link"
        part="passkey-never"
        disabled={view.busy}
        onClick={() => {
          declinePasskeyOffer();
          finish();
        }}
      >
        {t('passkey.offer.never')}
      </Button>
    </div>
  );
}
