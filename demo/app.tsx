import { useRef, useState } from 'react';
import { QueryClient } from '@tanstack/react-query';
import { AuthNFlow, AuthNProvider, useAuthNSession, type AuthNColorScheme } from 'authn-flow-kit';
import { client, onEmulator } from './client.js';
import { useFirstScreenHeight } from './first-screen.js';
import { Inbox } from './inbox.js';
import { PresetSwitcher, useCurrentPreset } from './preset-switcher.js';
import { applyScheme, SchemeSwitcher, storedScheme } from './scheme.js';
import { SignedIn } from './signed-in.js';

/** The app's own query client, shared with the kit: its panels and the kit's calls in one cache. */
function createDemoQueryClient(): QueryClient {
  // The kit's calls must not be retried behind the user's back; the panels' reads need not be either.
  return new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
}

export function App() {
  const [queryClient] = useState(createDemoQueryClient);
  const [scheme, setScheme] = useState(storedScheme);
  /** A new key starts a new flow: after a preset switch. */
  const [flowKey, setFlowKey] = useState(0);
  return (
    <AuthNProvider client={client} queryClient={queryClient} colorScheme={scheme}>
      <div className="demo-page">
        <header className="demo-bar">
          <h1 className="demo-title">
            authn-flow-kit <span className="demo-tag">demo</span>
          </h1>
          <div className="demo-controls">
            {onEmulator ? <PresetSwitcher onSwitched={() => setFlowKey((key) => key + 1)} /> : null}
            <SchemeSwitcher
              scheme={scheme}
              onChange={(next: AuthNColorScheme) => {
                applyScheme(next);
                setScheme(next);
              }}
            />
          </div>
        </header>
        <main className="demo-main" data-inbox={onEmulator || undefined}>
          <Stage flowKey={flowKey} />
          {onEmulator ? <Inbox /> : null}
        </main>
      </div>
    </AuthNProvider>
  );
}

/** The flow while signed out, the session card and the account panel after; all the same width, in the middle column. */
function Stage({ flowKey }: { flowKey: number }) {
  // No storage adapter: the tokens live in memory only, so a reload signs you out. An app that
  // wants sessions to survive reloads passes `storage` (and accepts that script on the page can read it).
  const session = useAuthNSession();
  // The card keeps its first screen's height while it loads; that height differs by preset.
  const preset = useCurrentPreset();
  const stage = useRef<HTMLDivElement>(null);
  useFirstScreenHeight(stage, preset, flowKey);
  // An invitee's link carries `?invitation=pmi_…` (on the emulator, `POST /__emulator/invitations`
  // mails one to the outbox): the flow starts as that person's sign-up. Read once, as the prop is.
  const [invitation] = useState(() => new URLSearchParams(window.location.search).get('invitation') ?? undefined);
  return (
    <div ref={stage} className="demo-stage" data-preset={preset ?? undefined}>
      {session.status === 'signed-out' ? (
        <>
          {session.logoutError !== null ? (
            <p className="demo-notice" role="alert">
              You&apos;re signed out on this device, but the sign-in service could not be reached to end the session
              there. It ends on its own when it expires.
            </p>
          ) : null}
          {/* Returns come back to this page's origin (the default `cbUri`); an identity provider's own
              sign-in lands here with `?saml_idp_initiated_ticket=`, which the kit reads by itself. */}
          <AuthNFlow key={flowKey} invitation={invitation} onComplete={session.setTokens} />
        </>
      ) : (
        <SignedIn session={session} />
      )}
    </div>
  );
}
