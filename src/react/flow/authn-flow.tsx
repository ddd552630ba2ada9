import { useMemo, useState, type ReactNode } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { useActorRef } from '@xstate/react';
import {
  flowMachine,
  type AuthNError,
  type FlowCompleteResult,
  type FlowStartRequest,
  type CallbackStorage,
  type UsernameFormat,
} from '../../core/index.js';
import type { CaptchaAdapter } from '../captcha/captcha-adapter.js';
import { CaptchaContext } from '../captcha/captcha-context.js';
import type { TextDirection } from '../i18n/direction.js';
import type { Messages } from '../i18n/messages.js';
import { MessagesProvider } from '../i18n/use-messages.js';
import { useFlowMutations } from '../mutations/use-flow-mutations.js';
import { useAuthNContext, type AuthNContextValue } from '../provider/authn-context.js';
import { AuthNProvider } from '../provider/authn-provider.js';
import { hasClientSource, type AuthNClientSource, type NoClientSource } from '../provider/client-source.js';
import { AppearanceProvider } from '../theme/appearance-provider.js';
import { splitAppearance, type AuthNAppearanceProps } from '../theme/appearance.js';
import { FlowContext, type FlowContextValue } from '../hooks/flow-context.js';
import { FlowScreen } from './flow-screen.js';
import { useCallbackInput, useCallbackRecord, useRedirect, useServerView, type FlowCallbackOptions } from './use-flow-callback.js';

/** Also takes the appearance props: `theme`, `colorScheme`, `classNames`, `components`, `brand`, `header`, `footer`, `nonce`, `providerLayout`. */
export interface AuthNFlowOwnProps extends AuthNAppearanceProps {
  /** Which flows the user may take. Read once, when the flow starts. @default both, as the project allows */
  flowTypes?: ('signup' | 'signin')[];
  /** Pre-fills the identifier, e.g. from an invitation link. Read once. @default undefined */
  email?: string;
  /**
   * The project's username format (its `username_format`), when the app knows it: the first screen
   * shows that field at once, before `flow/start` answers (and in server-rendered HTML). Should the
   * answer say otherwise, the field changes and keeps what was typed. Read once. @default 'email'
   */
  usernameFormat?: UsernameFormat;
  /**
   * Where social, SAML and email-link callbacks return to (`?state=…&code=…`); that page renders
   * `<AuthNFlow>` too, which resumes the flow. It must be one of the project's redirect URIs. Read
   * once. @default the page's origin (`window.location.origin`, read when the flow starts), as
   * Pangea's own clients do
   */
  cbUri?: string;
  /**
   * The invitation ticket (`pmi_…`) from the link an invitee was sent, e.g. read from the page's
   * `?invitation=`: the flow starts as that person's sign-up. Read once. @default undefined
   */
  invitation?: string;
  /**
   * The ticket (`pxx_…`) an identity provider's own sign-in (IdP-initiated SAML) lands with: the
   * flow starts from that sign-in. Read once. Without it, the kit reads the page's
   * `?saml_idp_initiated_ticket=` (from `callbackUrl`) and removes it from the address bar, so a
   * reload does not send it again. @default the page's `?saml_idp_initiated_ticket=`
   */
  samlIdpInitiatedTicket?: string;
  /**
   * The URL a return from a provider or an emailed link is read from (`?state=…&code=…`), or
   * `false` to ignore returns. Read once. A return from the page's own URL is then removed from it,
   * so a reload does not send it again. @default the page's URL
   */
  callbackUrl?: string | false;
  /**
   * Where the flow id and the `state` of its callback choices wait while the user is at a provider
   * or in their mail; nothing secret is saved. Read once. @default sessionStorage for social and
   * SAML returns; emailed links' records also in localStorage, so a link opened in another tab resumes
   * the flow. A storage you pass replaces both.
   */
  callbackStorage?: CallbackStorage;
  /**
   * Opens a social or SAML provider's sign-in page (only http(s) URLs reach it), e.g. to use a
   * router or a pop-up. @default (url) => window.location.assign(url)
   */
  navigate?: (url: string) => void;
  /**
   * The only origins a social or SAML sign-in may leave for, e.g.
   * `['https://accounts.google.com', 'https://login.microsoftonline.com']`. A provider link
   * elsewhere is refused and the step says so. Read on each redirect.
   * @default undefined (any http(s) URL the flow sends)
   */
  redirectOrigins?: readonly string[];
  /**
   * Called once with the session tokens when the flow completes. Tokens go nowhere else. When the
   * kit is an OAuth client's login page, the result also holds what `flow/complete` says of that
   * client (`client_id`, `scope`, `oauth2_redirect_uri`, `oauth2_state`, …). @default undefined
   */
  onComplete?: (result: FlowCompleteResult) => void;
  /** Called on every failed call, already typed (`error.detail.kind`), e.g. for logging. @default undefined */
  onError?: (error: AuthNError) => void;
  /**
   * Replaces some messages, over those of an enclosing `AuthNProvider`: a whole locale
   * (`import es from 'authn-flow-kit/locales/es'`) or a few rewordings. @default undefined (English)
   */
  messages?: Partial<Messages>;
  /**
   * The language shown, as a BCP 47 tag (`es`, `pt-BR`, `ar`): `lang` on the root, plural forms,
   * numbers and dates. Pass its catalog as `messages`. @default the enclosing provider's, else the page's
   */
  locale?: string;
  /** Text direction of the root. @default 'rtl' for an Arabic, Hebrew, Persian or Urdu `locale`, else inherited */
  dir?: TextDirection;
  /** Added to the root element (`data-part="root"`). @default undefined */
  className?: string;
  /**
   * The headless path: the flow runs (machine, calls, callbacks) but the kit renders nothing of its
   * own; `children` render it from `useAuthNFlow()` and `useCustomChoice()`. @default undefined
   */
  children?: ReactNode;
  /**
   * Draws the captcha of `phase_captcha` and hands back its token, e.g.
   * `createRecaptchaEnterpriseCaptcha({ nonce })`. @default the emulator's test widget for its test
   * site key, else reCAPTCHA Enterprise
   */
  captcha?: CaptchaAdapter;
  /**
   * The query client, used only when this flow makes its own provider (it has no `AuthNProvider`
   * above it, or was given its own client). @default the enclosing provider's, else a new one
   */
  queryClient?: QueryClient;
}

/**
 * The client comes from the props, or from an `AuthNProvider` above: one of them is required.
 * Client props are read once.
 */
export type AuthNFlowProps = AuthNFlowOwnProps & (AuthNClientSource | NoClientSource);

/**
 * A complete sign-up / sign-in experience on the AuthN flow API.
 * @selector [data-scope="authn"][data-part="root"][data-state=<machine state>]
 */
export function AuthNFlow(props: AuthNFlowProps) {
  const parent = useAuthNContext();
  const { appearance, rest } = splitAppearance(props);
  const {
    flowTypes,
    email,
    usernameFormat,
    cbUri,
    invitation,
    samlIdpInitiatedTicket,
    callbackUrl,
    callbackStorage,
    navigate,
    redirectOrigins,
    onComplete,
    onError,
    messages,
    locale,
    dir,
    className,
    children,
    captcha,
    queryClient,
    ...source
  } = rest;
  const root = (
    <CaptchaContext.Provider value={captcha}>
      <AppearanceProvider {...appearance}>
        <FlowRoot
          start={{ email, cbUri, flowTypes, invitation, samlIdpInitiatedTicket }}
          usernameFormat={usernameFormat}
          callback={{ callbackUrl, storage: callbackStorage, navigate, redirectOrigins }}
          onComplete={onComplete}
          onError={onError}
          className={className}
          headless={children}
        />
      </AppearanceProvider>
    </CaptchaContext.Provider>
  );
  if (hasClientSource(source)) {
    return (
      <AuthNProvider {...source} queryClient={queryClient ?? parent?.queryClient} messages={messages} locale={locale} dir={dir}>
        {root}
      </AuthNProvider>
    );
  }
  if (parent === null) {
    throw new Error(
      '<AuthNFlow> needs `client`, `domain` + `clientToken` or `baseUrl` + `clientToken`, or an <AuthNProvider> above it.',
    );
  }
  return (
    <MessagesProvider messages={messages} locale={locale} dir={dir}>
      {root}
    </MessagesProvider>
  );
}

interface FlowRootProps {
  start: FlowStartRequest;
  usernameFormat: UsernameFormat | undefined;
  callback: FlowCallbackOptions;
  onComplete: AuthNFlowOwnProps['onComplete'];
  onError: AuthNFlowOwnProps['onError'];
  className: string | undefined;
  /** The app's own UI, rendered instead of the kit's screen. */
  headless: ReactNode;
}

/** Owns the machine and the calls; `FlowScreen` renders what the machine says. */
function FlowRoot({ start, usernameFormat, callback, onComplete, onError, className, headless }: FlowRootProps) {
  // `AuthNFlow` renders it inside a provider: its own, or the one it checked is there.
  const { client } = useAuthNContext() as AuthNContextValue;
  // The start request is read once: a new email or flow type mid-flow would need a new flow.
  // A return from a provider or an emailed link resumes its flow instead (see use-flow-callback).
  const { input: callbackInput, samlTicket, store, unseenByServer } = useCallbackInput(callback, start.samlIdpInitiatedTicket === undefined);
  const [input] = useState(() => ({
    start: samlTicket === undefined ? start : { ...start, samlIdpInitiatedTicket: samlTicket },
    usernameFormat,
    ...callbackInput,
  }));
  const actorRef = useActorRef(flowMachine, { input });
  const shownActorRef = useServerView(actorRef, { start, usernameFormat }, unseenByServer);
  useCallbackRecord(actorRef, store);
  const navigation = useRedirect(actorRef, store, callback);
  const commands = useFlowMutations({ actorRef, client, navigation, onComplete, onError });
  const flowContext = useMemo<FlowContextValue>(() => ({ actorRef: shownActorRef, commands }), [shownActorRef, commands]);
  if (headless !== undefined) {
    return <FlowContext.Provider value={flowContext}>{headless}</FlowContext.Provider>;
  }
  return <FlowScreen actorRef={shownActorRef} commands={commands} className={className} />;
}
