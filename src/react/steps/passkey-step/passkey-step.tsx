import type { MessageKey } from '../../i18n/messages.js';
import { useMessages } from '../../i18n/use-messages.js';
import { passkeyMessages } from '../../i18n/en/passkey.js';
import { Button } from '../../primitives/button.js';
import { FormError } from '../../primitives/form-error.js';
import { Heading } from '../../primitives/heading.js';
import { usePartAttributes } from '../../primitives/parts.js';
import { LoadingView } from '../loading-view/loading-view.js';
import { IdentifierSummary } from '../shared/identifier-summary.js';
import {
  usePasskeyOffer,
  usePasskeyPrompt,
  usePasskeyStep,
  type PasskeyOfferApi,
  type PasskeyPromptApi,
  type PasskeyStepApi,
} from './use-passkey-step.js';

/**
 * The `passkey` choice: sign in with a passkey, create one (sign-up, or as a second factor), or,
 * once the flow is complete, the "add a passkey" offer. A ceremony the server started without the
 * options it needs (`ceremonyUnavailable`) cannot run: the step says so and offers the other ways.
 * @selector [data-scope="authn"][data-part="passkey-step"][data-state="sign-in" | "register" | "offer" | "unavailable"]
 */
export function PasskeyStep() {
  const api = usePasskeyStep();
  if (api.mode === 'offer') {
    return <PasskeyOfferStep />;
  }
  return api.unavailable ? (
    <PasskeyUnavailable api={api} signIn={api.mode === 'sign-in'} />
  ) : (
    <PasskeyCeremonyStep api={api} signIn={api.mode === 'sign-in'} />
  );
}

/** "Choose another way" back to the other methods, else "Start over" when nothing else leads back. */
function OtherWays({ api }: { api: PasskeyStepApi }) {
  const t = useMessages(passkeyMessages);
  if (api.otherWay === null) {
    return null;
  }
  const back = api.otherWay === 'back';
  return (
    <Button variant="link" part={back ? 'other-method' : 'start-over'} {...api.getOtherWayProps()}>
      {t(back ? 'passkey.otherMethod' : 'flow.startOver')}
    </Button>
  );
}

/** The server started a ceremony without its options: no prompt can open, the other ways can. */
function PasskeyUnavailable({ api, signIn }: { api: PasskeyStepApi; signIn: boolean }) {
  const partAttributes = usePartAttributes();
  const t = useMessages(passkeyMessages);
  return (
    <div aria-busy={api.busy} {...partAttributes('passkey-step', 'unavailable')}>
      <Heading>{t(signIn ? 'passkey.heading.signIn' : 'passkey.heading.register')}</Heading>
      <IdentifierSummary identifier={api.identifier} onChange={api.startOver} />
      <p {...partAttributes('body')}>{t('passkey.error.notAllowedHere')}</p>
      <OtherWays api={api} />
    </div>
  );
}

interface PromptControlsProps {
  prompt: PasskeyPromptApi;
  /** The button's label before the first try. */
  labelKey: MessageKey;
  /** The button's label while the answer is on its way. */
  submittingKey: MessageKey;
}

/**
 * The prompt's error, the polite line that says the browser, not the page, wants the user's
 * attention now, and the button that starts (or retries) the prompt while a try may start.
 */
function PromptControls({ prompt, labelKey, submittingKey }: PromptControlsProps) {
  const partAttributes = usePartAttributes();
  const t = useMessages(passkeyMessages);
  const { ceremony } = prompt;
  const waiting = ceremony.state.kind === 'waiting';
  const pending = ceremony.preparing || waiting || ceremony.submitting;
  return (
    <>
      <FormError message={prompt.error} />
      <p aria-live="polite" {...partAttributes('passkey-status', waiting ? 'visible' : 'hidden')}>
        {waiting ? t('passkey.status.waiting') : null}
      </p>
      {prompt.usable ? (
        <Button
          part="passkey-start"
          pending={pending}
          pendingLabel={t(ceremony.preparing ? 'passkey.preparing' : waiting ? 'passkey.waiting' : submittingKey)}
          disabled={prompt.busy && !pending}
          onClick={ceremony.start}
        >
          {/* A try that failed, in the browser or at the server, is tried again from here. */}
          {t(prompt.error !== null ? 'passkey.retry' : labelKey)}
        </Button>
      ) : null}
    </>
  );
}

function PasskeyCeremonyStep({ api, signIn }: { api: PasskeyStepApi; signIn: boolean }) {
  const partAttributes = usePartAttributes();
  const t = useMessages(passkeyMessages);
  const prompt = usePasskeyPrompt(signIn ? 'authentication' : 'registration', signIn);
  const { ceremony } = prompt;
  return (
    <div {...prompt.getRootProps()} {...partAttributes('passkey-step', api.mode)}>
      <Heading>{t(signIn ? 'passkey.heading.signIn' : 'passkey.heading.register')}</Heading>
      <IdentifierSummary identifier={api.identifier} onChange={api.startOver} />
      <p {...partAttributes('body')}>
        {t(!ceremony.supported ? 'passkey.error.unsupported' : signIn ? 'passkey.body.signIn' : 'passkey.body.register')}
      </p>
      <PromptControls
        prompt={prompt}
        labelKey={signIn ? 'passkey.signIn' : 'passkey.create'}
        submittingKey={signIn ? 'passkey.signingIn' : 'passkey.saving'}
      />
      <OtherWays api={api} />
    </div>
  );
}

function PasskeyOfferStep() {
  const offer = usePasskeyOffer();
  return offer.skip ? <LoadingView /> : <PasskeyOfferForm offer={offer} />;
}

function PasskeyOfferForm({ offer }: { offer: PasskeyOfferApi }) {
  const partAttributes = usePartAttributes();
  const t = useMessages(passkeyMessages);
  const prompt = usePasskeyPrompt('registration', false);
  return (
    <div {...prompt.getRootProps()} {...partAttributes('passkey-step', 'offer')}>
      <Heading>{t('passkey.heading.offer')}</Heading>
      <p {...partAttributes('body')}>{t('passkey.body.offer')}</p>
      <PromptControls prompt={prompt} labelKey="passkey.add" submittingKey="passkey.saving" />
      <Button variant="secondary" part="passkey-later" {...offer.getLaterProps()}>
        {t('passkey.offer.later')}
      </Button>
      <Button variant="link" part="passkey-never" {...offer.getNeverProps()}>
        {t('passkey.offer.never')}
      </Button>
    </div>
  );
}
