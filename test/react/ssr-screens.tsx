import type { ReactElement, ReactNode } from 'react';
import { createAuthNClient } from '../../src/core/api/client.js';
import type { FlowEvent } from '../../src/core/index.js';
import { AuthNFlow } from '../../src/index.js';
import { FixtureFlow } from '../../stories/support/fixture-flow.js';
import { rawFlowResult } from '../fixtures/index.js';
import { requested, responded } from '../fixtures/flow-events.js';

/**
 * The screens rendered on the server (ssr-hydration.node.test.tsx, markup kept in `__ssr__/`) and
 * hydrated in the browser project (ssr-hydration.test.tsx): the same elements on both sides.
 */

/** A client whose calls never answer: hydration is judged before any response changes the screen. */
const silentClient = createAuthNClient({
  baseUrl: 'http://authn.test/',
  clientToken: 'pcl_ssrtoken',
  fetch: () => new Promise<Response>(() => undefined),
});

/** `<AuthNFlow>` as a page renders it first: no flow yet. */
export function firstScreen(): ReactElement {
  return <AuthNFlow client={silentClient} cbUri="http://localhost:3000/" callbackUrl={false} />;
}

const PASSKEY_SIGN_IN = { choice: 'passkey', data: { enrollment: false, started: false, discovery: true } };

/**
 * The first step with everything it can hold: the email field, social and SAML buttons, the
 * disclaimer, and a passkey sign-in on offer (whose button and `webauthn` token must wait for the
 * browser). As a server that started the flow would render it.
 */
export function identifierEvents(): FlowEvent[] {
  const raw = rawFlowResult('start-providers');
  // Without the disclaimer: its renderer loads lazily and is shown by its own Suspense boundary.
  return [
    requested.start(),
    responded('start', 'start-providers', {
      disclaimer: undefined,
      flow_choices: [...(raw['flow_choices'] as unknown[]), PASSKEY_SIGN_IN],
    }),
  ];
}

export function identifierScreen(): ReactElement {
  return <FixtureFlow events={identifierEvents()} />;
}

const SCREENS = {
  'first-screen': firstScreen,
  'identifier-step': identifierScreen,
} as const;

export type SsrScreenName = keyof typeof SCREENS;

export const SSR_SCREEN_NAMES = Object.keys(SCREENS) as SsrScreenName[];

/**
 * A screen with a slot after it that renders nothing on the page (the browser half puts a probe
 * there). The slot is there on both sides, so `useId` counts the same tree on server and client.
 */
export function ssrScreen(name: SsrScreenName, after: ReactNode = null): ReactElement {
  return (
    <>
      {SCREENS[name]()}
      {after}
    </>
  );
}
