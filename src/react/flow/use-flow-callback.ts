import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { createActor } from 'xstate';
import {
  flowMachine,
  parseCallback,
  samlTicketOf,
  stripCallbackParams,
  stripSamlTicket,
  callbackRecordOf,
  resolveCallback,
  createCallbackStore,
  safeRedirectUrl,
  type FlowResult,
  type CallbackStorage,
  type CallbackStore,
  type FlowSnapshot,
  type FlowInput,
} from '../../core/index.js';
import { useLatest } from '../hooks/use-latest.js';
import type { FlowActorRef, FlowCommands } from '../hooks/flow-context.js';
import { useLinkUsedBroadcast } from './use-link-broadcast.js';

export interface FlowCallbackOptions {
  /** The URL a return is read from; `false` ignores returns; `undefined` reads the page's URL. */
  callbackUrl: string | false | undefined;
  /** The app's storage for callback records; by default per tab, and emailed links' across tabs. */
  storage: CallbackStorage | undefined;
  navigate: ((url: string) => void) | undefined;
  /** The only origins `redirect` may leave for; `undefined` allows any http(s) URL. */
  redirectOrigins: readonly string[] | undefined;
}

type CallbackInput = Pick<FlowInput, 'resume' | 'callbackRefused'>;

function pageUrl(): string | undefined {
  return typeof window === 'undefined' ? undefined : window.location.href;
}

function callbackInputOf(url: string | undefined, store: CallbackStore): CallbackInput {
  if (url === undefined) {
    return {};
  }
  const parsed = parseCallback(url);
  const record = store.load(parsed.kind === 'callback' ? parsed.params.state : undefined);
  const resolution = resolveCallback(parsed, record, Date.now());
  switch (resolution.kind) {
    case 'none':
      return {};
    case 'resume':
      return { resume: resolution.resume };
    case 'refused':
      return { callbackRefused: resolution.reason };
    default:
      return resolution satisfies never;
  }
}

function saveCallbacksOf(flow: FlowResult, store: CallbackStore): void {
  const record = callbackRecordOf(flow, Date.now());
  if (record === null) {
    store.clear(flow.flowId);
  } else {
    store.save(record);
  }
}

function navigateAway(url: string): void {
  window.location.assign(url);
}

/**
 * Reads the page's return once, as the machine's input: a provider's or a link's (`?state&code`),
 * matched against the record this tab saved, or for an emailed link the one any tab of the origin
 * saved (resume that flow, or refuse the return), and an
 * identity provider's own sign-in (`?saml_idp_initiated_ticket=`, unless `readSamlTicket` is
 * false: the app passed one). Then cleans the URL. The pure parts are in src/core/callback.
 */
export function useCallbackInput(
  { callbackUrl, storage }: Pick<FlowCallbackOptions, 'callbackUrl' | 'storage'>,
  readSamlTicket: boolean,
) {
  const [store] = useState(() => createCallbackStore(storage));
  // Read during the first render: the machine's input decides between starting and resuming. The
  // server has no page URL, so hydrating such a page first shows what it rendered (useServerView).
  const [callback] = useState(() => {
    const url = callbackUrl === false ? undefined : (callbackUrl ?? pageUrl());
    const samlTicket = readSamlTicket && url !== undefined ? samlTicketOf(url) : undefined;
    return { fromPage: callbackUrl === undefined, url, samlTicket, input: callbackInputOf(url, store) };
  });
  const unseenByServer =
    callback.fromPage && (callback.samlTicket !== undefined || Object.keys(callback.input).length > 0);

  useEffect(() => {
    // The code and the ticket are spent by the first try: a reload must not send them again, nor
    // keep them in history.
    if (!callback.fromPage || callback.url === undefined) {
      return;
    }
    let cleaned = window.location.href;
    if (parseCallback(callback.url).kind !== 'none') {
      cleaned = stripCallbackParams(cleaned);
    }
    if (callback.samlTicket !== undefined) {
      cleaned = stripSamlTicket(cleaned);
    }
    if (cleaned !== window.location.href) {
      window.history.replaceState(window.history.state, '', cleaned);
    }
  }, [callback]);

  return { input: callback.input, samlTicket: callback.samlTicket, store, unseenByServer };
}

const subscribeToNothing = () => () => undefined;

/**
 * The actor the screen renders: the flow's own, except while hydrating a page whose return only
 * the browser could read. Then the first render must be the server's markup, so it shows an actor
 * that never starts, made from the input the server had. React renders again once hydrated, with
 * the flow's own actor, which has been resuming from its first effect: no second request.
 */
export function useServerView(actorRef: FlowActorRef, serverInput: FlowInput, unseenByServer: boolean): FlowActorRef {
  // `true` on the server and while hydrating, `false` in any other client render.
  const hydrating = useSyncExternalStore(subscribeToNothing, () => false, () => true);
  const [serverView] = useState(() => (hydrating && unseenByServer ? createActor(flowMachine, { input: serverInput }) : null));
  return hydrating && serverView !== null ? serverView : actorRef;
}

/**
 * Keeps the saved record in step with the flow: a return can only match what is on screen now, or
 * an emailed link a flow this tab showed before still waits on (after a reload, in any tab). A
 * flow that completes, or that a new one replaces (start over, expiry), leaves no record behind.
 * A tab resumed by an emailed link also tells the tab that asked for it (use-link-broadcast.ts).
 */
export function useCallbackRecord(actorRef: FlowActorRef, store: CallbackStore): void {
  useLinkUsedBroadcast(actorRef);
  useEffect(() => {
    let last: FlowResult | null = null;
    // A resumed flow is this tab's before it answers: when the server says it is gone and a new
    // flow replaces it, its record (shared by every tab, for a link) must go too.
    let lastFlowId: string | null = actorRef.getSnapshot().context.resume?.flowId ?? null;
    const sync = (snapshot: FlowSnapshot) => {
      const flow = snapshot.context.flow;
      // No flow yet (starting, resuming): the saved record is what a resume reads; keep it.
      if (flow === last || flow === null) {
        return;
      }
      if (lastFlowId !== null && lastFlowId !== flow.flowId) {
        store.clear(lastFlowId);
      }
      last = flow;
      lastFlowId = flow.flowId;
      saveCallbacksOf(flow, store);
    };
    sync(actorRef.getSnapshot());
    const subscription = actorRef.subscribe(sync);
    return () => subscription.unsubscribe();
  }, [actorRef, store]);
}

let warnedOpenRedirects = false;

/**
 * Once per page, outside production builds (the app's bundler replaces `process.env.NODE_ENV`):
 * without `redirectOrigins`, any https origin the server names is followed.
 */
function warnOpenRedirects(): void {
  if (warnedOpenRedirects || typeof process === 'undefined' || process.env.NODE_ENV === 'production') {
    return;
  }
  warnedOpenRedirects = true;
  console.warn(
    '[authn-flow-kit] No `redirectOrigins` given: social and SAML sign-in will follow any https URL the ' +
      "server names. Pass your providers' origins, e.g. redirectOrigins={['https://accounts.google.com']}.",
  );
}

/**
 * `FlowCommands.redirect` and `redirectTarget`: saves the record, then leaves for an http(s) URL on
 * an allowed origin, and only that.
 */
export function useRedirect(
  actorRef: FlowActorRef,
  store: CallbackStore,
  { navigate, redirectOrigins }: Pick<FlowCallbackOptions, 'navigate' | 'redirectOrigins'>,
): Pick<FlowCommands, 'redirect' | 'redirectTarget'> {
  const latest = useLatest({ navigate, redirectOrigins });
  return useMemo(() => {
    const redirectTarget = (url: string) => safeRedirectUrl(url, latest.current.redirectOrigins);
    const redirect = (url: string) => {
      const target = redirectTarget(url);
      if (target === null) {
        return;
      }
      if (latest.current.redirectOrigins === undefined) {
        warnOpenRedirects();
      }
      const flow = actorRef.getSnapshot().context.flow;
      if (flow !== null) {
        saveCallbacksOf(flow, store);
      }
      (latest.current.navigate ?? navigateAway)(target);
    };
    return { redirect, redirectTarget };
  }, [actorRef, store, latest]);
}
